/**
 * A trend chart spec for one measure of an LA over time against its region, England and its statistical neighbours'
 * median (rows from `$lib/metrics/compared-series`): the lines drawn, the table of exactly those points, and a title,
 * alt text and notes whose sentences come from `$lib/format/prose` (latest value against England, direction of travel
 * with the measure's polarity). A region or England that is a median of LAs, not a published figure, says so in its label.
 */
import type { ChartSpec } from '$lib/charts/spec';
import { trendChart, type TrendSeries } from '$lib/charts/trend-chart';
import type { Unit } from '$lib/format/values';
import { compareTo, valueText, type Polarity, type ProseUnit } from '$lib/format/prose';
import type { Comparator } from '$lib/metrics/areas';
import type { SeriesPoint, SeriesRole } from '$lib/metrics/compared-series';
import { travelSentence } from './travel';
import { figureCell } from '$lib/format/figure';

export interface ComparedTrendOptions {
	id: string;
	/** What is measured, e.g. "Overall absence of pupils with an EHC plan". */
	what: string;
	/** Subtitle after the comparators: units and scope, e.g. "% of sessions missed, autumn and spring terms". */
	subtitle: string;
	breakdown: string;
	unit: ProseUnit;
	decimals: number;
	polarity: Polarity;
	/** Words on what the polarity means for this measure, e.g. "a more negative balance is a larger deficit, which is worse". */
	polarityWords: string;
	yLabel: string;
	/** "Financial year" / "Academic year": how a period is introduced in the chart's period line. */
	periodKind: string;
	/** Manifest ids of the datasets the series are read from. */
	datasets: readonly string[];
	extraNotes?: string[];
	/** Start the y axis at zero (false for balances and scores that go below zero). */
	zero?: boolean;
}

const TABLE_UNIT: Record<ProseUnit, Unit> = { percent: 'percent', count: 'count', number: 'ratio', months: 'ratio', weeks: 'ratio', gbp: 'ratio' };

/** The line's label: the area's name, or what the median is of. */
function seriesLabel(role: SeriesRole, comps: readonly Comparator[], point: SeriesPoint | undefined): string {
	const name = (r: string) => comps.find((c) => c.role === r)?.area_name ?? r;
	if (role === 'neighbours') return `Median of ${comps.filter((c) => c.role === 'neighbour').length} statistical neighbours`;
	if (role === 'selected') return name('selected');
	const area = name(role);
	if (point?.basis !== 'median') return area;
	return role === 'region' ? `${area} (median of the region’s LAs)` : 'England (median of all LAs)';
}

const ROLES: SeriesRole[] = ['selected', 'region', 'england', 'neighbours'];

export function comparedTrendSpec(points: readonly SeriesPoint[], comps: readonly Comparator[], o: ComparedTrendOptions): ChartSpec {
	const own = points.filter((p) => p.breakdown === o.breakdown);
	const years = [...new Set(own.map((p) => p.year))].sort((a, b) => a - b);
	const periodOf = new Map(own.map((p) => [p.year, p.period]));
	const label = (year: number) => periodOf.get(year) ?? String(year);
	const roles = ROLES.filter((r) => own.some((p) => p.series === r));
	const labelOf = (r: SeriesRole) => seriesLabel(r, comps, own.find((p) => p.series === r && p.basis === 'median') ?? own.find((p) => p.series === r));
	const series: TrendSeries[] = roles.map((r) => ({
		key: r,
		label: labelOf(r),
		points: years.map((year) => ({ year, value: own.find((p) => p.series === r && p.year === year)?.value ?? null }))
	}));
	const la = comps.find((c) => c.role === 'selected')!;
	const first = years[0];
	const last = years.at(-1);
	const at = (r: SeriesRole, y: number | undefined) => own.find((p) => p.series === r && p.year === y);
	const laLast = at('selected', last);
	const engLast = at('england', last);
	const span = first === undefined || last === undefined ? 'no years published' : first === last ? label(first) : `${label(first)} to ${label(last)}`;
	const latest =
		last === undefined
			? `No figures are published for ${la.area_name}.`
			: `${la.area_name}, ${label(last)}: ${valueText(laLast?.value, laLast?.symbol, o.unit, { decimals: o.decimals })}${
					laLast?.value === null || laLast?.value === undefined
						? ''
						: `, ${compareTo(laLast.value, engLast?.value, labelOf('england'), o.unit, { decimals: o.decimals }, engLast?.symbol).text}`
				}.`;
	const travel = travelSentence(
		years,
		own.filter((p) => p.series === 'selected').map((p) => ({ year: p.year, value: p.value, symbol: p.symbol })),
		{ unit: o.unit, polarity: o.polarity, decimals: o.decimals, label }
	);
	const medianNote = roles.some((r) => own.some((p) => p.series === r && p.basis === 'median'))
		? [`A median counts only the LAs with a figure that year (the table says how many); it is computed here, not published.`]
		: [];
	const rows: ChartSpec['rows'] = roles.flatMap((r) =>
		years.map((year) => {
			const p = at(r, year);
			return {
				series: labelOf(r),
				period: label(year),
				value: figureCell(p),
				basis: p ? (p.basis === 'median' ? `median of ${p.las} LAs` : 'published') : 'not in the file'
			};
		})
	);
	const title = `${o.what}: ${la.area_name}, ${span}`;
	return {
		id: o.id,
		title,
		subtitle: `${la.area_name} against ${
			roles
				.filter((r) => r !== 'selected')
				.map(labelOf)
				.join(', ') || 'no comparators'
		}. ${o.subtitle}`,
		alt: `Line chart of ${o.what.toLowerCase()} over ${span}. ${latest} ${travel}`,
		datasets: o.datasets,
		period: `${o.periodKind} ${span}`,
		notes: [`Polarity: ${o.polarityWords}.`, travel, ...medianNote, ...(o.extraNotes ?? [])],
		columns: [
			{ key: 'series', label: 'Area' },
			{ key: 'period', label: 'Period' },
			{ key: 'value', label: o.yLabel, unit: TABLE_UNIT[o.unit] },
			{ key: 'basis', label: 'Figure' }
		],
		rows,
		render: (document) => trendChart(series, { yLabel: o.yLabel, percent: o.unit === 'percent', zero: o.zero ?? true, document, ariaDescription: title })
	};
}
