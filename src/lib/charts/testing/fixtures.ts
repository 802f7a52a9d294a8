/**
 * For tests: every chart function with awkward but realistic data: long area and category names (the longest real
 * ones), equal values, suppressed or unpublished values, and a single area. The golden SVGs and the layout tests
 * draw each of these at 390px and 1100px.
 */
import { barChart } from '../bar-chart';
import { categoryDotChart } from '../category-dot-chart';
import { clearanceChart } from '../clearance-chart';
import { comparisonChart, type ComparisonRow } from '../comparison-chart';
import { countBarChart } from '../count-bar-chart';
import { countGridChart } from '../count-grid-chart';
import { funnelChart } from '../funnel-chart';
import { groupedBarChart, type GroupedBarRow } from '../grouped-bar-chart';
import { intervalChart, type IntervalRow } from '../interval-chart';
import { monthlyTrendChart } from '../monthly-trend-chart';
import { quantileIntervalChart } from '../quantile-interval-chart';
import { sideBySideChart } from '../side-by-side-chart';
import { spineChart, type SpineRow } from '../spine-chart';
import { survivalChart } from '../survival-chart';
import { trendChart } from '../trend-chart';
import { NOT_PUBLISHED } from '$lib/format/figure';

export interface ChartCase {
	chart: string;
	fixture: string;
	draw: (document: Document) => Element;
}

const LONG_LA = 'Bournemouth, Christchurch and Poole';
const LONG_CCG = 'NHS Basildon and Brentwood CCG';
const NEEDS = [
	'Autism (ASD)',
	'Speech, language and communication (SLCN)',
	'Social, emotional and mental health (SEMH)',
	'Profound and multiple learning difficulty (PMLD)',
	'Need not recorded'
];
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

const comparison: ComparisonRow[] = [
	{ label: 'Essex', value: 94, role: 'selected' },
	{ label: 'Hertfordshire', value: 94, role: 'neighbour' },
	{ label: LONG_LA, value: 97.5, role: 'neighbour' },
	{ label: 'Kent', value: 61.2, role: 'neighbour' },
	{ label: 'Suffolk', value: null, role: 'neighbour' },
	{ label: 'West Sussex', value: 88, role: 'neighbour' },
	{ label: 'East of England', value: 93, role: 'region' },
	{ label: 'England', value: 94, role: 'england' }
];

const intervals: IntervalRow[] = ['Pupils with an EHC plan', 'SEN support'].flatMap((panel, p) => [
	{ panel, label: 'Essex', role: 'selected' as const, value: 193.0 - p * 100, lower: 180.2 - p * 100, upper: 206.4 - p * 100 },
	{ panel, label: 'East of England', role: 'region' as const, value: 150.4 - p * 70, lower: 149, upper: 151.8 - p * 60 },
	{ panel, label: 'England', role: 'england' as const, value: 150.4 - p * 70, lower: 150, upper: 150.8 - p * 70 },
	{ panel, label: LONG_LA, role: 'neighbour' as const, value: p === 0 ? 6.4 : null, lower: p === 0 ? 2.1 : null, upper: p === 0 ? 14.9 : null }
]);

const grouped: GroupedBarRow[] = [
	'Mainstream school',
	'Special school (including independent and non-maintained special schools)',
	'Post-16 and further education'
].flatMap((category, c) =>
	['Essex', 'East of England', 'England'].map((series, s) => ({
		category,
		series,
		value: c === 2 && s === 0 ? null : 40 - c * 12 + (s === 2 ? 0 : s),
		missing: c === 2 && s === 0 ? 'c' : null
	}))
);

const spine: SpineRow[] = [
	{ label: 'New EHC plans issued within 20 weeks', area: 0.12, england: 0.45, q1: 0.3, median: 0.48, q3: 0.7, band: 'D' },
	{ label: 'Suspensions per 100 pupils with an EHC plan', area: 0.55, england: 0.55, q1: 0.35, median: 0.5, q3: 0.62, band: 'B' },
	{ label: 'Active EHC plans', area: 0.2, england: null, q1: 0.05, median: 0.1, q3: 0.2, band: '–' },
	{ label: 'Pupils with an EHC plan in a sustained destination after year 11', area: 1, england: null, q1: 0.4, median: 0.6, q3: 0.8, band: 'A' },
	{ label: 'Plans awaiting provision', area: null, england: 0.3, q1: 0.5, median: 0.5, q3: 0.5, band: '–', missing: NOT_PUBLISHED },
	{ label: 'Annual reviews held for the year’s round', area: 0, england: 0.6, q1: 0.5, median: 0.6, q3: 0.75, band: 'D' }
];

