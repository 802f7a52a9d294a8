/**
 * Published autism-wait figures reshaped for charts: one row per sub-ICB location for a chosen measure and age, the
 * pooled figure across all sub-ICB locations (derived here, since the sub-ICB file has no England row), and the
 * months of a series with gaps made explicit. No SQL (see $lib/metrics/autism-waits) and no DOM.
 */
import type { Polarity } from '$lib/format/prose';
import type { SeriesCell, SnapshotAge, SnapshotCell, SnapshotMeasure, SubIcb } from '$lib/metrics/autism-waits';
import { printedSymbol, symbolOf } from '$lib/format/figure';

export type WaitMeasureId = 'no_contact' | 'after_13w' | 'open_13w';

export interface WaitMeasure {
	id: WaitMeasureId;
	/** Short name for controls, tables and chart labels. */
	label: string;
	/** What it measures, for subtitles. */
	definition: string;
	/** The published percentage; null when the % is derived here from rounded counts. */
	published: SnapshotMeasure | null;
	numerator: SnapshotMeasure;
	denominator: SnapshotMeasure;
	denominatorLabel: string;
	nhsIds: string;
	/** Which direction is good: every waiting measure is better lower. */
	polarity: Polarity;
}

export const WAIT_MEASURES: WaitMeasure[] = [
	{
		id: 'no_contact',
		label: 'No care contact yet',
		definition: 'Of patients whose suspected-autism referral has been open for at least 13 weeks, the % with no care contact recorded',
		published: 'asd_no_contact_13w_plus_pc',
		numerator: 'asd_no_contact_13w_plus',
		denominator: 'asd_open_13w_plus',
		denominatorLabel: 'Patients waiting 13 weeks or more',
		nhsIds: 'ASD19b / ASD19f / ASD19h',
		polarity: 'lower_better'
	},
	{
		id: 'after_13w',
		label: 'First appointment after 13 weeks',
		definition: 'Of patients whose suspected-autism referral has been open for at least 13 weeks, the % whose first appointment came after more than 13 weeks',
		published: 'asd_first_appt_after_13w_pc',
		numerator: 'asd_first_appt_after_13w',
		denominator: 'asd_open_13w_plus',
		denominatorLabel: 'Patients waiting 13 weeks or more',
		nhsIds: 'ASD19a / ASD19e / ASD19g',
		polarity: 'lower_better'
	},
	{
		id: 'open_13w',
		label: 'Open 13 weeks or more (derived)',
		definition:
			'Of patients with an open suspected-autism referral, the % whose referral has been open for at least 13 weeks — not published as a %: derived here as ASD16a ÷ ASD16 from counts rounded to the nearest 5',
		published: null,
		numerator: 'asd_open_13w_plus',
		denominator: 'asd_open_referrals',
		denominatorLabel: 'Patients with an open referral',
		nhsIds: 'ASD16a ÷ ASD16 (derived)',
		polarity: 'lower_better'
	}
];

export const measureById = (id: string | null | undefined): WaitMeasure => WAIT_MEASURES.find((m) => m.id === id) ?? WAIT_MEASURES[0]!;

export interface AreaFigure {
	code: string;
	name: string;
	/** The % (published, or derived to 1 dp); null when suppressed or not computable. */
	value: number | null;
	/** Why there is no value: the published symbol, or a reason when derived. */
	symbol: string | null;
	/** The denominator count (rounded to 5 by NHS England), or null when suppressed. */
	n: number | null;
	nSymbol: string | null;
}

const cellOf = (cells: SnapshotCell[], code: string, measure: SnapshotMeasure, age: SnapshotAge) =>
	cells.find((c) => c.area_code === code && c.measure === measure && c.breakdown === age);

const round1 = (v: number) => Math.round(v * 10) / 10;

/** One row per sub-ICB location for the measure and age, in the order of `areas`. */
export function areaFigures(cells: SnapshotCell[], areas: SubIcb[], measure: WaitMeasure, age: SnapshotAge): AreaFigure[] {
	return areas.map((a) => {
		const den = cellOf(cells, a.code, measure.denominator, age);
		const base = {
			code: a.code,
			name: a.name,
			n: den?.value ?? null,
			nSymbol: den?.value === null || den?.value === undefined ? printedSymbol(den?.symbol) : null
		};
		if (measure.published) {
			const pc = cellOf(cells, a.code, measure.published, age);
			return { ...base, value: pc?.value ?? null, symbol: pc?.value === null || pc?.value === undefined ? printedSymbol(pc?.symbol) : null };
		}
		const num = cellOf(cells, a.code, measure.numerator, age);
		if (num?.value == null || den?.value == null) return { ...base, value: null, symbol: printedSymbol(symbolOf(num?.symbol) ?? den?.symbol) };
		if (den.value === 0) return { ...base, value: null, symbol: 'no open referrals' };
		return { ...base, value: round1((num.value / den.value) * 100), symbol: null };
	});
}

/**
 * The % across all sub-ICB locations whose numerator and denominator are both published: sum of numerators over sum
 * of denominators (rounded counts). Not a published England figure, and labelled so wherever it is shown.
 */
export function pooledFigure(
	cells: SnapshotCell[],
	measure: WaitMeasure,
	age: SnapshotAge
): { value: number; proportion: number; areas: number; denominator: number } | null {
	const codes = [...new Set(cells.map((c) => c.area_code))];
	let num = 0;
	let den = 0;
	let areas = 0;
	for (const code of codes) {
		const a = cellOf(cells, code, measure.numerator, age)?.value;
		const b = cellOf(cells, code, measure.denominator, age)?.value;
		if (a == null || b == null) continue;
		num += a;
		den += b;
		areas++;
	}
	// value: % rounded for display; proportion: unrounded (0–1), for limits and comparisons.
	return den > 0 ? { value: round1((num / den) * 100), proportion: num / den, areas, denominator: den } : null;
}

/** Every month from `first` to `last` ('YYYY-MM'), so that a month with no row becomes an explicit gap. */
export function monthsBetween(first: string, last: string): string[] {
	const out: string[] = [];
	let y = Number(first.slice(0, 4));
	let m = Number(first.slice(5, 7));
	const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
	while (y * 12 + m <= end) {
		out.push(`${y}-${String(m).padStart(2, '0')}`);
		m++;
		if (m > 12) {
			m = 1;
			y++;
		}
	}
	return out;
}

/** One area's monthly points with every month present (null where nothing was published or it was suppressed). */
export function filledSeries(
	cells: SeriesCell[],
	code: string,
	band: string,
	months: string[]
): { period: string; value: number | null; symbol: string | null }[] {
	const own = new Map(cells.filter((c) => c.area_code === code && c.breakdown === band).map((c) => [c.period, c]));
	return months.map((period) => {
		const c = own.get(period);
		return { period, value: c?.value ?? null, symbol: c ? c.symbol : null };
	});
}
