// Built by `npm run data` from src/lib/reports/enhance.ts and src/lib/charts/png.ts: edit those, not this file.
"use strict";
(() => {
  // src/lib/charts/png.ts
  async function svgToPng(svg, scale = 2) {
    const { width, height } = svg.getBoundingClientRect();
    const clone = svg.cloneNode(true);
    clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    clone.setAttribute("width", String(width));
    clone.setAttribute("height", String(height));
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: "image/svg+xml" }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      const context = canvas.getContext("2d");
      if (!context) throw new Error("This browser cannot draw to a canvas.");
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      return canvas.toDataURL("image/png");
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  // src/lib/reports/enhance.ts
  function enhanceReport(doc = document) {
    for (const button of doc.querySelectorAll("figure.chart button[data-png]")) {
      button.hidden = false;
      button.addEventListener("click", async () => {
        const figure = button.closest("figure");
        const svg = figure?.querySelector(".plot svg");
        if (!figure || !svg) return;
        const link = doc.createElement("a");
        link.href = await svgToPng(svg);
        link.download = `${figure.dataset.chart}.png`;
        link.click();
      });
    }
    for (const button of doc.querySelectorAll("button[data-print]")) {
      button.hidden = false;
      button.addEventListener("click", () => doc.defaultView?.print());
    }
  }

  // src/lib/reports/enhance-entry.ts
  enhanceReport();
})();
