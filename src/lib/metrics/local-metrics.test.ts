import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../../data/lib/node-runner';
import { localExclusionCounts, localExclusionYears } from './local-exclusions';
import { flaggedRecords, recordQuality } from './local-record-quality';

// A hand-made fixture: answers worked out by hand below each query.
describe('local exclusions and record quality on a small fixture', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await createNodeRunner();
		await db.run(`CREATE TABLE local_exclusions AS SELECT * FROM (VALUES
			('e1', 'p1', '2022/23', 'NORTH', 'EHC', 'ASD', 7, 'SUSPENSION', DATE '2022-10-01'),
			('e2', 'p1', '2022/23', 'NORTH', 'EHC', 'ASD', 7, 'SUSPENSION', DATE '2023-01-10'),
			('e3', 'p2', '2022/23', 'SOUTH', 'NO_SEN', NULL, 9, 'SUSPENSION', DATE '2023-07-20'),
			('e4', 'p3', '2022/23', 'SOUTH', 'SEN_SUPPORT', 'SEMH', 9, 'PERMANENT', DATE '2023-03-01'),
			('e5', 'p4', '2023/24', 'NORTH', 'EHC', 'ASD', 8, 'SUSPENSION', DATE '2023-11-01'),
			('e6', 'p5', '2022/23', 'NORTH', 'SEN_SUPPORT', NULL, 7, 'SUSPENSION', DATE '2022-12-01')
		) t(event_id, pupil_id, academic_year, quadrant_code, sen_status, primary_need, nc_year, exclusion_type, start_date)`);
		await db.run(`CREATE TABLE local_school_pupils AS SELECT * FROM (VALUES
			('2022/23', 'NORTH', 'EHC', 7, 40), ('2022/23', 'SOUTH', 'EHC', 9, 10), ('2022/23', 'SOUTH', 'NO_SEN', 9, 500),
			('2022/23', 'SOUTH', 'SEN_SUPPORT', 9, 100), ('2022/23', 'NORTH', 'NO_SEN', 7, 300)
		) t(academic_year, quadrant_code, sen_status, nc_year, pupils)`);
		await db.run(`CREATE TABLE local_ehc_plans AS SELECT * FROM (VALUES
			('NM-1', 'active', 'NORTH', 'L01', 'mainstream', 'Z1', false, DATE '2020-05-01', DATE '2024-01-16'),
			('NM-2', 'active', 'NORTH', 'L01', 'mainstream', 'Z2', true, DATE '2020-05-01', DATE '2024-01-15'),
			('NM-3', 'active', 'SOUTH', 'L10', 'placement_unknown', NULL, NULL, DATE '2019-05-01', DATE '2022-12-31'),
			('NM-4', 'active', 'SOUTH', 'L10', 'special', 'Z3', false, DATE '2024-02-29', NULL),
			('NM-5', 'ceased', 'SOUTH', 'L10', 'special', 'Z3', false, DATE '2015-02-01', NULL)
		) t(plan_id, status, quadrant_code, locality_code, setting_group, establishment_code, establishment_closed, plan_start_date, last_review_date)`);
	});
	afterAll(() => db.close());

	it('counts events, distinct pupils suspended and headcounts by SEN status', async () => {
		const rows = await localExclusionCounts(db, '2022/23', 'sen_status');
		expect(rows).toEqual([
			{ category: 'EHC', suspensions: 2, permanent: 0, pupils_suspended: 1, headcount: 50 },
			{ category: 'NO_SEN', suspensions: 1, permanent: 0, pupils_suspended: 1, headcount: 800 },
			{ category: 'SEN_SUPPORT', suspensions: 1, permanent: 1, pupils_suspended: 1, headcount: 100 }
		]);
	});

	it('counts pupils with SEN only by primary need, with no denominator, naming a missing need', async () => {
		// e3 (no SEN) is left out; e6 is SEN support with no need recorded.
		const rows = await localExclusionCounts(db, '2022/23', 'primary_need');
		expect(rows.map((r) => [r.category, r.suspensions, r.permanent, r.headcount])).toEqual([
			['ASD', 2, 0, null],
			['Not recorded', 1, 0, null],
			['SEMH', 0, 1, null]
		]);
	});

	it('marks a year partial when its last event is before July of its end year', async () => {
		expect(await localExclusionYears(db)).toEqual([
			{ academic_year: '2022/23', last_event: '2023-07-20', partial: false },
			{ academic_year: '2023/24', last_event: '2023-11-01', partial: true }
		]);
	});

	it('flags overdue reviews (exactly 12 months is not overdue), unknown placements and closed schools', async () => {
		const q = await recordQuality(db, '2025-01-16');
		// NM-1 reviewed 16 Jan 2024: due today, not overdue. NM-2: a day late. NM-3: over 24 months. NM-4: no review, issued
		// 29 Feb 2024, due 28 Feb 2025: not overdue. NM-5 is ceased.
		expect(q).toEqual([
			{ quadrant: 'NORTH', active: 2, overdue_12: 1, overdue_24: 0, placement_unknown: 0, closed_school: 1 },
			{ quadrant: 'SOUTH', active: 2, overdue_12: 1, overdue_24: 1, placement_unknown: 1, closed_school: 0 }
		]);
		const list = await flaggedRecords(db, '2025-01-16');
		expect(list.map((r) => r.plan_id)).toEqual(['NM-2', 'NM-3']);
		expect(list[1]).toMatchObject({ overdue_24: true, placement_unknown: true, closed_school: false, last_review_date: '2022-12-31' });
	});

	it('refuses a malformed academic year before it reaches SQL', () => {
		expect(() => localExclusionCounts(db, "2022/23' OR 1=1 --", 'sen_status')).toThrow('Not an academic year');
	});
});
