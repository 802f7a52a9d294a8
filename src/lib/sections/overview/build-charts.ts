/**
 * Turns the overview's query results into chart specs: headline titles that state the finding, alt text, and tables
 * of exactly what is drawn. No SQL here (see $lib/metrics) and no DOM (charts render from the specs).
 */
import { comparisonChart, type ComparisonRow } from '$lib/charts/comparison-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { trendChart, type TrendSeries } from '$lib/charts/trend-chart';
import { formatNumber, formatSignedPercent, formatValue, percentChange } from '$lib/format/values';
import type { Comparator } from '$lib/metrics/areas';
import type { HeadlineSeries, SeriesPoint } from '$lib/metrics/headline';
import { polarityNote, type Polarity } from '$lib/format/prose';
import { rankAmong, rankWords } from '$lib/sections/kit/rank';
import { travelSentence } from '$lib/sections/kit/travel';
import { roleLabel, trendAreas } from '$lib/sections/kit/areas';
import { figureCell } from '$lib/format/figure';

/** Which direction is good for each headline measure, declared once: more plans is need identified or need rising. */
export const HEADLINE_POLARITY: Record<'activePlans' | 'pupilsWithPlan' | 'within20Weeks', Polarity> = {
	activePlans: 'neutral',
	pupilsWithPlan: 'neutral',
	within20Weeks: 'higher_better'
};

export interface OverviewInput {
	comparators: Comparator[];
	series: HeadlineSeries;
}

/** 'Growth in …' → 'growth in …', leaving acronyms such as 'EHC' alone. */
const lowerFirst = (s: string) => (/^[A-Z][A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

const byArea = (points: SeriesPoint[], code: string) => points.filter((p) => p.area_code === code);
const pointAt = (points: SeriesPoint[], code: string, year: number) => points.find((p) => p.area_code === code && p.year === year);
const latestYear = (points: SeriesPoint[]) => Math.max(...points.map((p) => p.year));

function firstSentence(la: Comparator, what: string) {
	return `${what} for ${la.area_name}`;
}

function indexSeries(points: SeriesPoint[], areas: Comparator[], baseYear: number) {
	return areas.map((a) => {
		const own = byArea(points, a.area_code);
		const base = own.find((p) => p.year === baseYear)?.value ?? null;
		return {
			area: a,
			points: own.map((p) => ({ ...p, index: base && p.value !== null ? (p.value / base) * 100 : null }))
		};
	});
}

function activePlansChart(input: OverviewInput, la: Comparator): ChartSpec {
	const areas = trendAreas(input.comparators);
	const points = input.series.activePlans;
	const first = Math.min(...points.map((p) => p.year));
	const last = latestYear(points);
	const indexed = indexSeries(points, areas, first);
	const growth = (code: string) => percentChange(pointAt(points, code, first)?.value, pointAt(points, code, last)?.value);
	const england = areas.find((a) => a.role === 'england');
	const series: TrendSeries[] = indexed.map(({ area, points: ps }) => ({
		key: area.area_code,
		label: area.area_name,
		points: ps.map((p) => ({ year: p.year, value: p.index === null ? null : Math.round(p.index * 10) / 10 }))
	}));
	const own = byArea(points, la.area_code);
	const title = activePlansTitle(la, own, first, last);
	const travel = travelSentence(
		points.map((p) => p.year),
		own,
		{ unit: 'count', polarity: HEADLINE_POLARITY.activePlans, label: (y) => `January ${y}` }
	);
	return {
		id: 'active-plans',
		title,
		subtitle: `Active EHC plans at each January census, indexed so that January ${first} = 100, ${la.area_name} against its region and England`,
		alt: `Line chart of active EHC plans indexed to ${first}. ${la.area_name}: ${travel}${england && growth(england.area_code) !== null ? ` England: ${formatSignedPercent(growth(england.area_code))} over the same years.` : ''}`,
		datasets: ['ehcp_caseload'],
		period: `January ${first} to January ${last} (SEN2 census)`,
		notes: [],
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'year', label: 'January' },
			{ key: 'plans', label: 'Active EHC plans', unit: 'count' },
			{ key: 'index', label: `Index (${first} = 100)`, unit: 'index' }
		],
		rows: indexed.flatMap(({ area, points: ps }) =>
			ps.map((p) => ({ area: area.area_name, year: p.year, plans: figureCell(p), index: p.index === null ? null : Math.round(p.index * 10) / 10 }))
		),
		render: (document) => trendChart(series, { yLabel: `Index (${first} = 100)`, zero: false, document, ariaDescription: title })
	};
}

