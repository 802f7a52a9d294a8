import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../../data/lib/node-runner';
import { testModel } from '../../../data/pipeline/test-model';
import { areas } from '../../../data/pipeline/datasets/areas';
import { ehcpNeeds } from '../../../data/pipeline/datasets/ehcp-needs';
import { statisticalNeighbours } from '../../../data/pipeline/datasets/statistical-neighbours';
import type { Manifest } from '$lib/data/manifest';
import { parseNotebook } from '$lib/notebooks/parse';
import { runNotebook } from '$lib/notebooks/run';
import { compareWithReference, wilson } from './proportion';
import { compareInterval, SIGNIFICANCE_SQL_MACROS } from './significance';

describe('compareInterval: significant only when the interval excludes the comparator', () => {
	const i = { lower: 10.6, upper: 13.8 };
	it('is "similar" with the comparator on either end, or inside', () => {
		expect(compareInterval(i, 10.6)).toBe('similar');
		expect(compareInterval(i, 13.8)).toBe('similar');
		expect(compareInterval(i, 12)).toBe('similar');
	});
	it('is "higher" / "lower" just beyond the ends', () => {
		expect(compareInterval(i, 10.6 - 1e-9)).toBe('higher');
		expect(compareInterval(i, 13.8 + 1e-9)).toBe('lower');
	});
	it('compareWithReference applies it to the Wilson interval, unrounded', () => {
		// West Berkshire, MLD, January 2025: 204 of 1,685 plans, interval 10.635–13.751%; England 67,861 of 638,745 = 10.624%.
		expect(compareWithReference(204, 1685, 67861 / 638745)).toBe('higher');
		const w = wilson(204, 1685);
		expect(compareWithReference(204, 1685, w.lower)).toBe('similar');
		expect(compareWithReference(204, 1685, w.upper)).toBe('similar');
	});
});

describe('the SQL macros give the same intervals and verdicts as the TypeScript', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await createNodeRunner();
		for (const m of SIGNIFICANCE_SQL_MACROS) await db.run(m);
	});
	afterAll(() => db.close());

	it('wilson_lower / wilson_upper equal wilson() (0 of 10, 10 of 10, 81 of 263, 204 of 1,685), NULL for n = 0', async () => {
		for (const [k, n] of [
			[0, 10],
			[10, 10],
			[81, 263],
			[204, 1685],
			[1, 26]
		] as const) {
			const [r] = await db.all<{ lo: number; hi: number }>(`SELECT wilson_lower(${k}, ${n}) AS lo, wilson_upper(${k}, ${n}) AS hi`);
			expect(r!.lo).toBeCloseTo(wilson(k, n).lower, 12);
			expect(r!.hi).toBeCloseTo(wilson(k, n).upper, 12);
		}
		expect(await db.all(`SELECT wilson_lower(0, 0) AS lo`)).toEqual([{ lo: null }]);
	});

	it('compare_with_reference agrees with compareInterval at and beyond both ends', async () => {
		for (const ref of [10.6 - 1e-9, 10.6, 12, 13.8, 13.8 + 1e-9]) {
			const [r] = await db.all<{ c: string }>(`SELECT compare_with_reference(10.6, 13.8, ${ref}) AS c`);
			expect([ref, r!.c]).toEqual([ref, compareInterval({ lower: 10.6, upper: 13.8 }, ref)]);
		}
		expect(await db.all(`SELECT compare_with_reference(NULL, 13.8, 10) AS c`)).toEqual([{ c: null }]);
	});
});

describe('the MLD report uses the rule on unrounded values', () => {
	let db: NodeRunner;
	const used = [areas, statisticalNeighbours, ehcpNeeds];
	const manifest: Manifest = {
		schemaVersion: 1,
		contentHash: 'test',
		local: { id: 'synthetic', label: 'synthetic', synthetic: true },
		datasets: used.map((d) => ({
			id: d.id,
			title: d.title,
			layer: 'published',
			table: d.table,
			file: '',
			format: 'arrow-ipc',
			rows: 0,
			bytes: 0,
			sha256: '',
			periods: ['2025-01'],
			columns: [],
			source: d.source,
			licence: 'OGL',
			attribution: 'OGL',
			notes: d.notes
		}))
	};
	const nb = parseNotebook('mld-over-identification', readFileSync(new URL('../../../notebooks/mld-over-identification.md', import.meta.url), 'utf8'));
	beforeAll(async () => {
		db = await testModel(used);
	}, 120_000);
	afterAll(() => db.close());

	// England 10.624%. West Berkshire 10.635–13.751% (higher); Birmingham 9.547–10.620%, Tower Hamlets 8.899–10.620% (lower):
	// rounded to 10.6 every one of these looked "not significantly different".
	it.each([
		['E06000037', 'significantly higher than'],
		['E08000025', 'significantly lower than'],
		['E09000030', 'significantly lower than'],
		['E10000012', 'significantly lower than']
	])('%s: %s England', async (code, finding) => {
		const { document } = new JSDOM('<!doctype html><body></body>').window;
		const report = await runNotebook(nb, code, db, manifest, document);
		const prose = report.sections.flatMap((s) => (s.kind === 'prose' ? [s.html] : [])).join('\n');
		expect(prose).toContain(`<strong>${finding} England`);
	});
});
