/**
 * Chart specs for exclusions from published data: rates by SEN provision with 95% intervals against England, region
 * (both computed from LA rows) and statistical neighbours, disproportionality ratios, and all-pupil trends.
 */
import type { ChartSpec } from '$lib/charts/spec';
import { intervalChart, type IntervalRow } from '$lib/charts/interval-chart';
import { trendChart } from '$lib/charts/trend-chart';
import type { Comparator } from '$lib/metrics/areas';
import { disproportionality, SEN_GROUPS, type ExclusionTrendPoint, type SenExclusionRow, type SenGroup } from '$lib/metrics/exclusions';
import { wilson, type Interval } from '$lib/stats/proportion';
import { poissonRateInterval, rateRatioInterval } from '$lib/stats/rate';
import type { Polarity } from '$lib/format/prose';
import { travelSentence } from '$lib/sections/kit/travel';
import { fixed, round } from './common';
import { roleLabel } from '$lib/sections/kit/areas';
import { figureCell } from '$lib/format/figure';

export interface ExclusionsInput {
	comparators: Comparator[];
	bySen: SenExclusionRow[];
	trend: ExclusionTrendPoint[];
}

type RateKey = 'susp_rate' | 'one_plus_susp_rate' | 'perm_excl_rate';
interface MeasureDef {
	key: RateKey;
	count: 'suspension' | 'one_plus_susp' | 'perm_excl';
	id: string;
	what: string;
	countLabel: string;
	/** Events (a pupil can have several): Poisson interval; pupils: Wilson. */
	events: boolean;
	/** Fewer suspensions and exclusions is better. */
	polarity: Polarity;
}

export const EXCLUSION_MEASURES: MeasureDef[] = [
	{ key: 'susp_rate', count: 'suspension', id: 'suspension-rate', what: 'Suspension rate', countLabel: 'Suspensions', events: true, polarity: 'lower_better' },
	{
		key: 'one_plus_susp_rate',
		count: 'one_plus_susp',
		id: 'one-plus-suspension-rate',
		what: 'Pupils with one or more suspensions',
		countLabel: 'Pupils suspended',
		events: false,
		polarity: 'lower_better'
	},
	{
		key: 'perm_excl_rate',
		count: 'perm_excl',
		id: 'permanent-exclusion-rate',
		what: 'Permanent exclusion rate',
		countLabel: 'Permanent exclusions',
		events: true,
		polarity: 'lower_better'
	}
];

const SEN_DATASETS = ['exclusions_sen', 'areas', 'statistical_neighbours'];
const COMPUTED_NOTE =
	'England and region figures by SEN provision are not in the source file: they are computed here as the sum of the LAs’ counts ÷ the sum of their headcounts × 100 (Isles of Scilly and City of London left out), so they may differ slightly from DfE’s published national and regional figures.';
const INTERVAL_NOTE =
	'95% confidence intervals: Byar’s approximation to the Poisson interval for suspensions and permanent exclusions (a pupil can have more than one), Wilson’s interval for pupils with one or more suspensions. An interval that does not cross England’s dashed line differs from England beyond chance.';

function areaLabel(c: Comparator, row: SenExclusionRow | undefined): string {
	return row?.computed ? `${c.area_name} (computed)` : c.area_name;
}

function interval(def: MeasureDef, row: SenExclusionRow): Interval | null {
	const n = row.headcount;
	const k = row[def.count];
	if (n === null || k === null || !(n > 0)) return null;
	return def.events ? poissonRateInterval(k, n) : wilson(k, n);
}

const find = (rows: SenExclusionRow[], code: string, group: SenGroup) => rows.find((r) => r.area_code === code && r.group === group);

function compareText(la: SenExclusionRow | undefined, eng: SenExclusionRow | undefined, def: MeasureDef): string {
	if (!la || !eng || la[def.key] === null || eng[def.key] === null) return '';
	const i = interval(def, la);
	if (!i) return '';
	const e = eng[def.key]! / 100;
	return e < i.lower ? 'higher than England beyond chance' : e > i.upper ? 'lower than England beyond chance' : 'not different from England beyond chance';
}

