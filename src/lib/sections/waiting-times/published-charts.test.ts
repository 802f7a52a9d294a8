import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { SnapshotCell } from '$lib/metrics/autism-waits';
import { funnelLimits } from '$lib/stats/proportion';
import { funnelSpec, rankedChart, trendSpec } from './published-charts';
import { measureById, monthsBetween } from './published-rows';
import type { DatasetEntry } from '$lib/data/manifest';

// Three made-up sub-ICB locations: pooled no-contact share = (30 + 70) / (100 + 400) = 20%.
const cell = (area_code: string, measure: SnapshotCell['measure'], value: number | null): SnapshotCell => ({
	area_code,
	measure,
	breakdown: 'Total',
	value,
	symbol: value === null ? '*' : null
});
const cells: SnapshotCell[] = [
	cell('AAA', 'asd_open_13w_plus', 100),
	cell('AAA', 'asd_no_contact_13w_plus', 30),
	cell('AAA', 'asd_no_contact_13w_plus_pc', 30),
	cell('BBB', 'asd_open_13w_plus', 400),
	cell('BBB', 'asd_no_contact_13w_plus', 70),
	cell('BBB', 'asd_no_contact_13w_plus_pc', 17.5),
	cell('CCC', 'asd_open_13w_plus', null),
	cell('CCC', 'asd_no_contact_13w_plus', null),
	cell('CCC', 'asd_no_contact_13w_plus_pc', null)
];
const input = {
	period: '2022-09',
	cells,
	areas: ['AAA', 'BBB', 'CCC'].map((code) => ({ code, name: `Area ${code}`, official_name: code })),
	chosen: ['AAA', 'CCC'],
	chosenLabel: 'the chosen sub-ICB locations',
	entry: undefined
};
const measure = measureById('no_contact');

describe('funnel limits: a known case', () => {
	it('equals the Wilson interval of 20 out of 100 (95%: 13.34%–28.88%; 99.8%: 10.52%–34.71%)', () => {
		const l = funnelLimits(0.2, 100);
		expect(l.lower95).toBeCloseTo(0.13337, 5);
		expect(l.upper95).toBeCloseTo(0.28883, 5);
		expect(l.lower998).toBeCloseTo(0.10519, 5);
		expect(l.upper998).toBeCloseTo(0.34711, 5);
	});
});

describe('published autism-wait chart specs', () => {
	it('ranks every area, keeps "*" and labels the pooled figure as derived', () => {
		const spec = rankedChart(input, measure, 'Total');
		expect(spec.rows).toEqual([
			{ area: 'Area AAA', code: 'AAA', rank: '1', value: 30, n: 100 },
			{ area: 'Area BBB', code: 'BBB', rank: '2', value: 17.5, n: 400 },
			{ area: 'Area CCC', code: 'CCC', rank: null, value: '*', n: '*' },
			{ area: 'All sub-ICB locations (derived)', code: null, rank: null, value: 20, n: 500 }
		]);
		expect(spec.title).toBe('No care contact yet: the chosen sub-ICB locations 30%, against 20% across all sub-ICB locations (September 2022, all ages)');
		expect(spec.notes[0]).toContain('not a published England figure');
		const { document } = new JSDOM('').window;
		expect(spec.render(document).outerHTML).toContain('<svg');
	});

	it('places areas against the funnel limits around the pooled figure', () => {
		const spec = funnelSpec(input, measure, 'Total')!;
		// AAA: 30% of 100 lies above 28.88% (95%) but below 34.71% (99.8%); BBB: 17.5% of 400 is within limits.
		expect(spec.rows.map((r) => r.verdict)).toEqual(['above 95% limit', 'within limits', 'not plotted (suppressed)']);
		expect(spec.title).toBe('No care contact yet: Area AAA lies within the 99.8% limits around 20% (September 2022, all ages)');
	});

	it('shows missing months of a series as gaps, not zeros', () => {
		const series = [
			{ area_code: 'AAA', area_level: 'ccg', period: '2019-04', breakdown: 'Under 10' as const, value: 40, symbol: null, source_file: 'f' },
			{ area_code: 'AAA', area_level: 'ccg', period: '2019-06', breakdown: 'Under 10' as const, value: 50, symbol: null, source_file: 'f' }
		];
		// The series runs over the dataset's published months (its manifest periods), whatever the chosen area has.
		const entryOver = (first: string, last: string) =>
			({
				periods: monthsBetween(first, last),
				notes: [],
				source: { publisher: 'NHS England', title: 'Autism Statistics', release: 'test', files: [] }
			}) as unknown as DatasetEntry;
		const entry = entryOver('2019-04', '2023-06');
		const spec = trendSpec({ ...input, chosen: ['AAA'], entry }, series, 'Under 10');
		const aaa = spec.rows.filter((r) => r.area === 'Area AAA (AAA)');
		expect(aaa).toHaveLength(51);
		expect(aaa.slice(0, 3).map((r) => r.value)).toEqual([40, 'not published', 50]);
		expect(spec.subtitle).toContain('April 2019 – June 2023');
		// A longer series (a newer file dropped in) moves the span with no code change.
		const longer = trendSpec({ ...input, chosen: ['AAA'], entry: entryOver('2019-04', '2024-03') }, series, 'Under 10');
		expect(longer.subtitle).toContain('April 2019 – March 2024');
		expect(longer.period).toBe('April 2019 to March 2024');
		// Without a manifest entry, the cells' own months.
		expect(trendSpec({ ...input, chosen: ['AAA'] }, series, 'Under 10').period).toBe('April 2019 to June 2019');
	});
});