/** "Active EHC plans in Essex grew by 58.2% between January 2019 and January 2025 (from 9,000 to 14,240)". */
function activePlansTitle(la: Comparator, own: SeriesPoint[], first: number, last: number): string {
	const end = own.find((p) => p.year === last);
	if (end?.value == null) return `Active EHC plans in ${la.area_name} are not published for January ${last}`;
	const start = own.filter((p) => p.value !== null && p.year < last).sort((a, b) => a.year - b.year)[0];
	if (!start)
		return `Active EHC plans in ${la.area_name}: ${formatValue(end.value, null, 'count')} in January ${last}, the only January published for ${la.area_name}, so no change can be given`;
	const change = percentChange(start.value, end.value);
	const since =
		start.year === first ? `January ${start.year}` : `January ${start.year} (the first January published for ${la.area_name}; January ${first} is not)`;
	const moved =
		change === null || Math.round(change * 10) === 0
			? 'were unchanged'
			: `${change > 0 ? 'grew' : 'fell'} by ${formatSignedPercent(Math.abs(change)).replace('+', '')}`;
	return `Active EHC plans in ${la.area_name} ${moved} between ${since} and January ${last} (from ${formatValue(start.value, null, 'count')} to ${formatValue(end.value, null, 'count')}; ${polarityNote(HEADLINE_POLARITY.activePlans)})`;
}

function percentTrendChart(
	input: OverviewInput,
	la: Comparator,
	config: {
		id: string;
		points: SeriesPoint[];
		datasetId: string;
		what: string;
		subtitle: string;
		periodLabel: (first: number, last: number) => string;
		yearLabel: string;
		polarity: Polarity;
		yearText?: (y: number) => string;
	}
): ChartSpec {
	const areas = trendAreas(input.comparators);
	const points = config.points;
	const first = Math.min(...points.map((p) => p.year));
	const last = latestYear(points);
	const laLast = pointAt(points, la.area_code, last);
	const england = areas.find((a) => a.role === 'england');
	const engLast = england ? pointAt(points, england.area_code, last) : undefined;
	const series: TrendSeries[] = areas.map((a) => ({
		key: a.area_code,
		label: a.area_name,
		points: byArea(points, a.area_code).map((p) => ({ year: p.year, value: p.value }))
	}));
	const travel = travelSentence(
		points.map((p) => p.year),
		byArea(points, la.area_code),
		{ unit: 'percent', polarity: config.polarity, label: config.yearText }
	);
	const lastText = (config.yearText ?? String)(last);
	const latest =
		laLast?.value == null
			? `not published for ${la.area_name} in ${lastText}`
			: `${formatValue(laLast.value, null, 'percent')} in ${la.area_name} in ${lastText}`;
	const englandText = engLast?.value == null ? `England's figure is not published` : `England ${formatValue(engLast.value, null, 'percent')}`;
	const title = `${config.what}: ${latest} (${englandText}). ${travel}`;
	return {
		id: config.id,
		title,
		subtitle: config.subtitle,
		alt: `Line chart, ${first} to ${last}. ${travel} ${areas
			.map(
				(a) =>
					`${a.area_name}: ${formatValue(pointAt(points, a.area_code, first)?.value, pointAt(points, a.area_code, first)?.symbol, 'percent')} in ${first}, ${formatValue(pointAt(points, a.area_code, last)?.value, pointAt(points, a.area_code, last)?.symbol, 'percent')} in ${last}`
			)
			.join('. ')}.`,
		datasets: [config.datasetId],
		period: config.periodLabel(first, last),
		notes: [],
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'year', label: config.yearLabel },
			{ key: 'value', label: config.what, unit: 'percent' }
		],
		rows: areas.flatMap((a) => byArea(points, a.area_code).map((p) => ({ area: a.area_name, year: p.year, value: figureCell(p) }))),
		render: (document) => trendChart(series, { yLabel: '%', percent: true, document, ariaDescription: title })
	};
}

