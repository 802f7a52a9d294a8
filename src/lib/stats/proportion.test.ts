import { describe, expect, it } from 'vitest';
import { compareWithReference, funnelLimits, wilson, Z998 } from './proportion';

describe('wilson', () => {
	it('matches the hand-worked interval for 81 of 263 (Wilson 1927 / Newcombe 1998 example)', () => {
		// Newcombe (1998), Table I, example (c): 81/263 → 0.2553 to 0.3662.
		const i = wilson(81, 263);
		expect(i.p).toBeCloseTo(0.30798, 5);
		expect(i.lower).toBeCloseTo(0.2553, 4);
		expect(i.upper).toBeCloseTo(0.3662, 4);
	});
	it('stays inside 0–1 at the extremes (0/10 and 10/10)', () => {
		expect(wilson(0, 10).lower).toBe(0);
		expect(wilson(0, 10).upper).toBeCloseTo(0.2775, 4);
		expect(wilson(10, 10).upper).toBeCloseTo(1, 12);
		expect(wilson(10, 10).lower).toBeCloseTo(0.7225, 4);
	});
	it('refuses impossible inputs', () => {
		expect(() => wilson(5, 0)).toThrow();
		expect(() => wilson(11, 10)).toThrow();
	});
});

describe('compareWithReference', () => {
	it('flags a real difference and not a small-sample one', () => {
		// Essex MLD-style check: 3,033 of 14,240 (21.3%) against England's 11.0% is significantly higher.
		expect(compareWithReference(3033, 14240, 0.11)).toBe('higher');
		// 3 of 14 (21%) against 11% is not distinguishable from chance.
		expect(compareWithReference(3, 14, 0.11)).toBe('similar');
		expect(compareWithReference(50, 1000, 0.11)).toBe('lower');
	});
});

describe('funnelLimits', () => {
	it('narrows as the denominator grows and the 99.8% limits lie outside the 95% ones', () => {
		const small = funnelLimits(0.5, 20);
		const big = funnelLimits(0.5, 2000);
		expect(small.upper95 - small.lower95).toBeGreaterThan(big.upper95 - big.lower95);
		expect(big.upper998).toBeGreaterThan(big.upper95);
		expect(big.lower998).toBeLessThan(big.lower95);
		// At n = 2000 and p = 0.5 the 99.8% Wilson half-width is about z·√(p(1−p)/n) = 0.0345.
		expect(big.upper998 - 0.5).toBeCloseTo(Z998 * Math.sqrt(0.25 / 2000), 3);
	});
});
