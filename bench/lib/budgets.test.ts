import { describe, expect, it } from 'vitest';
import budgets from '../budgets.json';
import { checkBudgets, type CheckableResults } from './budgets';
import type { Bytes, PageRun } from './page-loads';
import type { LinkedViewRun } from './linked-views';

const bytes = (transferred: number, wasm: number): Bytes => ({
	requests: 10,
	transferred,
	uncompressed: transferred * 4,
	wasm,
	wasmUncompressed: wasm * 5,
	code: 0,
	codeUncompressed: 0,
	data: 0,
	dataUncompressed: 0,
	page: 0,
	notModified: 0
});
const pageRun = (over: Partial<PageRun> = {}): PageRun => ({
	firstChart: 300,
	duckdbReady: null,
	dataLoaded: null,
	bytesBeforeFirstChart: 30_000,
	wasmRequestsBeforeFirstChart: 0,
	firstVisit: bytes(6_500_000, 6_100_000),
	repeat: { firstChart: 200, duckdbReady: null, bytes: bytes(5_000, 0) },
	uncompressedData: [],
	otherOrigin: [],
	peakJsHeap: 1e7,
	peakRendererMemory: 1e8,
	...over
});
const linked = (records: number, totals: number[]): { records: number; runs: LinkedViewRun[] } => ({
	records,
	runs: [
		{
			duckdbReady: 1,
			plansLoaded: 1,
			dataLoaded: 1,
			firstChart: 1,
			peakJsHeap: 1,
			peakRendererMemory: 1,
			changes: totals.map((total) => ({ change: 'need=ASD', total, queries: total / 2, queryCount: 10, selection: { need: 'ASD' } }))
		}
	]
});
const results = (over: Partial<CheckableResults> = {}): CheckableResults => ({
	pages: [
		{ id: 'r', name: 'Report', kind: 'report', runs: [pageRun(), pageRun()] },
		{ id: 'o', name: 'Overview', kind: 'interactive', runs: [pageRun()] }
	],
	linkedViews: [linked(100_048, [5, 6]), linked(1_000_472, [40, 60, 200])],
	dataFilesWithoutPrecompressed: [],
	...over
});

const failing = (r: CheckableResults) => checkBudgets(budgets, r).filter((c) => !c.pass);

describe('checkBudgets', () => {
	it('passes a run within every budget, naming what it measured', () => {
		const checks = checkBudgets(budgets, results());
		expect(checks.every((c) => c.pass)).toBe(true);
		expect(checks.find((c) => c.subject.includes('1,000,472'))?.measured).toBe('median 60.0 ms (budget 100 ms)');
	});
	it('fails a report page that fetched wasm before its first chart, in any run', () => {
		const r = results();
		r.pages[0]!.runs[1] = pageRun({ wasmRequestsBeforeFirstChart: 1 });
		expect(failing(r).map((c) => c.subject)).toEqual(['Report']);
	});
	it('fails a median filter change over 100 ms at 1M records, and a run that did not measure 1M at all', () => {
		expect(failing(results({ linkedViews: [linked(1_000_472, [90, 120, 130])] }))[0]?.measured).toBe('median 120.0 ms (budget 100 ms)');
		expect(failing(results({ linkedViews: [linked(100_048, [5])] }))[0]?.measured).toBe('not measured in this run');
	});
	it('fails a first visit that downloads more than the wasm plus 3 MB', () => {
		const r = results();
		r.pages[1]!.runs = [pageRun({ firstVisit: bytes(9_200_000, 6_100_000) })];
		expect(failing(r).map((c) => c.subject)).toEqual(['Overview']);
	});
	it('fails when a data file went out uncompressed or has no precompressed copy', () => {
		const r = results();
		r.pages[1]!.runs = [pageRun({ uncompressedData: ['/data/published/areas.arrow'] })];
		expect(failing(r)[0]?.measured).toContain('/data/published/areas.arrow');
		expect(failing(results({ dataFilesWithoutPrecompressed: ['data/x.arrow'] }))[0]?.measured).toContain('data/x.arrow');
	});
});