function senRateChart(input: ExclusionsInput, la: Comparator, def: MeasureDef): ChartSpec {
	const england = input.comparators.find((c) => c.role === 'england');
	const rows: IntervalRow[] = [];
	const table: ChartSpec['rows'] = [];
	for (const group of SEN_GROUPS) {
		for (const c of input.comparators) {
			const r = find(input.bySen, c.area_code, group);
			const i = r ? interval(def, r) : null;
			rows.push({
				panel: group,
				label: areaLabel(c, r),
				role: c.role,
				value: r?.[def.key] ?? null,
				lower: i ? i.lower * 100 : null,
				upper: i ? i.upper * 100 : null
			});
			table.push({
				area: c.area_name,
				role: roleLabel(c),
				group,
				pupils: figureCell({ value: r?.headcount }),
				count: figureCell({ value: r?.[def.count] }),
				rate: figureCell({ value: round(r?.[def.key], 2) }),
				lower: i ? round(i.lower * 100, 2) : null,
				upper: i ? round(i.upper * 100, 2) : null,
				basis: r ? (r.computed ? `computed from ${r.las} LAs` : 'published') : 'not in the file'
			});
		}
	}
	const period = input.bySen.find((r) => r.area_code === la.area_code)?.period ?? '2022/23';
	const laRows = SEN_GROUPS.map((g) => find(input.bySen, la.area_code, g));
	const engRows = SEN_GROUPS.map((g) => (england ? find(input.bySen, england.area_code, g) : undefined));
	const published = laRows.some((r) => r && r[def.key] !== null);
	const title = published
		? `${def.what} in ${la.area_name}, ${period}: ${fixed(laRows[0]?.[def.key])} per 100 pupils with an EHC plan, ${fixed(laRows[1]?.[def.key])} with SEN support and ${fixed(laRows[2]?.[def.key])} with no SEN`
		: `${def.what} by SEN provision is not published for ${la.area_name} (${period})`;
	const alt = `${def.what} per 100 pupils in ${period}, three panels (EHC plan, SEN support, no SEN), each with ${la.area_name}, its region, England and 10 statistical neighbours, with 95% intervals. ${SEN_GROUPS.map(
		(g, k) =>
			`${g}: ${la.area_name} ${fixed(laRows[k]?.[def.key])}, England (computed) ${fixed(engRows[k]?.[def.key])}${compareText(laRows[k], engRows[k], def) ? `, ${compareText(laRows[k], engRows[k], def)}` : ''}`
	).join('. ')}.`;
	return {
		id: def.id,
		title,
		subtitle: `${def.what} per 100 pupils in state-funded schools, by SEN provision, ${period}, with 95% confidence intervals; England and region computed from LA figures`,
		alt,
		datasets: SEN_DATASETS,
		period: `Academic year ${period}`,
		notes: [COMPUTED_NOTE, INTERVAL_NOTE],
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'role', label: 'Compared as' },
			{ key: 'group', label: 'SEN provision' },
			{ key: 'pupils', label: 'Pupils', unit: 'count' },
			{ key: 'count', label: def.countLabel, unit: 'count' },
			{ key: 'rate', label: `${def.what} per 100 pupils`, unit: 'rate_per_100' },
			{ key: 'lower', label: '95% CI lower', unit: 'rate_per_100' },
			{ key: 'upper', label: '95% CI upper', unit: 'rate_per_100' },
			{ key: 'basis', label: 'Figure' }
		],
		rows: table,
		render: (document) => intervalChart(rows, { xLabel: `${def.what} per 100 pupils`, document, ariaDescription: title, digits: 2 })
	};
}

