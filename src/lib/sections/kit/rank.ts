/**
 * Ranking an LA among its statistical neighbours in words that hold: tied values share a rank ("joint 3rd"), the
 * sentence says which end is 1 and which direction is good, and no rank is given where the figures cannot bear one.
 */
import { polarityNote, round, type Polarity } from '$lib/format/prose';

export interface Ranked {
	/** 1 + the number of areas strictly higher, on the values as shown (rounded to `decimals`). */
	rank: number;
	of: number;
	tied: boolean;
}

/** Rank of `own` among `values` (its own value included), highest = 1, on the values as shown. */
export function rankAmong(own: number, values: number[], decimals = 1): Ranked {
	const shown = (v: number) => round(v, decimals);
	const v = shown(own);
	return { rank: 1 + values.filter((x) => shown(x) > v).length, of: values.length, tied: values.filter((x) => shown(x) === v).length > 1 };
}

/** "ranks 3 (joint) of 11 among its statistical neighbours on <what> (<figure>; 1 = highest; higher is better)". */
export function rankWords(r: Ranked, polarity: Polarity, what: string, figure: string): string {
	return `ranks ${r.rank}${r.tied ? ' (joint)' : ''} of ${r.of} among its statistical neighbours on ${what} (${figure}; 1 = highest; ${polarityNote(polarity)})`;
}
