/**
 * How many decimals an interval and its reference need so that what the reader sees agrees with the words: at one
 * decimal, "significantly higher" beside "95% CI 1.4–1.9, England 1.4" looks false even when 1.43 < 1.44 is true.
 */
const roundTo = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

export type Verdict = 'higher' | 'lower' | 'similar';

/** The fewest decimals (from `min`, at most 3) at which the shown lower, upper and reference agree with `verdict`. */
export function decimalsToShow(lower: number, upper: number, reference: number, verdict: Verdict, min = 1): number {
	for (let d = min; d < 3; d++) {
		const [lo, hi, ref] = [roundTo(lower, d), roundTo(upper, d), roundTo(reference, d)];
		if (verdict === 'higher' ? ref < lo : verdict === 'lower' ? ref > hi : lo <= ref && ref <= hi) return d;
	}
	return 3;
}

export { roundTo };
