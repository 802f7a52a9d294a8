/**
 * Uncertainty for event rates (e.g. suspensions per 100 pupils, where a pupil can have several events, so the rate is
 * not a proportion) and for ratios of two rates (disproportionality). Rates here are per 1 (multiply for display).
 */
import { Z95, type Interval } from './proportion';

/**
 * Byar's approximation to the exact Poisson interval for `events` over `exposure` (as OHID's Fingertips uses for
 * counts and rates). Exact enough for events ≥ 1; for 0 events the lower limit is 0.
 */
export function poissonRateInterval(events: number, exposure: number, z = Z95): Interval {
	if (!(exposure > 0)) throw new Error('poissonRateInterval: exposure must be positive');
	if (events < 0) throw new Error('poissonRateInterval: events must not be negative');
	const lowerCount = events === 0 ? 0 : events * Math.pow(1 - 1 / (9 * events) - z / (3 * Math.sqrt(events)), 3);
	const o = events + 1;
	const upperCount = o * Math.pow(1 - 1 / (9 * o) + z / (3 * Math.sqrt(o)), 3);
	return { p: events / exposure, lower: lowerCount / exposure, upper: upperCount / exposure };
}

/**
 * Ratio of two rates a/na ÷ b/nb with a 95% interval on the log scale, treating the counts as Poisson:
 * exp(ln(ratio) ± z·√(1/a + 1/b)). Null when either count is 0 (the ratio or its interval is undefined).
 */
export function rateRatioInterval(a: number, na: number, b: number, nb: number, z = Z95): Interval | null {
	if (!(a > 0 && b > 0 && na > 0 && nb > 0)) return null;
	const ratio = a / na / (b / nb);
	const se = Math.sqrt(1 / a + 1 / b);
	return { p: ratio, lower: ratio * Math.exp(-z * se), upper: ratio * Math.exp(z * se) };
}
