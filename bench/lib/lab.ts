/**
 * The baselines, run in the lab page (bench/lab) on the same data as the linked-view runs: the filter-change
 * aggregate done by DuckDB over the cube (the site's way), by DuckDB over the rows (the way before the cube), and in
 * plain JavaScript (d3-array rollups over row objects); and the plans loaded as Arrow IPC into DuckDB (the site's
 * way), as CSV into DuckDB and as CSV parsed in JavaScript. The answers must agree, or the run fails.
 */
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import type { LocalSelection } from '../../src/lib/metrics/needs-local';
import { launchBrowser } from './browser';
import { PLANS_CSV } from './scaled-extract';
import type { BenchServer } from './server';
import { summarize, type Summary } from './stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface LabResult {
	records: number;
	arrowBytes: number;
	csvBytes: number;
	filter: { cubeBuild: Summary | null; cube: Summary | null; duckdbRows: Summary | null; javascript: Summary | null; javascriptRowsPrepare: Summary | null };
	load: {
		arrowDuckdb: Summary | null;
		csvDuckdb: Summary | null;
		csvDuckdbError?: string;
		csvJavascript: Summary | null;
		csvJavascriptError?: string;
	};
}

/** Bundles the lab page into `outDir` (served at /__bench/). */
export async function buildLab(outDir: string): Promise<void> {
	mkdirSync(outDir, { recursive: true });
	cpSync(join(root, 'bench/lab/index.html'), join(outDir, 'index.html'));
	await build({
		entryPoints: [join(root, 'bench/lab/lab.ts')],
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		outfile: join(outDir, 'lab.js'),
		alias: { $lib: join(root, 'src/lib') },
		logLevel: 'warning'
	});
}

/** The site's own duckdb-wasm bundle (the "eh" build Chromium gets) and worker, from the built site. */
function siteDuckdbBundle(siteDir: string): { wasm: string; worker: string } {
	const dir = join(siteDir, '_app/immutable/assets');
	const files = readdirSync(dir);
	const wasm = files.find((f) => /^duckdb-eh\.[\w-]+\.wasm$/.test(f));
	const worker = files.find((f) => /^duckdb-browser-eh\.worker\.[\w-]+\.js$/.test(f));
	if (!wasm || !worker) throw new Error(`no duckdb-wasm eh bundle in ${dir}; build the site first`);
	return { wasm: `/_app/immutable/assets/${wasm}`, worker: `/_app/immutable/assets/${worker}` };
}

type Lab = Record<string, (...args: never[]) => Promise<unknown>>;
const call = <T>(page: Page, fn: string, ...args: unknown[]) =>
	page.evaluate(({ fn, args }) => (window as unknown as { benchLab: Lab }).benchLab[fn]!(...(args as never[])), { fn, args }) as Promise<T>;

const errorText = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]!.slice(0, 160) : String(e));

export async function runLab(
	server: BenchServer,
	options: { siteDir: string; records: number; arrowBytes: number; csvBytes: number; selections: LocalSelection[]; repeats: number }
): Promise<LabResult> {
	const bundle = siteDuckdbBundle(options.siteDir);
	const url = (p: string) => server.url + p;
	const plans = url('/data/local/synthetic/ehc_plans.arrow');
	const freshPage = async () => {
		const browser = await launchBrowser();
		const page = await browser.newPage();
		await page.goto(url('/__bench/index.html'));
		await call(page, 'start', { wasm: url(bundle.wasm), worker: url(bundle.worker) });
		return { browser, page };
	};

	// Filter changes: one page holds the tables, the cube and the JavaScript rows.
	const filter = await freshPage();
	let filterResult: LabResult['filter'];
	try {
		for (const t of ['local_ehc_plans', 'local_population', 'local_post16_places']) {
			const { rows } = await call<{ rows: number }>(filter.page, 'loadArrow', url(`/data/local/synthetic/${t.replace('local_', '')}.arrow`), t);
			if (t === 'local_ehc_plans' && rows !== options.records) throw new Error(`the lab read ${rows} plans, expected ${options.records}`);
		}
		const prepare = await call<{ ms: number }>(filter.page, 'prepareJavascriptRows', plans, url('/data/local/synthetic/population.arrow'));
		const r = await call<{ cubeBuild: number; cube: number[]; duckdbRows: number[]; javascript: number[]; mismatches: string[] }>(
			filter.page,
			'filterChanges',
			options.selections
		);
		if (r.mismatches.length) throw new Error(`the three ways disagree at ${options.records} records:\n${r.mismatches.slice(0, 3).join('\n')}`);
		filterResult = {
			cubeBuild: summarize([r.cubeBuild]),
			cube: summarize(r.cube),
			duckdbRows: summarize(r.duckdbRows),
			javascript: summarize(r.javascript),
			javascriptRowsPrepare: summarize([prepare.ms])
		};
	} finally {
		await filter.browser.close();
	}

	// Loads: a fresh page per format, so one format's memory does not weigh on the next.
	const loads = async (fn: string, target: string, ...extra: unknown[]) => {
		const { browser, page } = await freshPage();
		try {
			const times: number[] = [];
			for (let i = 0; i < options.repeats; i++) {
				const { ms, rows } = await call<{ ms: number; rows: number }>(page, fn, target, ...extra);
				// A load that "succeeds" with rows missing (a string or buffer limit reached) is a failure, not a time.
				if (rows !== options.records) throw new Error(`read ${rows.toLocaleString('en-GB')} of ${options.records.toLocaleString('en-GB')} rows`);
				times.push(ms);
			}
			return { summary: summarize(times) };
		} catch (error) {
			return { summary: null, error: errorText(error) };
		} finally {
			await browser.close();
		}
	};
	const arrow = await loads('loadArrow', plans, 'plans_arrow');
	const csvDuckdb = await loads('loadCsvDuckdb', url(`/data/${PLANS_CSV}`));
	const csvJavascript = await loads('loadCsvJavascript', url(`/data/${PLANS_CSV}`));
	if (!arrow.summary) throw new Error(`the Arrow load failed at ${options.records} records: ${arrow.error}`);
	return {
		records: options.records,
		arrowBytes: options.arrowBytes,
		csvBytes: options.csvBytes,
		filter: filterResult,
		load: {
			arrowDuckdb: arrow.summary,
			csvDuckdb: csvDuckdb.summary,
			...(csvDuckdb.error ? { csvDuckdbError: `failed: ${csvDuckdb.error}` } : {}),
			csvJavascript: csvJavascript.summary,
			...(csvJavascript.error ? { csvJavascriptError: `failed: ${csvJavascript.error}` } : {})
		}
	};
}
