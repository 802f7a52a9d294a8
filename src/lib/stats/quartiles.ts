/**
 * Quartile bands A–D as DfE's Local Authority Interactive Tool (LAIT) gives them: the cut points are R's default
 * quantiles (type 7) of the latest values of the local authorities only (never regions or England), missing values
 * left out. A value on a cut point belongs to the band below it ([min, Q1] is the first band, (Q1, median] the second,
 * …). A is the best quarter: the lowest values where lower is better, the highest where higher is better. A measure
 * with no polarity gets no band (LAIT: "Not applicable"), and a missing value gets none.
 */
export type QuartileBand = 'A' | 'B' | 'C' | 'D';
export type BandPolarity = 'higher-better' | 'lower-better' | 'none';

export interface QuartileCuts {
	min: number;
	q1: number;
	median: number;
	q3: number;
	max: number;
	/** How many LAs had a value (the cut points are over these). */
	n: number;
}

/** R's `quantile(x, p)` with its default type 7: linear between order statistics at (n − 1)p. */
function quantile7(sorted: readonly number[], p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, sorted.length - 1);
	return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The cut points over the LAs' values (null, NaN and suppressed left out); null when no LA has a value. */
export function quartileCuts(values: readonly (number | null | undefined)[]): QuartileCuts | null {
	const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
	if (known.length === 0) return null;
	return { min: known[0]!, q1: quantile7(known, 0.25), median: quantile7(known, 0.5), q3: quantile7(known, 0.75), max: known.at(-1)!, n: known.length };
}

/** Position from the lowest values: 0 for [min, Q1], 1 for (Q1, median], 2 for (median, Q3], 3 for (Q3, max]. */
function quarterFromLow(value: number, cuts: QuartileCuts): 0 | 1 | 2 | 3 {
	if (value < cuts.min || value > cuts.max)
		throw new Error(`${value} lies outside the LAs' range ${cuts.min}–${cuts.max}: the cut points are not from the values banded`);
	if (value <= cuts.q1) return 0;
	if (value <= cuts.median) return 1;
	if (value <= cuts.q3) return 2;
	return 3;
}

/** The LA's band, A best; null for a missing value, missing cut points or a measure with no polarity. */
export function quartileBand(value: number | null | undefined, cuts: QuartileCuts | null, polarity: BandPolarity): QuartileBand | null {
	if (polarity === 'none' || cuts === null || typeof value !== 'number' || !Number.isFinite(value)) return null;
	const fromLow = quarterFromLow(value, cuts);
	const bands: QuartileBand[] = polarity === 'lower-better' ? ['A', 'B', 'C', 'D'] : ['D', 'C', 'B', 'A'];
	return bands[fromLow]!;
}

/** What a band means in words, for tables and sentences. */
export const BAND_MEANING: Record<QuartileBand, string> = {
	A: 'best quarter of LAs',
	B: 'second-best quarter',
	C: 'second-worst quarter',
	D: 'worst quarter of LAs'
};
