import { describe, expect, it } from 'vitest';
import type { ReferralWait } from '$lib/metrics/local-asd-waits';
import { kaplanMeier } from '$lib/stats/kaplan-meier';
import { atRiskAt, MIN_AT_RISK, summarise } from './local-analysis';

function wait(i: number, ccg = '06Q'): ReferralWait {
	const days = (i * 37) % 700;
	return {
		ccg_code: ccg,
		quadrant_code: 'NORTH',
		locality_code: 'L01',
		age_band: '5–10',
		contact_days: days,
		contact_event: i % 5 !== 0,
		outcome_days: days + 30,
		outcome_event: i % 3 === 0
	};
}

describe('local waits at scale', () => {
	it('at-risk counts from the curve equal counting the rows', () => {
		const obs = Array.from({ length: 500 }, (_, i) => ({ time: (i * 37) % 700, event: i % 5 !== 0 }));
		const km = kaplanMeier(obs);
		for (const t of [0, 1, 7, 350, 699, 700, 1000]) expect(atRiskAt(km, t)).toBe(obs.filter((o) => o.time >= t).length);
	});

	it('summarises a million referrals (no spread of rows into Math.max) and stops each curve where fewer than 10 are at risk', () => {
		const waits = Array.from({ length: 1_000_000 }, (_, i) => wait(i, i % 2 ? '06Q' : '99E'));
		const [a, b] = summarise(waits, 'contact', 'ccg', ['06Q', '99E']);
		expect(a!.referrals).toBe(500_000);
		expect(b!.referrals).toBe(500_000);
		expect(a!.curve[0]).toEqual({ week: 0, stillWaiting: 100 });
		// Waits run to 699 days = week 99; every week up to it has far more than 10 at risk.
		expect(a!.curve.at(-1)!.week).toBe(99);
		const small = summarise(
			Array.from({ length: 30 }, (_, i) => wait(i)),
			'contact',
			'ccg',
			['06Q']
		)[0]!;
		const lastWeek = small.curve.at(-1)!.week;
		expect(Array.from({ length: 30 }, (_, i) => wait(i)).filter((w) => w.contact_days >= lastWeek * 7).length).toBeGreaterThanOrEqual(MIN_AT_RISK);
	});
});