function pupilsWithPlanChart(input: OverviewInput, la: Comparator): ChartSpec {
	return percentTrendChart(input, la, {
		id: 'pupils-with-plan',
		points: input.series.pupilsWithPlan,
		datasetId: 'pupils_sen',
		what: 'Pupils with an EHC plan',
		subtitle: `Percentage of all pupils in schools in the area who have an EHC plan, January school census, ${firstSentence(la, 'compared with its region and England')}`,
		periodLabel: (a, b) => `January ${a} to January ${b} (school census)`,
		yearLabel: 'January',
		yearText: (y) => `January ${y}`,
		polarity: HEADLINE_POLARITY.pupilsWithPlan
	});
}

function within20WeeksChart(input: OverviewInput, la: Comparator): ChartSpec {
	return percentTrendChart(input, la, {
		id: 'within-20-weeks',
		points: input.series.within20Weeks,
		datasetId: 'ehcp_timeliness',
		what: 'New EHC plans issued within 20 weeks',
		subtitle: `Percentage of new EHC plans issued within the statutory 20 weeks (including exception cases), by calendar year, ${firstSentence(la, 'compared with its region and England')}`,
		periodLabel: (a, b) => `Calendar years ${a} to ${b}`,
		yearLabel: 'Year',
		polarity: HEADLINE_POLARITY.within20Weeks
	});
}

export interface NeighbourRow {
	area_code: string;
	area: string;
	role: Comparator['role'];
	rank: number | null;
	plans: number | null;
	plansSymbol: string | null;
	growth: number | null;
	pupilsPc: number | null;
	pupilsSymbol: string | null;
	within20: number | null;
	within20Symbol: string | null;
}

/** One row per comparator with the latest figures, for the neighbour charts and table. */
export function neighbourRows(input: OverviewInput): { rows: NeighbourRow[]; years: { plans: number; plansFrom: number; pupils: number; within20: number } } {
	const s = input.series;
	const years = {
		plans: latestYear(s.activePlans),
		plansFrom: Math.min(...s.activePlans.map((p) => p.year)),
		pupils: latestYear(s.pupilsWithPlan),
		within20: latestYear(s.within20Weeks)
	};
	const rows = input.comparators.map((c) => {
		const plans = pointAt(s.activePlans, c.area_code, years.plans);
		const pupils = pointAt(s.pupilsWithPlan, c.area_code, years.pupils);
		const within = pointAt(s.within20Weeks, c.area_code, years.within20);
		return {
			area_code: c.area_code,
			area: c.area_name,
			role: c.role,
			rank: c.rank,
			plans: plans?.value ?? null,
			plansSymbol: plans?.symbol ?? null,
			growth: percentChange(pointAt(s.activePlans, c.area_code, years.plansFrom)?.value, plans?.value),
			pupilsPc: pupils?.value ?? null,
			pupilsSymbol: pupils?.symbol ?? null,
			within20: within?.value ?? null,
			within20Symbol: within?.symbol ?? null
		};
	});
	return { rows, years };
}

