import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { bundleReportEnhance, REPORT_ENHANCE_ENTRY } from './report-enhance';

const pngSource = readFileSync(join(REPORT_ENHANCE_ENTRY, '../../charts/png.ts'), 'utf8');

describe('static/report-enhance.js, built from png.ts', () => {
	it('carries png.ts itself: every line of svgToPng, as esbuild compiles it', async () => {
		const bundle = await bundleReportEnhance();
		const compiled = (await transform(pngSource, { loader: 'ts', target: 'es2020' })).code;
		const lines = compiled
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l && !l.startsWith('export'));
		expect(lines.length).toBeGreaterThan(15);
		for (const line of lines) expect(bundle).toContain(line);
		expect(bundle).toContain('async function svgToPng(svg, scale = 2)');
	});

	it('reveals the PNG and Print buttons, and a PNG click rasterises the chart through svgToPng', async () => {
		const dom = new JSDOM(
			`<figure class="chart" data-chart="ehcp-trend"><div class="plot"><svg width="10" height="10"><rect width="4" height="4"/></svg></div><button data-png hidden>PNG</button></figure><button data-print hidden>Print</button>`,
			{ runScripts: 'outside-only' }
		);
		const window = dom.window as unknown as Window & typeof globalThis & { eval: (code: string) => unknown };
		const blobs: Blob[] = [];
		window.URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:chart');
		window.URL.revokeObjectURL = () => {};
		window.print = vi.fn();
		// jsdom cannot decode images: the test stops at the decode, after the SVG has been serialised for it.
		window.HTMLImageElement.prototype.decode = () => new Promise<void>(() => {});
		window.eval(await bundleReportEnhance());

		const png = window.document.querySelector<HTMLButtonElement>('button[data-png]')!;
		const print = window.document.querySelector<HTMLButtonElement>('button[data-print]')!;
		expect(png.hidden).toBe(false);
		expect(print.hidden).toBe(false);
		print.click();
		expect(window.print).toHaveBeenCalledTimes(1);

		png.click();
		await vi.waitFor(() => expect(blobs).toHaveLength(1));
		expect(blobs[0]!.type).toBe('image/svg+xml');
		// The serialised clone is what svgToPng draws: the chart's SVG with its namespace set.
		const text = await new Promise<string>((resolve) => {
			const reader = new window.FileReader();
			reader.onload = () => resolve(String(reader.result));
			reader.readAsText(blobs[0]!);
		});
		expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
		expect(text).toContain('<rect width="4" height="4"');
	});
});
