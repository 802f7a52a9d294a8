import { describe, expect, it } from 'vitest';
import { poissonRateInterval, rateRatioInterval } from './rate';

describe('poissonRateInterval (Byar)', () => {
	it('matches the exact Poisson limits closely for 10 events (exact: 4.795–18.390)', () => {
		const i = poissonRateInterval(10, 100);
		expect(i.p).toBe(0.1);
		expect(i.lower * 100).toBeCloseTo(4.795, 1);
		expect(i.upper * 100).toBeCloseTo(18.39, 1);
	});
	it('has a zero lower limit for no events and an upper limit of about 3.69 events', () => {
		const i = poissonRateInterval(0, 1000);
		expect(i.lower).toBe(0);
		expect(i.upper * 1000).toBeCloseTo(3.689, 1);
	});
	it('refuses a zero exposure', () => {
		expect(() => poissonRateInterval(1, 0)).toThrow('exposure');
	});
});

describe('rateRatioInterval', () => {
	it('gives the ratio and a log-scale interval (hand-computed: 2 × exp(±1.96·√(1/100 + 1/50)))', () => {
		const i = rateRatioInterval(100, 1000, 50, 1000)!;
		expect(i.p).toBe(2);
		expect(i.lower).toBeCloseTo(2 * Math.exp(-1.959964 * Math.sqrt(0.03)), 6);
		expect(i.upper).toBeCloseTo(2 * Math.exp(1.959964 * Math.sqrt(0.03)), 6);
	});
	it('is null when a count is zero', () => {
		expect(rateRatioInterval(0, 10, 5, 10)).toBeNull();
		expect(rateRatioInterval(5, 10, 0, 10)).toBeNull();
	});
});
