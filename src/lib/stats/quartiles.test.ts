import { describe, expect, it } from 'vitest';
import { quartileBand, quartileCuts } from './quartiles';

describe('quartile cut points (R type 7, as LAIT)', () => {
	it('interpolates between order statistics', () => {
		// R: quantile(c(1, 2, 3, 4, 10)) → 1 2 3 4 10; quantile(1:4) → 1 1.75 2.5 3.25 4
		expect(quartileCuts([10, 1, 3, 2, 4])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 10, n: 5 });
		expect(quartileCuts([4, 3, 2, 1])).toEqual({ min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4, n: 4 });
	});
	it('leaves out missing values and never reads them as zero', () => {
		expect(quartileCuts([null, 5, undefined, Number.NaN, 7])).toEqual({ min: 5, q1: 5.5, median: 6, q3: 6.5, max: 7, n: 2 });
		expect(quartileCuts([null, undefined])).toBeNull();
		expect(quartileCuts([])).toBeNull();
	});
});

describe('quartile bands (LAIT rules)', () => {
	const cuts = quartileCuts([0, 25, 50, 75, 100])!; // cut points 0, 25, 50, 75, 100
	it('puts a value on a cut point in the band below it', () => {
		expect([0, 25, 25.01, 50, 50.01, 75, 75.01, 100].map((v) => quartileBand(v, cuts, 'lower-better'))).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
	});
	it('makes the highest quarter A where higher is better', () => {
		expect([0, 25, 25.01, 50, 50.01, 75, 75.01, 100].map((v) => quartileBand(v, cuts, 'higher-better'))).toEqual(['D', 'D', 'C', 'C', 'B', 'B', 'A', 'A']);
	});
	it('gives tied values the same band', () => {
		const tied = quartileCuts([10, 20, 20, 20, 20, 30])!;
		expect(tied.q1).toBe(20);
		expect(tied.q3).toBe(20);
		// Every 20 sits on Q1, so every one is in the lowest quarter: A when lower is better.
		expect(quartileBand(20, tied, 'lower-better')).toBe('A');
		expect(quartileBand(30, tied, 'lower-better')).toBe('D');
	});
	it('bands every LA alike when all values are equal (LAIT: the bottom band)', () => {
		const equal = quartileCuts([5, 5, 5])!;
		expect(quartileBand(5, equal, 'lower-better')).toBe('A');
		expect(quartileBand(5, equal, 'higher-better')).toBe('D');
	});
	it('gives no band to a missing value, no cut points, or a measure with no polarity', () => {
		expect(quartileBand(null, cuts, 'higher-better')).toBeNull();
		expect(quartileBand(undefined, cuts, 'lower-better')).toBeNull();
		expect(quartileBand(50, null, 'lower-better')).toBeNull();
		expect(quartileBand(50, cuts, 'none')).toBeNull();
	});
	it('refuses a value outside the LAs the cut points came from', () => {
		expect(() => quartileBand(101, cuts, 'lower-better')).toThrow(/outside/);
	});
});