/** SEN rate ÷ no-SEN rate for EHC plan and SEN support, with a 95% interval on the ratio. */
function disproportionalityChart(input: ExclusionsInput, la: Comparator, def: MeasureDef): ChartSpec {
	const rows: IntervalRow[] = [];
	const table: ChartSpec['rows'] = [];
	const period = input.bySen.find((r) => r.area_code === la.area_code)?.period ?? '2022/23';
	const groups: SenGroup[] = ['EHC plan', 'SEN support'];
	const ratioOf = (code: string, g: SenGroup) => {
		const a = find(input.bySen, code, g);
		const b = find(input.bySen, code, 'No SEN');
		const ratio = disproportionality(a?.[def.key] ?? null, b?.[def.key] ?? null);
		const ci =
			a && b && a.headcount && b.headcount && a[def.count] !== null && b[def.count] !== null
				? rateRatioInterval(a[def.count]!, a.headcount, b[def.count]!, b.headcount)
				: null;
		return { ratio, ci, computed: a?.computed ?? false, a };
	};
	for (const g of groups) {
		const panel = `${g} ÷ no SEN`;
		for (const c of input.comparators) {
			const { ratio, ci, a } = ratioOf(c.area_code, g);
			rows.push({ panel, label: areaLabel(c, a), role: c.role, value: ratio, lower: ci?.lower ?? null, upper: ci?.upper ?? null });
			table.push({
				area: c.area_name,
				role: roleLabel(c),
				comparison: panel,
				ratio: round(ratio, 2) ?? 'not available',
				lower: round(ci?.lower, 2),
				upper: round(ci?.upper, 2),
				basis: a ? (a.computed ? `computed from ${a.las} LAs` : 'published rates') : 'not in the file'
			});
		}
	}
	const ehcp = ratioOf(la.area_code, 'EHC plan').ratio;
	const support = ratioOf(la.area_code, 'SEN support').ratio;
	const eng = input.comparators.find((c) => c.role === 'england');
	const engEhcp = eng ? ratioOf(eng.area_code, 'EHC plan').ratio : null;
	const lower = def.what.charAt(0).toLowerCase() + def.what.slice(1);
	const title =
		ehcp === null && support === null
			? `Disproportionality in ${lower} cannot be calculated for ${la.area_name} (${period})`
			: `In ${la.area_name}, the ${lower} for pupils with an EHC plan is ${fixed(ehcp)} times, and for SEN support ${fixed(support)} times, that for pupils with no SEN (${period})`;
	return {
		id: `${def.id}-disproportionality`,
		title,
		subtitle: `Disproportionality ratio: ${lower} for pupils with an EHC plan or SEN support ÷ the rate for pupils with no SEN, ${period}, with 95% intervals (1 = no difference)`,
		alt: `Two panels of ratios with 95% intervals for ${la.area_name}, its region, England and 10 statistical neighbours. ${la.area_name}: EHC plan ${fixed(ehcp)}, SEN support ${fixed(support)}; England (computed) EHC plan ${fixed(engEhcp)}.`,
		datasets: SEN_DATASETS,
		period: `Academic year ${period}`,
		notes: [
			'Ratio = the group’s rate per 100 pupils ÷ the no-SEN rate per 100 pupils in the same area. Its 95% interval is exp(ln(ratio) ± 1.96·√(1/a + 1/b)) with a and b the two counts (treated as Poisson); not shown when a count is 0.',
			COMPUTED_NOTE
		],
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'role', label: 'Compared as' },
			{ key: 'comparison', label: 'Ratio' },
			{ key: 'ratio', label: 'Disproportionality ratio', unit: 'ratio' },
			{ key: 'lower', label: '95% CI lower', unit: 'ratio' },
			{ key: 'upper', label: '95% CI upper', unit: 'ratio' },
			{ key: 'basis', label: 'Figure' }
		],
		rows: table,
		render: (document) => intervalChart(rows, { xLabel: 'Ratio to no-SEN rate', ratio: true, document, ariaDescription: title, digits: 2 })
	};
}

