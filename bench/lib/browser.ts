/**
 * Debian's Chromium driven by Playwright, with the flags this machine needs, plus what the benchmark reads from it:
 * the first chart's time (an init script watching the DOM), peak JS heap (sampled over CDP) and the renderer's peak
 * resident memory (VmHWM, which includes DuckDB's wasm memory in its worker).
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { PERF } from '../../src/lib/perf/marks';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
	'--no-sandbox',
	'--headless',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Runs in every page before its own scripts: records `window.__bench.firstChart`, the time (ms since navigation
 * start) just after the first frame (layout and paint included) that has a chart's SVG (an `svg` inside a `figure`)
 * in the page with a non-zero size.
 */
export const FIRST_CHART_PROBE = `(() => {
	const state = (window.__bench = { firstChart: null });
	const seen = () => {
		for (const svg of document.querySelectorAll('figure svg')) {
			if (svg.getBoundingClientRect().width > 0) return true;
		}
		return false;
	};
	const observer = new MutationObserver(() => {
		if (state.firstChart !== null || !seen()) return;
		observer.disconnect();
		requestAnimationFrame(() => setTimeout(() => { state.firstChart = performance.now(); }));
	});
	observer.observe(document, { childList: true, subtree: true });
})();`;

/** Peak of the main thread's used JS heap, sampled every `intervalMs` until stopped. */
export class HeapSampler {
	#peak = 0;
	#timer: ReturnType<typeof setInterval> | null = null;
	#session: CDPSession | null = null;

	async start(page: Page, intervalMs = 100): Promise<void> {
		this.#session = await page.context().newCDPSession(page);
		await this.#session.send('Performance.enable');
		const sample = async () => {
			try {
				const { metrics } = await this.#session!.send('Performance.getMetrics');
				const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
				if (used > this.#peak) this.#peak = used;
			} catch {
				// the page navigated or closed between samples
			}
		};
		await sample();
		this.#timer = setInterval(() => void sample(), intervalMs);
	}

	async stop(): Promise<number> {
		if (this.#timer) clearInterval(this.#timer);
		this.#timer = null;
		await this.#session?.detach().catch(() => undefined);
		return this.#peak;
	}
}

/** Highest VmHWM (peak resident set) of the browser's renderer processes, in bytes; null where /proc is not readable. */
export async function peakRendererMemory(browser: Browser): Promise<number | null> {
	const session = await browser.newBrowserCDPSession();
	try {
		const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
		let peak: number | null = null;
		for (const p of processInfo.filter((x) => x.type === 'renderer')) {
			try {
				const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'));
				if (match) peak = Math.max(peak ?? 0, Number(match[1]) * 1024);
			} catch {
				// process already gone
			}
		}
		return peak;
	} finally {
		await session.detach().catch(() => undefined);
	}
}

/** Reads the page's User Timing entries the site leaves (src/lib/perf/marks.ts). */
export interface PageTimings {
	firstChart: number | null;
	duckdbReady: number | null;
	/** End of the last dataset load. */
	dataLoaded: number | null;
	datasets: { id: string; start: number; duration: number }[];
	/** performance.timeOrigin: epoch ms of navigation start. */
	timeOrigin: number;
}

export function readTimings(page: Page): Promise<PageTimings> {
	return page.evaluate((names) => {
		const w = window as unknown as { __bench?: { firstChart: number | null } };
		const ready = performance.getEntriesByName(names.duckdbReady)[0];
		const datasets = (performance.getEntriesByName(names.dataset) as PerformanceMeasure[]).map((m) => ({
			id: String(m.detail),
			start: m.startTime,
			duration: m.duration
		}));
		const ends = datasets.map((d) => d.start + d.duration);
		return {
			firstChart: w.__bench?.firstChart ?? null,
			duckdbReady: ready ? ready.startTime : null,
			dataLoaded: ends.length ? Math.max(...ends) : null,
			datasets,
			timeOrigin: performance.timeOrigin
		};
	}, PERF);
}
