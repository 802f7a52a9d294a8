/**
 * The linked needs views (Needs page, local extract) at a given extract size, as a user works them: load the page,
 * then change one filter at a time and time each change from the `change` event to just after the first frame
 * (layout and paint included) that shows the redrawn charts (the page marks `send:rendered` once they are in the
 * DOM). Each change also reports how much of that was DuckDB: the time until its last query answered.
 */
import type { Page } from '@playwright/test';
import { PERF } from '../../src/lib/perf/marks';
import { FIRST_CHART_PROBE, HeapSampler, launchBrowser, peakRendererMemory, readTimings } from './browser';
import { waitForQuiet, type BenchServer } from './server';

const LINKED_VIEW_PATH = '/needs';
const DIMENSIONS = ['need', 'age', 'quadrant', 'ccg'] as const;

interface FilterChange {
	/** e.g. "need=ASD" or "age=(all)". */
	change: string;
	/** Change event to the first frame after the redraw. */
	total: number;
	/** Change event to the last query's answer. */
	queries: number;
	queryCount: number;
	/** The whole selection after the change, as the page's URL holds it. */
	selection: Record<string, string>;
}

export interface LinkedViewRun {
	duckdbReady: number | null;
	/** When the plans table was in DuckDB (fetched, checked, inserted). */
	plansLoaded: number | null;
	/** All the page's datasets loaded. */
	dataLoaded: number | null;
	/** First frame with the local charts drawn. */
	firstChart: number | null;
	changes: FilterChange[];
	peakJsHeap: number;
	peakRendererMemory: number | null;
}

interface Step {
	dim: (typeof DIMENSIONS)[number];
	/** Index into the select's non-empty options, or null to choose "All". */
	option: number | null;
}

/** Each filter in turn is set, then (a round later) cleared: up to four filters are combined, every step a change. */
function filterSteps(count: number): Step[] {
	return Array.from({ length: count }, (_, i) => {
		const round = Math.floor(i / DIMENSIONS.length);
		return { dim: DIMENSIONS[i % DIMENSIONS.length]!, option: round % 2 === 0 ? round / 2 : null };
	});
}

async function applyStep(page: Page, step: Step): Promise<FilterChange> {
	return page.evaluate(
		async ({ id, option, names, dim, dims }) => {
			const select = document.getElementById(id) as HTMLSelectElement | null;
			if (!select) throw new Error(`no <select id="${id}"> on the page`);
			const values = [...select.options].map((o) => o.value).filter((v) => v !== '');
			const target = option === null ? '' : (values[option % values.length] ?? '');
			const value = target === select.value ? (values.find((v) => v !== select.value) ?? '') : target;
			const t0 = performance.now();
			const drawn = new Promise<number>((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`no redraw within 120 s after ${dim}=${value}`)), 120_000);
				const observer = new PerformanceObserver((list) => {
					for (const e of list.getEntries()) {
						const detail = (e as PerformanceMark).detail as { view?: string } | null;
						if (e.name === names.rendered && detail?.view === 'needs-local' && e.startTime >= t0) {
							observer.disconnect();
							clearTimeout(timer);
							requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
							return;
						}
					}
				});
				observer.observe({ type: 'mark' });
			});
			select.value = value;
			select.dispatchEvent(new Event('change', { bubbles: true }));
			const t1 = await drawn;
			const queries = (performance.getEntriesByName(names.query) as PerformanceMeasure[]).filter((q) => q.startTime >= t0);
			const lastAnswer = queries.length ? Math.max(...queries.map((q) => q.startTime + q.duration)) : t0;
			const params = new URLSearchParams(location.search);
			const selection = Object.fromEntries(dims.flatMap((d) => (params.get(d) ? [[d, params.get(d)!]] : [])));
			return { change: `${dim}=${value || '(all)'}`, total: t1 - t0, queries: lastAnswer - t0, queryCount: queries.length, selection };
		},
		{ id: `select-${step.dim}`, option: step.option, names: PERF, dim: step.dim, dims: [...DIMENSIONS] }
	);
}

/** Changes made before timing starts (first compilations, caches), not reported. */
const WARM_UP_CHANGES = 4;

export async function measureLinkedViews(server: BenchServer, changes: number): Promise<LinkedViewRun> {
	const browser = await launchBrowser();
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
		await context.addInitScript(FIRST_CHART_PROBE);
		const page = await context.newPage();
		const heap = new HeapSampler();
		await heap.start(page, 250);
		await page.goto(server.url + LINKED_VIEW_PATH);
		await page.waitForFunction(
			(names) => performance.getEntriesByName(names.rendered).some((e) => ((e as PerformanceMark).detail as { view?: string } | null)?.view === 'needs-local'),
			PERF,
			{ timeout: 600_000 }
		);
		await waitForQuiet(server);
		const timings = await readTimings(page);
		const firstLocal = await page.evaluate(
			(names) =>
				performance.getEntriesByName(names.rendered).find((e) => ((e as PerformanceMark).detail as { view?: string } | null)?.view === 'needs-local')
					?.startTime ?? null,
			PERF
		);
		const measured: FilterChange[] = [];
		for (const [i, step] of filterSteps(WARM_UP_CHANGES + changes).entries()) {
			const change = await applyStep(page, step);
			if (i >= WARM_UP_CHANGES) measured.push(change);
		}
		const plans = timings.datasets.find((d) => d.id === 'local_ehc_plans');
		return {
			duckdbReady: timings.duckdbReady,
			plansLoaded: plans ? plans.start + plans.duration : null,
			dataLoaded: timings.dataLoaded,
			firstChart: firstLocal,
			changes: measured,
			peakJsHeap: await heap.stop(),
			peakRendererMemory: await peakRendererMemory(browser)
		};
	} finally {
		await browser.close();
	}
}
