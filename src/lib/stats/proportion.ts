/**
 * Uncertainty for proportions: Wilson score intervals, significance against a reference value, and funnel-plot
 * control limits. Proportions are 0–1 here; format as % at display time.
 */
import { compareInterval, type Comparison } from './significance';

export type { Comparison };

import { Z95, Z998 } from './z-scores';

export { Z95, Z998 };

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

/**
 * Whether an area's proportion differs from a reference (e.g. England) beyond chance: the reference value lies
 * outside the area's 95% Wilson interval (`compareInterval`, the one rule). England's own interval is negligible beside
 * an LA's, so it is treated as fixed.
 */
export function compareWithReference(successes: number, n: number, reference: number, z = Z95): Comparison {
	return compareInterval(wilson(successes, n, z), reference);
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

export type FunnelBand = 'within limits' | 'above 95% limit' | 'below 95% limit' | 'above 99.8% limit' | 'below 99.8% limit';

/** Where `successes` of `n` falls against funnel limits around `target` (0–1). Pass the unrounded target. */
export function funnelBand(successes: number, n: number, target: number): FunnelBand {
	const lim = funnelLimits(target, n);
	const p = successes / n;
	return p > lim.upper998
		? 'above 99.8% limit'
		: p < lim.lower998
			? 'below 99.8% limit'
			: p > lim.upper95
				? 'above 95% limit'
				: p < lim.lower95
					? 'below 95% limit'
					: 'within limits';
}

/** A funnel's target from a published row: its counts when both are published (unrounded), else its rounded %. */
export function targetProportion(row: { numerator: number | null; denominator: number | null; pc: number | null } | undefined): number | null {
	if (row && row.numerator !== null && row.denominator !== null && row.denominator > 0) return row.numerator / row.denominator;
	return row?.pc != null ? row.pc / 100 : null;
}
