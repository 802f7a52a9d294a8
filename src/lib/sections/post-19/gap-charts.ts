/**
 * Chart specs for the 19–25 gap and record quality from the local extract. Every figure is labelled with the extract's
 * label; counts of people come suppressed from gap-model / suppressCounts.
 */
import { groupedBarChart, type GroupedBarRow } from '$lib/charts/grouped-bar-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { formatNumber, formatValue } from '$lib/format/values';
import type { Post19Local } from '$lib/metrics/post19-local';
import { suppressCounts } from '$lib/privacy/suppression';
import { ANY_NEED, type GapModel, type GapRow } from './gap-model';

export interface GapChartInput {
	model: GapModel;
	local: Post19Local;
	ceasingPercent: number;
	/** manifest.local.label, e.g. "Northmoor (synthetic)". */
	label: string;
}

const METHOD =
	'Method: every plan active on the census date is aged forward a year at a time; each year it continues with probability 1 − (ceasing rate at its age × the assumption). Ceasing rate at an age = plans that ceased at that age in the 12 months before the census ÷ (those plans + plans held at that age on the census date). Plans end at 25; no new plans are added (few start after 18), so the projection is a floor if new post-18 plans continue.';
const PLACES_NOTE =
	'Places = commissioned places whose age range reaches 19 or over. Places for 16–25-year-olds are shared with 16–18-year-olds, so this overstates what is open to 19–25-year-olds. Years after the latest commissioned year carry its places forward.';

/** The gap sets plans against commissioned places. */
const GAP_DATASETS = ['local_ehc_plans', 'local_post16_places'];
const shown = (r: GapRow) => (r.projected === null ? (r.symbol ?? '') : r.projected);
const signed = (n: number) =>
	n > 0
		? `${formatNumber(n, 'count')} more young people than places`
		: n < 0
			? `${formatNumber(-n, 'count')} more places than young people`
			: 'as many places as young people';

function gapTable(rows: GapRow[], groupLabel: string): Pick<ChartSpec, 'columns' | 'rows'> {
	return {
		columns: [
			{ key: 'group', label: groupLabel },
			{ key: 'year', label: 'January' },
			{ key: 'projected', label: 'Projected 19–25-year-olds with plans', unit: 'count' },
			{ key: 'places', label: 'Places open to 19–25-year-olds', unit: 'count' },
			{ key: 'gap', label: 'Gap (young people − places)', unit: 'count' },
			{ key: 'placesYear', label: 'Places from academic year' }
		],
		rows: rows.map((r) => ({
			group: r.group,
			year: r.year,
			projected: shown(r),
			places: r.places,
			gap: r.gap ?? r.symbol ?? '',
			placesYear: `${r.placesYear}${r.placesCarriedForward ? ' (carried forward)' : ''}`
		}))
	};
}

export function projectedGapChart(input: GapChartInput): ChartSpec {
	const rows = input.model.total.filter((r) => r.group === 'All');
	const first = rows[0];
	const last = rows.at(-1);
	const title =
		first && last
			? `${input.label}: ${formatValue(first.projected, first.symbol, 'count')} young people aged 19–25 are projected to hold EHC plans in January ${first.year}, against ${formatNumber(first.places, 'count')} places open to them; by January ${last.year}: ${last.gap === null ? 'gap suppressed' : signed(last.gap)}`
			: `${input.label}: no plans to project`;
	const bars: GroupedBarRow[] = rows.flatMap((r) => [
		{ category: `January ${r.year}`, series: 'Projected young people', value: r.projected, missing: r.symbol },
		{ category: `January ${r.year}`, series: 'Places', value: r.places }
	]);
	return {
		id: 'projected-gap',
		title,
		subtitle: `Projected number of young people aged 19–25 with EHC plans in each of the next ${rows.length} years, against commissioned places open to 19–25-year-olds; ceasing rates at ${input.ceasingPercent}% of those observed`,
		alt: `Bar chart, ${input.label}. ${rows.map((r) => `January ${r.year}: ${formatValue(r.projected, r.symbol, 'count')} projected, ${formatNumber(r.places, 'count')} places`).join('; ')}.`,
		datasets: GAP_DATASETS,
		period: `Census ${input.local.referenceDate}; projected January ${first?.year ?? ''}–${last?.year ?? ''}`,
		notes: [METHOD, PLACES_NOTE],
		...gapTable(
			rows.map((r) => ({ ...r, group: input.label })),
			'Area'
		),
		render: (document) => groupedBarChart(bars, { xLabel: 'Young people or places', document, ariaDescription: title })
	};
}

