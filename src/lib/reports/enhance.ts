/**
 * Progressive enhancement for prerendered reports (which ship no app JavaScript): shows each chart's "Download PNG"
 * button, wired to the site's one rasteriser (`$lib/charts/png`), and the Print button. Without JavaScript both stay
 * hidden; the CSV and SVG downloads are plain links and work regardless. Bundled into static/report-enhance.js by
 * `npm run data` (data/report-enhance.ts), so the report and the app share png.ts rather than two copies of it.
 */
import { svgToPng } from '$lib/charts/png';

export function enhanceReport(doc: Document = document): void {
	for (const button of doc.querySelectorAll<HTMLButtonElement>('figure.chart button[data-png]')) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const figure = button.closest<HTMLElement>('figure');
			const svg = figure?.querySelector<SVGSVGElement>('.plot svg');
			if (!figure || !svg) return;
			const link = doc.createElement('a');
			link.href = await svgToPng(svg);
			link.download = `${figure.dataset.chart}.png`;
			link.click();
		});
	}
	// The Print button: hidden in the HTML so that, without JavaScript, no button does nothing.
	for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
		button.hidden = false;
		button.addEventListener('click', () => doc.defaultView?.print());
	}
}