function neighbourChart(
	input: OverviewInput,
	la: Comparator,
	config: {
		id: string;
		what: string;
		pick: (r: NeighbourRow) => number | null;
		symbol: (r: NeighbourRow) => string | null;
		year: string;
		datasetId: string;
		subtitle: string;
		rounded?: boolean;
		polarity: Polarity;
	}
): ChartSpec {
	const { rows } = neighbourRows(input);
	const value = (r: NeighbourRow) => {
		const v = config.pick(r);
		return v === null ? null : config.rounded ? Math.round(v * 10) / 10 : v;
	};
	const comparison: ComparisonRow[] = rows.map((r) => ({ label: r.area, value: value(r), role: r.role }));
	const ranked = rows.filter((r) => (r.role === 'selected' || r.role === 'neighbour') && value(r) !== null).sort((a, b) => (value(b) ?? 0) - (value(a) ?? 0));
	const laValue = value(rows.find((r) => r.role === 'selected') ?? rows[0]!);
	const unpublished = rows.filter((r) => r.role === 'neighbour' && value(r) === null).map((r) => r.area);
	const missingNote = unpublished.length
		? ` Not published for ${unpublished.join(', ')}, so ${unpublished.length === 1 ? 'it is' : 'they are'} not ranked.`
		: '';
	const title =
		laValue === null
			? `${config.what}: not published for ${la.area_name} (${config.year}), so it cannot be ranked among its statistical neighbours`
			: `${la.area_name} ${rankWords(
					rankAmong(
						laValue,
						ranked.map((r) => value(r)!)
					),
					config.polarity,
					lowerFirst(config.what),
					`${formatNumber(laValue, 'percent')}, ${config.year}`
				)}`;
	return {
		id: config.id,
		title,
		subtitle: config.subtitle,
		alt: `Dot chart ranking ${la.area_name} and its 10 statistical neighbours by ${lowerFirst(config.what)} in ${config.year}, highest first, with England and region as reference lines. ${ranked
			.map((r) => `${r.area} ${formatNumber(value(r) ?? 0, 'percent')}`)
			.join('; ')}.${missingNote}`,
		datasets: [config.datasetId, 'statistical_neighbours'],
		period: config.year,
		notes: [],
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'role', label: 'Compared as' },
			{ key: 'value', label: config.what, unit: 'percent' }
		],
		rows: rows.map((r) => ({
			area: r.area,
			role: roleLabel(r),
			value: figureCell({ value: value(r), symbol: config.symbol(r) })
		})),
		render: (document) => comparisonChart(comparison, { xLabel: `${config.what} (%)`, percent: true, document, ariaDescription: title })
	};
}

function neighbourCharts(input: OverviewInput, la: Comparator): ChartSpec[] {
	const { years } = neighbourRows(input);
	return [
		neighbourChart(input, la, {
			id: 'neighbours-growth',
			what: 'Growth in active EHC plans',
			pick: (r) => r.growth,
			symbol: (r) => r.plansSymbol,
			year: `January ${years.plansFrom} to January ${years.plans}`,
			datasetId: 'ehcp_caseload',
			subtitle: `Percentage change in active EHC plans between the January ${years.plansFrom} and January ${years.plans} censuses`,
			rounded: true,
			polarity: HEADLINE_POLARITY.activePlans
		}),
		neighbourChart(input, la, {
			id: 'neighbours-pupils-with-plan',
			what: 'Pupils with an EHC plan',
			pick: (r) => r.pupilsPc,
			symbol: (r) => r.pupilsSymbol,
			year: `January ${years.pupils}`,
			datasetId: 'pupils_sen',
			subtitle: `Percentage of pupils in schools in the area with an EHC plan, January ${years.pupils} school census`,
			polarity: HEADLINE_POLARITY.pupilsWithPlan
		}),
		neighbourChart(input, la, {
			id: 'neighbours-within-20-weeks',
			what: 'New EHC plans issued within 20 weeks',
			pick: (r) => r.within20,
			symbol: (r) => r.within20Symbol,
			year: String(years.within20),
			datasetId: 'ehcp_timeliness',
			subtitle: `Percentage of new EHC plans issued within 20 weeks (including exception cases) in ${years.within20}`,
			polarity: HEADLINE_POLARITY.within20Weeks
		})
	];
}

export function overviewCharts(input: OverviewInput): ChartSpec[] {
	const la = input.comparators.find((c) => c.role === 'selected');
	if (!la) return [];
	return [activePlansChart(input, la), pupilsWithPlanChart(input, la), within20WeeksChart(input, la), ...neighbourCharts(input, la)];
}
