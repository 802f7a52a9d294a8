import { describe, expect, it } from 'vitest';
import { kaplanMeierMedian } from './survival';

describe('kaplanMeierMedian', () => {
	it('is the plain median without censoring', () => {
		expect(kaplanMeierMedian([5, 1, 3, 2, 4], [true, true, true, true, true])).toBe(3);
	});
	it('accounts for censoring (censored times are not events)', () => {
		// S drops 1/4 at t=1, censor at 2, then 1 - 1/2 at t=3 → 0.375 ≤ 0.5
		expect(kaplanMeierMedian([1, 2, 3, 4], [true, false, true, false])).toBe(3);
	});
	it('is null when fewer than half have the event', () => {
		expect(kaplanMeierMedian([1, 2, 3, 4], [true, false, false, false])).toBeNull();
	});
});
