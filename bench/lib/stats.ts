/** Summaries the benchmark reports: medians and 95th percentiles, never single timings. */
import { max, median, min, quantile } from 'd3-array';

export interface Summary {
	/** Number of measurements. */
	n: number;
	median: number;
	/** 95th percentile (linear interpolation between order statistics, as d3.quantile). */
	p95: number;
	min: number;
	max: number;
}

/** Median, p95, min and max of the finite values; null when there are none. */
export function summarize(values: readonly (number | null | undefined)[]): Summary | null {
	const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	if (xs.length === 0) return null;
	return { n: xs.length, median: median(xs)!, p95: quantile(xs, 0.95)!, min: min(xs)!, max: max(xs)! };
}

/** a / b, or null when either is missing or b is 0. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
	if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
	return a / b;
}
