/**
 * Uncertainty for proportions: Wilson score intervals, significance against a reference value, and funnel-plot
 * control limits. Proportions are 0–1 here; format as % at display time.
 */

/** z for a two-sided 95% and 99.8% interval. */
export const Z95 = 1.959963984540054;
export const Z998 = 3.090232306167813;

export interface Interval {
	p: number;
	lower: number;
	upper: number;
}

/** Wilson score interval for `successes` out of `n` (Wilson 1927; as used by OHID Fingertips). */
export function wilson(successes: number, n: number, z = Z95): Interval {
	if (!(n > 0)) throw new Error('wilson: n must be positive');
	if (successes < 0 || successes > n) throw new Error(`wilson: successes (${successes}) must be between 0 and n (${n})`);
	const p = successes / n;
	const z2 = z * z;
	const centre = p + z2 / (2 * n);
	const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	const denominator = 1 + z2 / n;
	return { p, lower: Math.max(0, (centre - spread) / denominator), upper: Math.min(1, (centre + spread) / denominator) };
}

export type Comparison = 'higher' | 'lower' | 'similar';

/**
 * Whether an area's proportion differs from a reference (e.g. England) beyond chance: the reference value lies
 * outside the area's 95% Wilson interval. England's own interval is negligible beside an LA's, so it is treated as fixed.
 */
export function compareWithReference(successes: number, n: number, reference: number, z = Z95): Comparison {
	const { lower, upper } = wilson(successes, n, z);
	if (reference < lower) return 'higher';
	if (reference > upper) return 'lower';
	return 'similar';
}

/**
 * Funnel-plot control limits around a target proportion for a denominator n: the Wilson interval of the target at n
 * (OHID's method). An area outside the 99.8% limits differs from the target beyond what chance explains.
 */
export function funnelLimits(target: number, n: number): { n: number; lower95: number; upper95: number; lower998: number; upper998: number } {
	const at = (z: number) => wilson(target * n, n, z);
	const i95 = at(Z95);
	const i998 = at(Z998);
	return { n, lower95: i95.lower, upper95: i95.upper, lower998: i998.lower, upper998: i998.upper };
}

/** Limits at a spread of denominators from `min` to `max`, for drawing the funnel's curves. */
export function funnelCurve(target: number, min: number, max: number, steps = 60) {
	const lo = Math.max(1, min);
	const ratio = Math.pow(max / lo, 1 / Math.max(1, steps - 1));
	return Array.from({ length: steps }, (_, i) => funnelLimits(target, lo * Math.pow(ratio, i)));
}
