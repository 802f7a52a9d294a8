/**
 * Direction of travel for a headline measure: its change since the first year the data publish and since 2019 (the
 * year of the inspections), in words with the measure's polarity. "First" and "latest" come from the years in the
 * rows, never from code, so a newer release moves every sentence with it.
 */
import { capitalise, direction, polarityNote, type Direction, type Polarity, type ProseUnit } from '$lib/format/prose';

/** The year of the local area SEND inspections that led to the written statements of action: a fixed baseline, not "latest". */
const INSPECTION_YEAR = 2019;

export interface YearValue {
	year: number;
	value: number | null;
	symbol?: string | null;
}

export interface TravelOptions {
	unit: ProseUnit;
	polarity: Polarity;
	decimals?: number;
	/** How a year reads: "January 2019", "2018/19". */
	label?: (year: number) => string;
}

/**
 * `years`: every year the dataset publishes (for any area); `own`: the area's points. Returns one sentence, e.g.
 * "Since 2014 (the first published year), worse: down from 64.3% in 2014 to 48.3% in 2024; since 2019, worse: down
 * from 75.8% in 2019 to 48.3% in 2024 (higher is better)."
 */
export function travelSentence(years: number[], own: YearValue[], options: TravelOptions): string {
	const label = options.label ?? String;
	const sorted = [...new Set(years)].sort((a, b) => a - b);
	const polarity = `(${polarityNote(options.polarity)})`;
	if (sorted.length === 0) return 'No figures are published, so there is no direction of travel.';
	const first = sorted[0]!;
	const last = sorted.at(-1)!;
	if (sorted.length === 1) return `Only ${label(last)} is published, so there is no direction of travel yet.`;
	const at = (y: number) => {
		const p = own.find((x) => x.year === y);
		return { year: label(y), value: p?.value ?? null, symbol: p?.symbol ?? null };
	};
	const to = at(last);
	const change = (from: number) => direction(at(from), to, options.unit, options.polarity, { decimals: options.decimals }).text;
	const base = baseYear(sorted, own);
	const baseName =
		base === first ? `${label(first)} (the first published year)` : `${label(base)} (the first year published for this area; ${label(first)} is not)`;
	if (first >= INSPECTION_YEAR || base === INSPECTION_YEAR) {
		const since2019 = first > INSPECTION_YEAR ? ` There is no ${INSPECTION_YEAR} figure: the series starts in ${label(first)}.` : '';
		const name = base === INSPECTION_YEAR ? `${label(base)} (the inspections' year${base === first ? ' and the first published' : ''})` : baseName;
		return `Since ${name}, ${change(base)} ${polarity}.${since2019}`;
	}
	return `${capitalise(`since ${baseName}, ${change(base)}`)}; since ${label(INSPECTION_YEAR)}, ${change(INSPECTION_YEAR)} ${polarity}.`;
}

/** The year a change is measured from: the dataset's first year, or the area's own first published year when that one is suppressed or missing for it. */
function baseYear(sorted: number[], own: YearValue[]): number {
	const first = sorted[0]!;
	const last = sorted.at(-1)!;
	const ownFirst = own.filter((p) => p.value !== null && p.value !== undefined && p.year < last).sort((a, b) => a.year - b.year)[0]?.year;
	const firstValue = own.find((p) => p.year === first)?.value ?? null;
	return firstValue === null && ownFirst !== undefined ? ownFirst : first;
}

/**
 * The direction since the first year alone, for a table cell: the same base year as `travelSentence`, e.g.
 * { direction: 'worse', text: 'worse: down from 64.3% in 2014 to 48.3% in 2024', from: 2014, to: 2024 }. With one
 * published year there is no direction (`from` null).
 */
export function sinceFirst(
	years: number[],
	own: YearValue[],
	options: TravelOptions
): { direction: Direction; text: string; from: number | null; to: number | null } {
	const label = options.label ?? String;
	const sorted = [...new Set(years)].sort((a, b) => a - b);
	if (sorted.length === 0) return { direction: 'unknown', text: 'no figures are published', from: null, to: null };
	const last = sorted.at(-1)!;
	if (sorted.length === 1) return { direction: 'unknown', text: `only ${label(last)} is published`, from: null, to: last };
	const base = baseYear(sorted, own);
	const at = (y: number) => {
		const p = own.find((x) => x.year === y);
		return { year: label(y), value: p?.value ?? null, symbol: p?.symbol ?? null };
	};
	return { ...direction(at(base), at(last), options.unit, options.polarity, { decimals: options.decimals }), from: base, to: last };
}
