import { describe, expect, it } from 'vitest';
import type { ReferralWait } from '$lib/metrics/local-asd-waits';
import { summarise } from './local-analysis';
import { clearanceSpec, quantileSpec, survivalSpec, waitingListSpec } from './local-charts';

const input = { label: 'Testshire (synthetic)', censor: '2025-01-15', ccgName: (c: string) => `CCG ${c}` };
const wait = (ccg_code: string, days: number, seen: boolean): ReferralWait => ({
	ccg_code,
	quadrant_code: 'NORTH',
	locality_code: 'L01',
	age_band: '5–10',
	contact_days: days,
	contact_event: seen,
	outcome_days: days,
	outcome_event: false
});

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
			{ group_code: 'X', wait_band: 'Under 13 weeks', waiting: 40 },
			{ group_code: 'X', wait_band: '13 to 52 weeks', waiting: 2 },
			{ group_code: 'X', wait_band: '52 to 104 weeks', waiting: 30 },
			{ group_code: 'X', wait_band: '104 weeks or more', waiting: 0 }
		]);
		expect(list.rows).toEqual([{ ccg: 'CCG X', 'Under 13 weeks': 40, '13 to 52 weeks': 'c', '52 to 104 weeks': 'c', '104 weeks or more': 0 }]);
		const clear = clearanceSpec(input, [
			{ ccg_code: 'X', waiting: 600, referrals: 300, completed: 420 },
			{ ccg_code: 'Y', waiting: 200, referrals: 180, completed: 120 }
		]);
		expect(clear.rows.map((r) => r.clear)).toEqual(['about 30 months', 'never at these rates: the list is growing by about 10 a month']);
		expect(clear.title).toBe('Testshire (synthetic): at the last 6 months’ rates, the list in CCG Y is not shrinking and will never clear');
	});
});

describe('local waits headlines: one area, ties and plurals', () => {
	const one = [...Array.from({ length: 12 }, (_, i) => wait('18C', 7 * (i + 1), true))];
	it('one area: no "… in 18C, and 30 weeks in 18C", no "all 1"', () => {
		const summaries = summarise(one, 'contact', 'ccg', ['18C']);
		expect(survivalSpec(input, summaries, 'contact', 'ccg', input.ccgName).title).toBe(
			'Testshire (synthetic): half of referrals waited 6 weeks or more for a first care contact in CCG 18C'
		);
		expect(quantileSpec(input, summaries, 'contact', 'ccg', input.ccgName).title).toMatch(
			/^Testshire \(synthetic\): the median wait for first contact is 6 weeks in CCG 18C \(95% CI/
		);
		expect(clearanceSpec(input, [{ ccg_code: '18C', waiting: 600, referrals: 300, completed: 200 }]).title).toBe(
			'Testshire (synthetic): at the last 6 months’ rates, the list in CCG 18C is not shrinking and will never clear'
		);
		expect(clearanceSpec(input, [{ ccg_code: '18C', waiting: 600, referrals: 300, completed: 420 }]).title).toBe(
			'Testshire (synthetic): at the last 6 months’ rates, the list in CCG 18C is shrinking'
		);
	});
	it('ties are named together; equal medians are said once', () => {
		const two = [...one, ...Array.from({ length: 12 }, (_, i) => wait('99E', 7 * (i + 1), true))];
		const summaries = summarise(two, 'contact', 'ccg', ['18C', '99E']);
		expect(survivalSpec(input, summaries, 'contact', 'ccg', input.ccgName).title).toBe(
			'Testshire (synthetic): half of referrals waited 6 weeks or more for a first care contact in each of the 2 sub-ICB locations shown'
		);
		expect(quantileSpec(input, summaries, 'contact', 'ccg', input.ccgName).title).toBe(
			'Testshire (synthetic): the median wait for first contact is 6 weeks in each of the 2 sub-ICB locations with one'
		);
		const three = [...two, ...Array.from({ length: 12 }, (_, i) => wait('06Q', 14 * (i + 1), true))];
		const s3 = summarise(three, 'contact', 'ccg', ['18C', '99E', '06Q']);
		expect(survivalSpec(input, s3, 'contact', 'ccg', input.ccgName).title).toBe(
			'Testshire (synthetic): half of referrals waited 6 weeks or more for a first care contact in CCG 18C and CCG 99E, and 12 weeks or more in CCG 06Q'
		);
		expect(
			clearanceSpec(input, [
				{ ccg_code: 'A', waiting: 600, referrals: 300, completed: 200 },
				{ ccg_code: 'B', waiting: 600, referrals: 300, completed: 200 }
			]).title
		).toBe('Testshire (synthetic): at the last 6 months’ rates, the lists in all 2 sub-ICB locations are not shrinking and will never clear');
	});
	it('quadrant and locality views name their groups', () => {
		const q = summarise(one, 'contact', 'quadrant', []);
		const spec = quantileSpec(input, q, 'contact', 'quadrant', (c) => c);
		expect(spec.columns[0]!.label).toBe('Quadrant');
		expect(spec.title).toMatch(/in NORTH/);
		expect(waitingListSpec(input, [{ group_code: 'L01', wait_band: 'Under 13 weeks', waiting: 40 }], 'locality', (c) => c).id).toBe('waiting-list-locality');
	});
});
