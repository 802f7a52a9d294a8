import { describe, expect, it } from 'vitest';
import { kaplanMeier, quantile, shareBy, survivalAt } from './kaplan-meier';

// Hand-worked: 8 waits, E = event (seen), C = censored (still waiting):
// 2E, 3E, 3E, 3C, 5E, 6C, 7E, 8C.
//   t=2: n=8, d=1        S = 7/8                 = 0.875      Greenwood Σ = 1/(8·7)              = 0.017857
//   t=3: n=7, d=2, c=1   S = 0.875 · 5/7         = 0.625      Σ += 2/(7·5)                       = 0.075
//        (the censored wait at 3 is still at risk at 3: with it removed first, S would be 0.875 · 4/6 = 0.583)
//   t=5: n=4, d=1        S = 0.625 · 3/4         = 0.46875    Σ += 1/(4·3)                       = 0.158333
//   t=6: n=3, c=1
//   t=7: n=2, d=1        S = 0.46875 · 1/2       = 0.234375   Σ += 1/(2·1)                       = 0.658333
//   t=8: n=1, c=1
// log(−log) 95% interval at t=5: se = √0.158333 / |ln 0.46875| = 0.52517; S^exp(±1.96·se) = (0.11993, 0.76286).
const data = [
	{ time: 2, event: true },
	{ time: 3, event: true },
	{ time: 8, event: false },
	{ time: 3, event: false },
	{ time: 5, event: true },
	{ time: 6, event: false },
	{ time: 3, event: true },
	{ time: 7, event: true }
];

describe('Kaplan–Meier', () => {
	const km = kaplanMeier(data);

	it('matches the hand-worked curve, with censoring and ties', () => {
		expect(km.n).toBe(8);
		expect(km.events).toBe(5);
		expect(km.censored).toBe(3);
		expect(km.steps.map((s) => [s.time, s.atRisk, s.events, s.censored])).toEqual([
			[2, 8, 1, 0],
			[3, 7, 2, 1],
			[5, 4, 1, 0],
			[6, 3, 0, 1],
			[7, 2, 1, 0],
			[8, 1, 0, 1]
		]);
		const s = km.steps.map((x) => x.survival);
		expect(s[0]).toBeCloseTo(0.875, 12);
		expect(s[1]).toBeCloseTo(0.625, 12);
		expect(s[2]).toBeCloseTo(0.46875, 12);
		expect(s[3]).toBeCloseTo(0.46875, 12);
		expect(s[4]).toBeCloseTo(0.234375, 12);
		expect(km.steps[2]!.greenwood).toBeCloseTo(0.158333, 6);
		expect(km.steps[2]!.lower).toBeCloseTo(0.11993, 4);
		expect(km.steps[2]!.upper).toBeCloseTo(0.76286, 4);
		expect(km.steps[0]!.lower).toBeCloseTo(0.387, 3);
	});

	it('reads S(t) as a step function', () => {
		expect(survivalAt(km, 1).survival).toBe(1);
		expect(survivalAt(km, 4).survival).toBeCloseTo(0.625, 12);
		expect(survivalAt(km, 5).survival).toBeCloseTo(0.46875, 12);
		expect(shareBy(km, 4).share).toBeCloseTo(0.375, 12);
	});

	it('gives the median with its Brookmeyer–Crowley interval, and says when a quantile is not reached', () => {
		// Median: first S ≤ 0.5 is at 5. Interval: lower limit ≤ 0.5 first at 2 (0.387); upper limit never ≤ 0.5 (0.616 at 7).
		expect(quantile(km, 0.5)).toEqual({ estimate: 5, lower: 2, upper: null });
		// 90th percentile: S never falls to 0.1 (follow-up ends at 0.234); its lower limit first ≤ 0.1 at 7 (0.0130).
		expect(quantile(km, 0.9)).toEqual({ estimate: null, lower: 7, upper: null });
	});

	it('treats S = 0.5 exactly as reaching the median, and no censoring as the plain empirical quantile', () => {
		const plain = kaplanMeier([1, 2, 3, 4].map((time) => ({ time, event: true })));
		expect(plain.steps.map((s) => s.survival)).toEqual([0.75, 0.5, 0.25, 0]);
		expect(quantile(plain, 0.5).estimate).toBe(2);
		expect(quantile(plain, 0.9).estimate).toBe(4);
		expect(plain.steps[3]).toMatchObject({ lower: 0, upper: 0 });
	});

	it('refuses negative or missing times', () => {
		expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow('time must be');
		expect(() => kaplanMeier([{ time: Number.NaN, event: true }])).toThrow('time must be');
	});
});