export const CHART_CASES: ChartCase[] = [
	{ chart: 'spine', fixture: 'indicators', draw: (document) => spineChart(spine, { areaLabel: LONG_LA, document }) },
	{ chart: 'spine', fixture: 'single-area', draw: (document) => spineChart(spine.slice(0, 1), { areaLabel: 'Essex', document }) },
	{
		chart: 'trend',
		fixture: 'areas',
		draw: (document) =>
			trendChart(
				[
					{ key: 'E10000012', label: 'Essex', points: YEARS.map((year, i) => ({ year, value: i === 4 ? null : 100 + i * 9 })) },
					{ key: 'E12000006', label: 'East of England', points: YEARS.map((year, i) => ({ year, value: 100 + i * 9.2 })) },
					{ key: 'E92000001', label: 'England', points: YEARS.map((year, i) => ({ year, value: 100 + i * 9.1 })) },
					{ key: 'E06000058', label: LONG_LA, points: YEARS.map((year, i) => ({ year, value: i === 9 ? null : 100 + i * 8 })) }
				],
				{ yLabel: 'Index (2016 = 100)', zero: false, document }
			)
	},
	{
		chart: 'trend',
		fixture: 'single-area',
		draw: (document) => trendChart([{ key: 'E10000012', label: 'Essex', points: [{ year: 2025, value: 4.8 }] }], { yLabel: '%', percent: true, document })
	},
	{
		chart: 'comparison',
		fixture: 'neighbours',
		draw: (document) => comparisonChart(comparison, { xLabel: 'EHC plans issued within 20 weeks (%)', percent: true, document })
	},
	{
		chart: 'comparison',
		fixture: 'single-area',
		draw: (document) => comparisonChart([{ label: LONG_LA, value: 100, role: 'selected' }], { xLabel: 'Share (%)', percent: true, document })
	},
	{
		chart: 'bar',
		fixture: 'needs-panels',
		draw: (document) =>
			barChart(
				['Plans', 'Requests'].flatMap((panel) =>
					NEEDS.map((label, i) => ({ panel, label, value: i === 3 ? null : i === 1 ? 25 : 25 + i, text: i === 3 ? 'c' : `${i === 1 ? 25 : 25 + i}.0%` }))
				),
				{ xLabel: '% of active plans', document }
			)
	},
	{
		chart: 'bar',
		fixture: 'single-area',
		draw: (document) => barChart([{ panel: 'All', label: LONG_LA, value: 193, text: '193.0 (suppressed neighbours)' }], { xLabel: 'per 100 pupils', document })
	},
	{
		chart: 'category-dot',
		fixture: 'needs',
		draw: (document) =>
			categoryDotChart(
				NEEDS.flatMap((category, i) =>
					['Essex', 'East of England', 'England'].map((series, s) => ({
						category,
						series,
						value: i === 4 && s === 0 ? null : 30 - i * 6 + s,
						lower: s === 0 ? 27 - i * 6 : null,
						upper: s === 0 ? 33 - i * 6 : null
					}))
				),
				{
					xLabel: 'Share of EHC plans (%)',
					percent: true,
					series: ['Essex', 'East of England', 'England'],
					categories: NEEDS,
					rowLabels: { [NEEDS[0]!]: '▲ significantly higher', [NEEDS[2]!]: '▼ significantly lower' },
					document
				}
			)
	},
	{
		chart: 'category-dot',
		fixture: 'single-area',
		draw: (document) =>
			categoryDotChart([{ category: NEEDS[1]!, series: 'Essex', value: 100 }], {
				xLabel: 'Share (%)',
				percent: true,
				series: ['Essex'],
				categories: [NEEDS[1]!],
				document
			})
	},
	{
		chart: 'clearance',
		fixture: 'ccgs',
		draw: (document) =>
			clearanceChart(
				[
					{ label: LONG_CCG, months: 14.2, text: '14.2 months' },
					{ label: 'NHS Mid and South Essex CCG', months: null, text: 'never — growing by 12 a month' },
					{ label: 'NHS North East Essex CCG', months: 14.2, text: '14.2 months' },
					{ label: 'NHS West Essex CCG', months: null, text: 'c' }
				],
				{ document }
			)
	},
	{ chart: 'clearance', fixture: 'single-area', draw: (document) => clearanceChart([{ label: 'All CCGs', months: 40, text: '40 months' }], { document }) },
	{
		chart: 'count-bar',
		fixture: 'needs',
		draw: (document) =>
			countBarChart(
				NEEDS.map((category, i) => ({
					category,
					value: i === 3 ? null : i === 1 ? 90 : 90 + i * 40,
					symbol: i === 3 ? 'c' : null,
					note: i === 3 ? undefined : '30 per 1,000'
				})),
				{ xLabel: 'Plans', selected: NEEDS[1], document }
			)
	},
	{ chart: 'count-bar', fixture: 'single-area', draw: (document) => countBarChart([{ category: LONG_LA, value: 5 }], { xLabel: 'Plans', document }) },
	{
		chart: 'count-grid',
		fixture: 'ccgs',
		draw: (document) =>
			countGridChart(
				[LONG_CCG, 'NHS West Essex CCG'].flatMap((row, r) =>
					['Under 13 weeks', '13 to 52 weeks', '52 to 104 weeks', '104 weeks or more'].map((column, c) => ({
						row,
						column,
						value: r === 1 && c === 3 ? null : 120 - c * 30,
						symbol: r === 1 && c === 3 ? 'c' : null
					}))
				),
				{ rows: [LONG_CCG, 'NHS West Essex CCG'], columns: ['Under 13 weeks', '13 to 52 weeks', '52 to 104 weeks', '104 weeks or more'], document }
			)
	},
	{
		chart: 'count-grid',
		fixture: 'single-area',
		draw: (document) => countGridChart([{ row: 'Essex', column: 'All', value: 1234, symbol: null }], { rows: ['Essex'], columns: ['All'], document })
	},
	{
		chart: 'funnel',
		fixture: 'las',
		draw: (document) =>
			funnelChart(
				[
					...Array.from({ length: 40 }, (_, i) => ({ label: `LA ${i}`, n: 200 + i * 150, p: 0.5 + ((i * 37) % 40) / 100 })),
					{ label: 'Essex', n: 2400, p: 0.94, highlight: true },
					{ label: LONG_LA, n: 2450, p: 0.93, highlight: true }
				],
				{ target: 0.5, targetLabel: 'England 50.0%', xLabel: 'New EHC plans issued (log scale)', yLabel: '% within 20 weeks', document }
			)
	},
	{
		chart: 'funnel',
		fixture: 'single-area',
		draw: (document) =>
			funnelChart([{ label: 'Essex', n: 400, p: 0.6, highlight: true }], { target: 0.5, targetLabel: 'England 50.0%', xLabel: 'Plans', yLabel: '%', document })
	},
	{ chart: 'grouped-bar', fixture: 'settings', draw: (document) => groupedBarChart(grouped, { xLabel: '% of plans', percent: true, document }) },
	{
		chart: 'grouped-bar',
		fixture: 'single-area',
		draw: (document) => groupedBarChart([{ category: 'All', series: LONG_LA, value: -12 }], { xLabel: 'Young people − places', document })
	},
	{ chart: 'interval', fixture: 'panels', draw: (document) => intervalChart(intervals, { xLabel: 'Suspensions per 100 pupils', document, digits: 1 }) },
	{
		chart: 'interval',
		fixture: 'single-area',
		draw: (document) =>
			intervalChart([{ panel: 'All', label: 'Essex', role: 'selected', value: 1, lower: 0.8, upper: 1.2 }], {
				xLabel: 'Ratio to no-SEN rate',
				ratio: true,
				document,
				digits: 2
			})
	},
	{
		chart: 'monthly-trend',
		fixture: 'sub-icbs',
		draw: (document) =>
			monthlyTrendChart(
				[
					{ key: 'a', label: LONG_CCG, points: MONTHS.map((period, i) => ({ period, value: i === 5 ? null : 60 + (i % 5) })) },
					{ key: 'b', label: 'NHS Mid and South Essex CCG', points: MONTHS.map((period, i) => ({ period, value: 60 + (i % 5) })) },
					{ key: 'c', label: 'England', points: MONTHS.map((period) => ({ period, value: 61 })) }
				],
				{ yLabel: '↑ After 13 weeks (%)', percent: true, document }
			)
	},
	{
		chart: 'monthly-trend',
		fixture: 'single-area',
		draw: (document) =>
			monthlyTrendChart([{ key: 'a', label: 'Essex', points: [{ period: '2025-03', value: 12 }] }], { yLabel: '↑ Referrals a month', document })
	},
	{
		chart: 'quantile-interval',
		fixture: 'groups',
		draw: (document) =>
			quantileIntervalChart(
				['Under 5', '5 to 10', '11 to 17 (including those referred by schools)'].flatMap((group, g) => [
					{ group, statistic: 'Median', estimate: 20 + g, lower: 18, upper: 24 },
					{ group, statistic: '90th percentile', estimate: g === 2 ? null : 60, lower: 50, upper: g === 1 ? null : 70 }
				]),
				{
					groups: ['Under 5', '5 to 10', '11 to 17 (including those referred by schools)'],
					statistics: ['Median', '90th percentile'],
					xLabel: 'Weeks since referral →',
					xMax: 104,
					document
				}
			)
	},
	{
		chart: 'quantile-interval',
		fixture: 'single-area',
		draw: (document) =>
			quantileIntervalChart([{ group: 'All', statistic: 'Median', estimate: 104, lower: 90, upper: 104 }], {
				groups: ['All'],
				statistics: ['Median', '90th percentile'],
				xLabel: 'Weeks',
				xMax: 104,
				document
			})
	},
	{
		chart: 'side-by-side',
		fixture: 'sub-icbs',
		draw: (document) =>
			sideBySideChart(
				['Waiting over 13 weeks', 'Seen within 13 weeks of referral (completed pathways)'].flatMap((measure, m) =>
					[`${LONG_CCG} (99E)`, 'NHS Mid and South Essex CCG (06Q)', 'NHS West Essex CCG (07H)'].map((area, a) => ({
						area,
						measure,
						value: a === 2 && m === 1 ? null : a === 1 ? 100 : 100 - a * 3,
						symbol: a === 2 && m === 1 ? '*' : null
					}))
				),
				{
					areas: [`${LONG_CCG} (99E)`, 'NHS Mid and South Essex CCG (06Q)', 'NHS West Essex CCG (07H)'],
					measures: ['Waiting over 13 weeks', 'Seen within 13 weeks of referral (completed pathways)'],
					document
				}
			)
	},
	{
		chart: 'side-by-side',
		fixture: 'single-area',
		draw: (document) => sideBySideChart([{ area: 'Essex', measure: 'Waiting', value: 0, symbol: null }], { areas: ['Essex'], measures: ['Waiting'], document })
	},
	{
		chart: 'survival',
		fixture: 'groups',
		draw: (document) =>
			survivalChart(
				['Under 5', '5 to 10', '11 to 17 (including those referred by schools)'].flatMap((group, g) =>
					Array.from({ length: 53 }, (_, i) => ({ group, week: i * 2, stillWaiting: Math.max(0, Math.round(100 - i * (2.2 - g * 0.02))) }))
				),
				{ groups: ['Under 5', '5 to 10', '11 to 17 (including those referred by schools)'], document }
			)
	},
	{
		chart: 'survival',
		fixture: 'single-area',
		draw: (document) =>
			survivalChart(
				[
					{ group: 'All', week: 0, stillWaiting: 100 },
					{ group: 'All', week: 10, stillWaiting: 100 }
				],
				{ groups: ['All'], document }
			)
	}
];
