import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../../data/lib/node-runner';
import { censorDate, monthlyFlow, recentRates, referralWaits, waitingList } from './local-asd-waits';

// A hand-made extract of five referrals; every expected value below is counted by hand from these rows.
const ROWS = [
	// id, ccg, quadrant, locality, age, referral, first contact, outcome
	['A', 'SYN01', 'NORTH', 'L01', 3, '2024-01-01', '2024-02-01', '2024-06-01'], // seen after 31 days, outcome after 152
	['B', 'SYN01', 'NORTH', 'L02', 7, '2024-03-01', null, null], // open, never seen: 305 days to the censoring date
	['C', 'SYN02', 'SOUTH', 'L03', 12, '2024-05-01', null, '2024-05-11'], // discharged without contact: contact wait censored at 10 days
	['D', 'SYN02', 'NORTH', 'L01', 20, '2023-01-01', '2023-04-01', null], // seen after 90 days, still open after 730
	['E', 'SYN02', 'SOUTH', 'L03', 16, '2024-12-01', '2024-12-31', null] // the latest date in the extract: censoring date 2024-12-31
];

describe('local ASD waits SQL on a hand-made extract', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await createNodeRunner();
		await db.run(
			`CREATE TABLE local_asd_referrals (referral_id VARCHAR, ccg_code VARCHAR, quadrant_code VARCHAR, locality_code VARCHAR, age_at_referral INTEGER, referral_date DATE, first_contact_date DATE, outcome_date DATE)`
		);
		const lit = (v: unknown) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);
		await db.run(`INSERT INTO local_asd_referrals VALUES ${ROWS.map((r) => `(${r.map(lit).join(', ')})`).join(', ')}`);
	});
	afterAll(() => db.close());

	it('censors at the latest date in the extract and keeps open referrals', async () => {
		expect(await censorDate(db)).toBe('2024-12-31');
		const waits = await referralWaits(db, '2024-12-31');
		expect(waits).toHaveLength(5);
		const byAge = (band: string) => waits.filter((w) => w.age_band === band);
		expect(byAge('0–4')).toEqual([
			{
				ccg_code: 'SYN01',
				quadrant_code: 'NORTH',
				locality_code: 'L01',
				age_band: '0–4',
				contact_days: 31,
				contact_event: true,
				outcome_days: 152,
				outcome_event: true
			}
		]);
		expect(byAge('5–10')).toEqual([
			{
				ccg_code: 'SYN01',
				quadrant_code: 'NORTH',
				locality_code: 'L02',
				age_band: '5–10',
				contact_days: 305,
				contact_event: false,
				outcome_days: 305,
				outcome_event: false
			}
		]);
		expect(byAge('11–17').map((w) => [w.contact_days, w.contact_event, w.outcome_days, w.outcome_event])).toEqual(
			expect.arrayContaining([
				[10, false, 10, true],
				[30, true, 30, false]
			])
		);
		expect(byAge('18–24')[0]).toMatchObject({ contact_days: 90, contact_event: true, outcome_days: 730, outcome_event: false });
	});

	it('bands today’s waiting list, listing empty bands as 0', async () => {
		const list = await waitingList(db, '2024-12-31');
		expect(list).toHaveLength(8);
		const at = (ccg: string, band: string) => list.find((c) => c.group_code === ccg && c.wait_band === band)?.waiting;
		expect(at('SYN01', '13 to 52 weeks')).toBe(1);
		expect(at('SYN01', 'Under 13 weeks')).toBe(0);
		expect(at('SYN02', 'Under 13 weeks')).toBe(1);
		expect(at('SYN02', '104 weeks or more')).toBe(1);
		expect(at('SYN02', '52 to 104 weeks')).toBe(0);
	});

	it('bands the waiting list by quadrant and by locality too', async () => {
		const byQuadrant = await waitingList(db, '2024-12-31', 'quadrant_code');
		const at = (list: typeof byQuadrant, code: string, band: string) => list.find((c) => c.group_code === code && c.wait_band === band)?.waiting;
		// Open: B (NORTH, L02, 305 days), D (NORTH, L01, 730 days), E (SOUTH, L03, 30 days).
		expect(byQuadrant).toHaveLength(8);
		expect(at(byQuadrant, 'NORTH', '13 to 52 weeks')).toBe(1);
		expect(at(byQuadrant, 'NORTH', '104 weeks or more')).toBe(1);
		expect(at(byQuadrant, 'SOUTH', 'Under 13 weeks')).toBe(1);
		const byLocality = await waitingList(db, '2024-12-31', 'locality_code');
		expect([...new Set(byLocality.map((c) => c.group_code))]).toEqual(['L01', 'L02', 'L03']);
		expect(at(byLocality, 'L02', '13 to 52 weeks')).toBe(1);
		expect(() => waitingList(db, '2024-12-31', 'sex' as never)).toThrow('Not a waiting-list breakdown');
	});

	it('counts referrals in and completed by month, every month listed', async () => {
		const flow = await monthlyFlow(db, '2024-12-31');
		expect(flow).toHaveLength(2 * 24);
		expect(flow.find((f) => f.ccg_code === 'SYN01' && f.month === '2024-01')).toEqual({ ccg_code: 'SYN01', month: '2024-01', referrals: 1, completed: 0 });
		expect(flow.find((f) => f.ccg_code === 'SYN01' && f.month === '2024-06')).toMatchObject({ referrals: 0, completed: 1 });
		expect(flow.filter((f) => f.ccg_code === 'SYN02').reduce((s, f) => s + f.referrals, 0)).toBe(3);
	});

	it('gives the last 6 months’ rates per CCG', async () => {
		expect(await recentRates(db, '2024-12-31')).toEqual([
			{ ccg_code: 'SYN01', waiting: 1, referrals: 0, completed: 0 },
			{ ccg_code: 'SYN02', waiting: 2, referrals: 1, completed: 0 }
		]);
	});

	it('refuses a malformed date', () => {
		expect(() => referralWaits(db, "2024-12-31' OR 1=1")).toThrow('Not a date');
	});
});
