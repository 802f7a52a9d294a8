import { describe, expect, it } from 'vitest';
import type { ReferralWait } from '$lib/metrics/local-asd-waits';
import { summarise } from './local-analysis';
import { clearanceSpec, quantileSpec, waitingListSpec } from './local-charts';

const input = { label: 'Testshire (synthetic)', censor: '2025-01-15', entry: undefined, ccgName: (c: string) => `CCG ${c}` };
const wait = (ccg_code: string, days: number, seen: boolean): ReferralWait => ({ ccg_code, age_band: '5–10', contact_days: days, contact_event: seen, outcome_days: days, outcome_event: false });

describe('local ASD wait specs', () => {
	// X: 12 referrals seen at 7, 14, …, 84 days (1–12 weeks): median = 42 days (S falls to 6/12 at the 6th) = 6 weeks.
	// Y: 3 referrals, too few to estimate; its count is suppressed.
	const waits = [...Array.from({ length: 12 }, (_, i) => wait('X', 7 * (i + 1), true)), wait('Y', 10, true), wait('Y', 20, false), wait('Y', 30, false)];
	const summaries = summarise(waits, 'contact', 'ccg', ['X', 'Y']);

	it('estimates the median and share within 13 weeks, and withholds small groups', () => {
		expect(summaries[0]).toMatchObject({ key: 'X', referrals: 12, censored: 0, estimable: true });
		expect(summaries[0]!.median.estimate).toBe(6);
		expect(summaries[0]!.within13!.share).toBe(1);
		expect(summaries[1]).toMatchObject({ key: 'Y', estimable: false, median: { estimate: null } });
	});

	it('suppresses counts of 1–4 and labels every title with the extract', () => {
		const spec = quantileSpec(input, summaries, 'contact', 'ccg', input.ccgName);
		expect(spec.title.startsWith('Testshire (synthetic):')).toBe(true);
		// Y's 3 referrals are hidden, and X's 12 too (secondary), so Y's cannot be worked out from a total.
		expect(spec.rows.map((r) => [r.group, r.referrals, r.median])).toEqual([
			['CCG X', 'c', '6 weeks'],
			['CCG Y', 'c', 'fewer than 10 referrals']
		]);
	});

	it('hides small waiting-list cells and clearance times built on hidden counts', () => {
		const list = waitingListSpec(input, [
			{ ccg_code: 'X', wait_band: 'Under 13 weeks', waiting: 40 },
			{ ccg_code: 'X', wait_band: '13 to 52 weeks', waiting: 2 },
			{ ccg_code: 'X', wait_band: '52 to 104 weeks', waiting: 30 },
			{ ccg_code: 'X', wait_band: '104 weeks or more', waiting: 0 }
		]);
		expect(list.rows).toEqual([{ ccg: 'CCG X', 'Under 13 weeks': 40, '13 to 52 weeks': 'c', '52 to 104 weeks': 'c', '104 weeks or more': 0 }]);
		const clear = clearanceSpec(input, [
			{ ccg_code: 'X', waiting: 600, referrals: 300, completed: 420 },
			{ ccg_code: 'Y', waiting: 200, referrals: 180, completed: 120 }
		]);
		expect(clear.rows.map((r) => r.clear)).toEqual(['about 30 months', 'never at these rates: the list is growing by about 10 a month']);
		expect(clear.title).toContain('CCG Y are growing and will never clear');
	});
});