function gapByChart(input: GapChartInput, id: string, rows: GapRow[], what: string): ChartSpec {
	const parts = rows.filter((r) => r.group !== 'Total');
	const years = [...new Set(parts.map((r) => r.year))];
	const last = years.at(-1)!;
	const worst = parts.filter((r) => r.year === last && r.gap !== null && r.group !== ANY_NEED).sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0))[0];
	const title = worst
		? `${input.label}: the largest gap in January ${last} is ${what === 'quadrant' ? 'in' : 'for'} ${worst.group} — ${signed(worst.gap ?? 0)}`
		: `${input.label}: gap by ${what} not available`;
	const bars: GroupedBarRow[] = parts.map((r) => ({ category: r.group, series: `January ${r.year}`, value: r.gap, missing: r.symbol }));
	return {
		id,
		title,
		subtitle: `Projected 19–25-year-olds with EHC plans minus commissioned places open to them, by ${what}, each of the next ${years.length} years (positive: more young people than places); ceasing rates at ${input.ceasingPercent}% of those observed`,
		alt: `Bar chart of the gap by ${what}, ${input.label}. ${parts
			.filter((r) => r.year === last)
			.map((r) => `${r.group}: ${r.gap === null ? (r.symbol ?? '') : formatNumber(r.gap, 'count')}`)
			.join('; ')} in January ${last}.`,
		datasets: GAP_DATASETS,
		period: `Projected January ${years[0]}–${last}`,
		notes: [
			METHOD,
			PLACES_NOTE,
			...(what === 'primary need'
				? [
						`Places focused on one need count against that need; "${ANY_NEED}" are places open to every need, shown as a negative gap so the rows add up to the total gap.`
					]
				: []),
			'c = suppressed: a count of 1–4 young people, or hidden so that one cannot be worked out; its gap is hidden too.'
		],
		...gapTable(rows, what === 'quadrant' ? 'Quadrant' : 'Primary need'),
		render: (document) => groupedBarChart(bars, { xLabel: 'Young people − places', series: years.map((y) => `January ${y}`), document, ariaDescription: title })
	};
}

export const gapByQuadrantChart = (input: GapChartInput) => gapByChart(input, 'gap-by-quadrant', input.model.byQuadrant, 'quadrant');
export const gapByNeedChart = (input: GapChartInput) => gapByChart(input, 'gap-by-need', input.model.byNeed, 'primary need');

/** The ceasing rates the projection uses, by age: observed and as assumed. */
export function ceasingRatesChart(input: GapChartInput): ChartSpec {
	const obs = input.local.ceasing;
	const ceased = new Map(suppressCounts(obs.map((o) => ({ dims: { age: String(o.age) }, count: o.ceased }))).map((s) => [s.dims.age, s]));
	const held = new Map(suppressCounts(obs.map((o) => ({ dims: { age: String(o.age) }, count: o.active }))).map((s) => [s.dims.age, s]));
	const rate = (o: (typeof obs)[number]) => {
		const c = ceased.get(String(o.age));
		const h = held.get(String(o.age));
		if (!c || !h || c.shown === null || h.shown === null || o.ceased + o.active === 0) return null;
		return Math.round((o.ceased / (o.ceased + o.active)) * 1000) / 10;
	};
	const assumed = (o: (typeof obs)[number]) => {
		const r = rate(o);
		return r === null ? null : Math.min(100, Math.round(r * input.ceasingPercent) / 100);
	};
	const series = input.ceasingPercent === 100 ? ['Observed'] : ['Observed', `Assumed (${input.ceasingPercent}% of observed)`];
	const bars: GroupedBarRow[] = obs.flatMap((o) => [
		{ category: `Age ${o.age}`, series: 'Observed', value: rate(o), missing: o.ceased + o.active === 0 ? 'no plans' : 'c' },
		...(series.length > 1 ? [{ category: `Age ${o.age}`, series: series[1]!, value: assumed(o), missing: o.ceased + o.active === 0 ? 'no plans' : 'c' }] : [])
	]);
	const top = [...obs].filter((o) => o.age <= 24 && rate(o) !== null).sort((a, b) => (rate(b) ?? 0) - (rate(a) ?? 0))[0];
	const title = `${input.label}: plans cease fastest at age ${top?.age ?? '–'} (${formatValue(top ? rate(top) : null, 'c', 'percent')} a year, observed)${input.ceasingPercent === 100 ? '' : `; the projection assumes ${input.ceasingPercent}% of the observed rates`}`;
	return {
		id: 'ceasing-rates',
		title,
		subtitle: `Share of EHC plans held at each age that ceased within a year, observed in the 12 months before the census${series.length > 1 ? ', and as assumed in the projection' : ''}`,
		alt: `Bar chart of ceasing rates by age, ${input.label}. ${obs.map((o) => `age ${o.age}: ${formatValue(rate(o), 'c', 'percent')}`).join('; ')}.`,
		datasets: ['local_ehc_plans'],
		period: `12 months to ${input.local.referenceDate}`,
		notes: [METHOD, 'c = suppressed (1–4 plans, or hidden to protect another cell); a rate from a suppressed count is not shown.'],
		columns: [
			{ key: 'age', label: 'Age' },
			{ key: 'ceased', label: 'Plans ceased at this age (12 months)', unit: 'count' },
			{ key: 'held', label: 'Plans held at this age (census)', unit: 'count' },
			{ key: 'observed', label: 'Observed ceasing rate (%)', unit: 'percent' },
			{ key: 'assumed', label: 'Assumed ceasing rate (%)', unit: 'percent' }
		],
		rows: obs.map((o) => ({
			age: o.age,
			ceased: ceased.get(String(o.age))?.shown ?? 'c',
			held: held.get(String(o.age))?.shown ?? 'c',
			observed: rate(o),
			assumed: assumed(o)
		})),
		render: (document) => groupedBarChart(bars, { xLabel: '% of plans ceasing a year', percent: true, series, document, ariaDescription: title })
	};
}
