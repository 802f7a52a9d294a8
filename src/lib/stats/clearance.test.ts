import { describe, expect, it } from 'vitest';
import { clearanceTime, describeClearance } from './clearance';

describe('time to clear a waiting list at the last 6 months’ rates', () => {
	it('shrinking: 600 waiting, 300 in and 420 out over 6 months → net −20 a month → 30 months', () => {
		const c = clearanceTime({ waiting: 600, arrivals: 300, completions: 420, windowMonths: 6 });
		expect(c).toEqual({ trend: 'shrinking', months: 30, netPerMonth: -20, monthsIfNoNewReferrals: 600 / 70 });
		expect(describeClearance(c)).toBe('about 30 months');
	});
	it('growing: 600 waiting, 480 in and 300 out → +30 a month → never clears', () => {
		const c = clearanceTime({ waiting: 600, arrivals: 480, completions: 300, windowMonths: 6 });
		expect(c.trend).toBe('growing');
		expect(c.months).toBeNull();
		expect(c.netPerMonth).toBe(30);
		expect(c.monthsIfNoNewReferrals).toBe(12);
		expect(describeClearance(c)).toBe('never at these rates: the list is growing by about 30 a month');
	});
	it('steady: as many in as out → never clears, and says so', () => {
		const c = clearanceTime({ waiting: 250, arrivals: 90, completions: 90, windowMonths: 6 });
		expect(c).toMatchObject({ trend: 'steady', months: null, netPerMonth: 0, monthsIfNoNewReferrals: 250 / 15 });
		expect(describeClearance(c)).toContain('as many join the list as leave it');
	});
	it('an empty list is clear, and nothing completed gives no "if no new referrals" figure', () => {
		expect(clearanceTime({ waiting: 0, arrivals: 10, completions: 0, windowMonths: 6 })).toMatchObject({ trend: 'empty', months: 0 });
		expect(clearanceTime({ waiting: 5, arrivals: 0, completions: 0, windowMonths: 6 })).toMatchObject({ trend: 'steady', monthsIfNoNewReferrals: null });
		expect(() => clearanceTime({ waiting: 5, arrivals: 0, completions: 0, windowMonths: 0 })).toThrow();
	});
});
