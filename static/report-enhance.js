// Progressive enhancement for prerendered reports (which ship no app JavaScript): shows each chart's
// "Download PNG" button and makes it rasterise the chart's SVG at 2x. Without JavaScript the button stays hidden;
// the CSV and SVG downloads are plain links and work regardless.
for (const button of document.querySelectorAll('figure.chart button[data-png]')) {
	button.hidden = false;
	button.addEventListener('click', async () => {
		const svg = button.closest('figure')?.querySelector('.plot svg');
		if (!svg) return;
		const { width, height } = svg.getBoundingClientRect();
		const clone = svg.cloneNode(true);
		clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
		clone.setAttribute('width', String(width));
		clone.setAttribute('height', String(height));
		const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
		try {
			const image = new Image();
			image.src = url;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = Math.ceil(width * 2);
			canvas.height = Math.ceil(height * 2);
			const context = canvas.getContext('2d');
			context.fillStyle = '#fff';
			context.fillRect(0, 0, canvas.width, canvas.height);
			context.drawImage(image, 0, 0, canvas.width, canvas.height);
			const link = document.createElement('a');
			link.href = canvas.toDataURL('image/png');
			link.download = `${button.closest('figure').dataset.chart}.png`;
			link.click();
		} finally {
			URL.revokeObjectURL(url);
		}
	});
}

// The Print button: hidden in the HTML so that, without JavaScript, no button does nothing.
for (const button of document.querySelectorAll('button[data-print]')) {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
}
