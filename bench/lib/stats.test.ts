import { describe, expect, it } from 'vitest';
import { ratio, summarize } from './stats';

describe('summarize', () => {
	it('gives the median and the interpolated 95th percentile', () => {
		// 1..20: median 10.5; p95 at position 0.95 * 19 = 18.05 → 19 + 0.05 * (20 - 19) = 19.05
		const s = summarize(Array.from({ length: 20 }, (_, i) => i + 1))!;
		expect(s).toEqual({ n: 20, median: 10.5, p95: 19.05, min: 1, max: 20 });
	});
	it('ignores missing values and returns null when nothing is left', () => {
		expect(summarize([null, 3, undefined, Number.NaN, 5])?.median).toBe(4);
		expect(summarize([null, undefined])).toBeNull();
	});
});

describe('ratio', () => {
	it('divides, and refuses a zero or missing denominator', () => {
		expect(ratio(30, 10)).toBe(3);
		expect(ratio(30, 0)).toBeNull();
		expect(ratio(null, 10)).toBeNull();
	});
});
