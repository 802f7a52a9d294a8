/**
 * Page loads as a first-time visitor sees them (a fresh browser each run, empty cache), then a repeat visit in the
 * same browser: time to first chart, when DuckDB was ready and the data loaded, what was downloaded (and how much of
 * it before the first chart), peak JS heap and renderer memory.
 */
import type { BrowserContext } from '@playwright/test';
import { PERF } from '../../src/lib/perf/marks';
import { FIRST_CHART_PROBE, HeapSampler, launchBrowser, peakRendererMemory, readTimings } from './browser';
import { responsesBetween, waitForQuiet, type BenchServer, type LoggedResponse } from './server';

export interface BenchPage {
	id: string;
	name: string;
	path: string;
	kind: 'report' | 'interactive';
}

/** Essex: the inspection letter the product answers first. */
export const PAGES: BenchPage[] = [
	{ id: 'report-scrutiny-pack', name: 'Report: SEND scrutiny pack (Essex)', path: '/reports/scrutiny-pack/E10000012', kind: 'report' },
	{ id: 'report-mld', name: 'Report: Is MLD over-identified? (Essex)', path: '/reports/mld-over-identification/E10000012', kind: 'report' },
	{ id: 'overview', name: 'Overview (Essex)', path: '/?area=E10000012', kind: 'interactive' },
	{ id: 'needs', name: 'Needs (Essex)', path: '/needs?area=E10000012', kind: 'interactive' },
	{ id: 'waiting-times', name: 'Waiting times (Essex)', path: '/waiting-times?area=E10000012', kind: 'interactive' },
	{ id: 'post-19', name: '19–25 (Essex)', path: '/post-19?area=E10000012', kind: 'interactive' },
	{ id: 'exclusions', name: 'Exclusions & timeliness (Essex)', path: '/exclusions?area=E10000012', kind: 'interactive' }
];

export interface Bytes {
	requests: number;
	/** Body and header bytes as sent. */
	transferred: number;
	/** Body bytes before compression. */
	uncompressed: number;
	wasm: number;
	wasmUncompressed: number;
	code: number;
	codeUncompressed: number;
	data: number;
	dataUncompressed: number;
	/** HTML and SvelteKit's page data. */
	page: number;
	/** Requests answered 304 (revalidated from the cache). */
	notModified: number;
}

export interface PageRun {
	firstChart: number | null;
	duckdbReady: number | null;
	dataLoaded: number | null;
	bytesBeforeFirstChart: number;
	/** .wasm requests that began before the first chart was visible. */
	wasmRequestsBeforeFirstChart: number;
	firstVisit: Bytes;
	/** The same page opened again in the same browser (HTTP cache warm). */
	repeat: { firstChart: number | null; duckdbReady: number | null; bytes: Bytes };
	/** Data files (under /data/ or /views/) sent without compression, by path. */
	uncompressedData: string[];
	/** Requests to any other origin. */
	otherOrigin: string[];
	peakJsHeap: number;
	peakRendererMemory: number | null;
}

/** Data: the published and local datasets (/data/) and the prerendered answers of published views (/views/). */
const isData = (path: string) => path.startsWith('/data/') || path.startsWith('/views/');

const kindOf = (r: LoggedResponse) => (r.path.endsWith('.wasm') ? 'wasm' : /\.(m?js|css)(\?|$)/.test(r.path) ? 'code' : isData(r.path) ? 'data' : 'page');

function bytesOf(responses: readonly LoggedResponse[]): Bytes {
	const b: Bytes = {
		requests: 0,
		transferred: 0,
		uncompressed: 0,
		wasm: 0,
		wasmUncompressed: 0,
		code: 0,
		codeUncompressed: 0,
		data: 0,
		dataUncompressed: 0,
		page: 0,
		notModified: 0
	};
	for (const r of responses) {
		const sent = r.bytes + r.headerBytes;
		b.requests++;
		b.transferred += sent;
		b.uncompressed += r.uncompressedBytes;
		if (r.status === 304) b.notModified++;
		const kind = kindOf(r);
		if (kind === 'wasm') {
			b.wasm += sent;
			b.wasmUncompressed += r.uncompressedBytes;
		} else if (kind === 'code') {
			b.code += sent;
			b.codeUncompressed += r.uncompressedBytes;
		} else if (kind === 'data') {
			b.data += sent;
			b.dataUncompressed += r.uncompressedBytes;
		} else b.page += sent;
	}
	return b;
}

const COMPRESSIBLE_DATA = /\.(arrow|json|csv)$/;

async function newContext(browser: Awaited<ReturnType<typeof launchBrowser>>, siteUrl: string, otherOrigin: string[]): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
	await context.addInitScript(FIRST_CHART_PROBE);
	// Recorded, not intercepted: Playwright turns the HTTP cache off for a context with routes, and the repeat visit
	// must see the cache. (This machine's network is closed anyway; the e2e tests block other origins.)
	const origin = new URL(siteUrl).origin;
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== origin && !['data:', 'blob:', 'about:'].includes(url.protocol)) otherOrigin.push(request.url());
	});
	return context;
}

/**
 * Opens `path` and waits until its first chart is visible and the network has been quiet for a second; with
 * `untilDuckdb`, also until DuckDB is ready (a repeat visit takes the wasm from the cache without a request, so
 * a quiet network does not mean DuckDB has started).
 */
async function visit(context: BrowserContext, server: BenchServer, path: string, untilDuckdb = false) {
	const page = await context.newPage();
	const heap = new HeapSampler();
	await heap.start(page);
	const from = Date.now();
	await page.goto(server.url + path);
	await page.waitForFunction(() => (window as unknown as { __bench?: { firstChart: number | null } }).__bench?.firstChart != null, null, { timeout: 180_000 });
	if (untilDuckdb) await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, PERF.duckdbReady, { timeout: 180_000 });
	await waitForQuiet(server);
	const timings = await readTimings(page);
	const peakJsHeap = await heap.stop();
	return { page, from, timings, responses: responsesBetween(server.log, from), peakJsHeap };
}

export async function measurePageLoad(server: BenchServer, page: BenchPage): Promise<PageRun> {
	const browser = await launchBrowser();
	const otherOrigin: string[] = [];
	try {
		const context = await newContext(browser, server.url, otherOrigin);
		const first = await visit(context, server, page.path);
		const firstChartAt = first.timings.timeOrigin + (first.timings.firstChart ?? Infinity);
		const before = first.responses.filter((r) => r.start < firstChartAt);
		const peakMemory = await peakRendererMemory(browser);
		await first.page.close();
		const again = await visit(context, server, page.path, first.timings.duckdbReady !== null);
		await again.page.close();
		return {
			firstChart: first.timings.firstChart,
			duckdbReady: first.timings.duckdbReady,
			dataLoaded: first.timings.dataLoaded,
			bytesBeforeFirstChart: bytesOf(before).transferred,
			wasmRequestsBeforeFirstChart: before.filter((r) => r.path.endsWith('.wasm')).length,
			firstVisit: bytesOf(first.responses),
			repeat: { firstChart: again.timings.firstChart, duckdbReady: again.timings.duckdbReady, bytes: bytesOf(again.responses) },
			uncompressedData: first.responses.filter((r) => r.status === 200 && isData(r.path) && COMPRESSIBLE_DATA.test(r.path) && !r.encoding).map((r) => r.path),
			otherOrigin,
			peakJsHeap: first.peakJsHeap,
			peakRendererMemory: peakMemory
		};
	} finally {
		await browser.close();
	}
}
