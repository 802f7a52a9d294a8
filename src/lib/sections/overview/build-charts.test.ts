// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Comparator } from '$lib/metrics/areas';
import type { HeadlineSeries, SeriesPoint } from '$lib/metrics/headline';
import { neighbourRows, overviewCharts } from './build-charts';

const point = (area_code: string, year: number, value: number | null, symbol: string | null = null): SeriesPoint => ({
	area_code,
	period: String(year),
	year,
	value,
	symbol,
	source_file: 'x.csv'
});

const comparators: Comparator[] = [
	{ area_code: 'E10000012', area_name: 'Essex', role: 'selected', rank: 0 },
	{ area_code: 'E12000006', area_name: 'East of England', role: 'region', rank: null },
	{ area_code: 'E92000001', area_name: 'England', role: 'england', rank: null },
	{ area_code: 'E10000016', area_name: 'Kent', role: 'neighbour', rank: 1 }
];

// Real figures (DfE EHC plans 2025 release) for Essex and England; the region and Kent are trimmed to a few points.
const series: HeadlineSeries = {
	activePlans: [
		point('E10000012', 2019, 8948),
		point('E10000012', 2025, 14240),
		point('E92000001', 2019, 353995),
		point('E92000001', 2025, 638745),
		point('E12000006', 2019, 36000),
		point('E12000006', 2025, 60000),
		point('E10000016', 2019, 13000),
		point('E10000016', 2025, null, 'c')
	],
	pupilsWithPlan: [point('E10000012', 2025, 4.5), point('E92000001', 2025, 5.3), point('E12000006', 2025, 5.0), point('E10000016', 2025, 5.6)],
	within20Weeks: [
		point('E10000012', 2023, 0.9),
		point('E10000012', 2024, 16.2),
		point('E92000001', 2024, 46.4),
		point('E12000006', 2024, 40.1),
		point('E10000016', 2024, 30.2)
	],
	within20WeeksExcl: []
};

describe('overview charts', () => {
	const charts = overviewCharts({ comparators, series });

	it('state the finding in the title and give alt text, table rows and a source', () => {
		expect(charts.map((c) => c.id)).toEqual([
			'active-plans',
			'pupils-with-plan',
			'within-20-weeks',
			'neighbours-growth',
			'neighbours-pupils-with-plan',
			'neighbours-within-20-weeks'
		]);
		const active = charts[0]!;
		expect(active.title).toBe(
			'Active EHC plans in Essex grew by 59.1% between January 2019 and January 2025 (from 8,948 to 14,240; neither higher nor lower is better in itself)'
		);
		expect(active.alt).toContain("Since January 2019 (the inspections' year and the first published), up from 8,948 in January 2019 to 14,240 in January 2025");
		expect(active.rows).toContainEqual({ area: 'Essex', year: 2025, plans: 14240, index: 159.1 });
		for (const c of charts) {
			expect(c.subtitle.length).toBeGreaterThan(20);
			expect(c.datasets.length).toBeGreaterThan(0);
			expect(c.rows.length).toBeGreaterThan(0);
		}
	});

	it('keep a suppressed figure as its symbol in the table, never zero', () => {
		const growth = charts.find((c) => c.id === 'neighbours-growth')!;
		expect(growth.rows.find((r) => r.area === 'Kent')).toEqual({ area: 'Kent', role: 'Statistical neighbour 1', value: 'c' });
		expect(neighbourRows({ comparators, series }).rows.find((r) => r.area === 'Kent')?.growth).toBeNull();
	});

	it('render as SVG in Node with a server-side DOM, with an accessible description', () => {
		const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
		for (const c of charts) {
			const el = c.render(document);
			const svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
			expect(svg, c.id).not.toBeNull();
			expect(svg!.getAttribute('aria-description') ?? svg!.querySelector('desc')?.textContent ?? '').toContain('Essex');
		}
		const svg = charts[2]!.render(document).outerHTML;
		expect(svg).toContain('England');
		expect(svg).toContain('16.2');
	});
});