/** All-pupil rate over every published year: LA, region and England (DfE's own figures). */
function allPupilTrendChart(input: ExclusionsInput, la: Comparator, def: MeasureDef): ChartSpec {
	const areas = ['selected', 'region', 'england'].flatMap((role) => input.comparators.filter((c) => c.role === role));
	const points = input.trend.filter((p) => p.measure === def.key);
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	const periodOf = (y: number) => points.find((p) => p.year === y)?.period ?? String(y);
	const own = (code: string) => points.filter((p) => p.area_code === code);
	const laPoints = own(la.area_code);
	const missing = years.filter((y) => !laPoints.some((p) => p.year === y && p.value !== null)).map(periodOf);
	const first = years[0] ?? 0;
	const last = years[years.length - 1] ?? 0;
	const at = (code: string, y: number) => own(code).find((p) => p.year === y);
	const eng = areas.find((a) => a.role === 'england');
	const lower = def.what.charAt(0).toLowerCase() + def.what.slice(1);
	const laLast = at(la.area_code, last)?.value ?? null;
	const travel = travelSentence(years, laPoints, { unit: 'number', decimals: 2, polarity: def.polarity, label: periodOf });
	const engLast = eng ? (at(eng.area_code, last)?.value ?? null) : null;
	const title =
		laLast === null
			? `${def.what} for all pupils is not published for ${la.area_name} in ${periodOf(last)}`
			: `${def.what} for all pupils in ${la.area_name}: ${fixed(laLast)} per 100 in ${periodOf(last)} (England ${fixed(engLast)}). ${travel}`;
	return {
		id: `${def.id}-trend`,
		title,
		subtitle: `${def.what} per 100 pupils, all pupils in state-funded schools, ${periodOf(first)} to ${periodOf(last)}; each year is labelled by the year the academic year ends (2023 = 2022/23)`,
		alt: `Line chart of the ${lower} per 100 pupils from ${periodOf(first)} to ${periodOf(last)}. ${areas
			.map(
				(a) =>
					`${a.area_name}: ${at(a.area_code, first)?.value == null ? `not published in ${periodOf(first)}` : `${fixed(at(a.area_code, first)?.value)} in ${periodOf(first)}`}, ${at(a.area_code, last)?.value == null ? `not published in ${periodOf(last)}` : `${fixed(at(a.area_code, last)?.value)} in ${periodOf(last)}`}`
			)
			.join('. ')}. ${travel}${missing.length ? ` Not published for ${la.area_name}: ${missing.join(', ')}.` : ''}`,
		datasets: ['exclusions_all_pupils'],
		period: `Academic years ${periodOf(first)} to ${periodOf(last)}`,
		notes: [
			...(missing.length ? [`Not published for ${la.area_name} in ${missing.join(', ')}: shown as gaps.`] : []),
			'Rates by SEN provision are not published as a time series in the data shipped here (2022/23 only, above).'
		],
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'period', label: 'Academic year' },
			{ key: 'rate', label: `${def.what} per 100 pupils`, unit: 'rate_per_100' }
		],
		rows: areas.flatMap((a) => own(a.area_code).map((p) => ({ area: a.area_name, period: p.period, rate: figureCell(p) }))),
		render: (document) =>
			trendChart(
				areas.map((a) => ({
					key: a.area_code,
					label: a.area_name,
					points: own(a.area_code).map((p) => ({ year: p.year, value: p.value === null ? null : round(p.value, 2) }))
				})),
				{ yLabel: 'per 100 pupils', document, ariaDescription: title }
			)
	};
}

export function exclusionsCharts(input: ExclusionsInput): { bySen: ChartSpec[]; ratios: ChartSpec[]; trends: ChartSpec[] } {
	const la = input.comparators.find((c) => c.role === 'selected');
	if (!la) return { bySen: [], ratios: [], trends: [] };
	const [susp, onePlus, perm] = EXCLUSION_MEASURES as [MeasureDef, MeasureDef, MeasureDef];
	return {
		bySen: EXCLUSION_MEASURES.map((d) => senRateChart(input, la, d)),
		ratios: [disproportionalityChart(input, la, susp), disproportionalityChart(input, la, perm)],
		trends: [allPupilTrendChart(input, la, susp), allPupilTrendChart(input, la, onePlus), allPupilTrendChart(input, la, perm)]
	};
}
