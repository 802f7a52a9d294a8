import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../../data/lib/node-runner';
import { generateSyntheticExtract, loadSyntheticIntoDuckDB } from '../../../data/synthetic';
import { post19Local } from './post19-local';

describe('19–25 local-extract SQL on a hand-made fixture', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await createNodeRunner();
		await db.run(`CREATE TABLE local_ehc_plans (plan_id VARCHAR, status VARCHAR, age_at_census INTEGER, age_at_cease INTEGER, quadrant_code VARCHAR,
			primary_need VARCHAR, setting_group VARCHAR, plan_start_date DATE, last_review_date DATE, ceased_date DATE)`);
		await db.run(`INSERT INTO local_ehc_plans VALUES
			('1', 'active', 19, NULL, 'NORTH', 'ASD', 'placement_unknown', '2020-01-01', '2024-06-01', NULL),
			('2', 'active', 20, NULL, 'NORTH', 'ASD', 'neet', '2020-01-01', NULL, NULL),
			('3', 'active', 22, NULL, 'SOUTH', 'SLD', 'fe_post16', '2024-06-01', NULL, NULL),
			('4', 'active', 25, NULL, 'SOUTH', 'SLD', 'fe_post16', '2019-01-01', '2023-12-01', NULL),
			('5', 'active', 14, NULL, 'WEST', NULL, 'mainstream', '2018-01-01', '2025-01-16', NULL),
			('6', 'active', 13, NULL, 'WEST', 'ASD', 'mainstream', '2018-01-01', '2024-12-01', NULL),
			('7', 'ceased', NULL, 19, 'NORTH', 'ASD', 'fe_post16', '2018-01-01', NULL, '2024-05-01'),
			('8', 'ceased', NULL, 19, 'NORTH', 'ASD', 'fe_post16', '2018-01-01', NULL, '2023-06-01'),
			('9', 'ceased', NULL, 20, 'SOUTH', 'SLD', 'neet', '2018-01-01', NULL, '2025-01-10')`);
		await db.run(
			`CREATE TABLE local_post16_places (academic_year VARCHAR, quadrant_code VARCHAR, provision_type VARCHAR, need_focus VARCHAR, age_from INTEGER, age_to INTEGER, places INTEGER)`
		);
		await db.run(`INSERT INTO local_post16_places VALUES ('2025/26', 'NORTH', 'GENERAL_FE', 'MIXED', 16, 18, 100), ('2025/26', 'NORTH', 'GENERAL_FE', 'MIXED', 19, 25, 30),
			('2025/26', 'NORTH', 'GENERAL_FE', 'MIXED', 19, 25, 5), ('2025/26', 'SOUTH', 'SPECIALIST_POST16', 'ASD', 16, 25, 20)`);
	});
	afterAll(() => db.close());

	it('counts the cohort, ceasing, places and record quality as worked out by hand', async () => {
		const local = await post19Local(db);
		expect(local.referenceDate).toBe('2025-01-16');
		expect(local.cohort).toEqual([
			{ age: 14, need: 'UNKNOWN', quadrant: 'WEST', plans: 1 },
			{ age: 19, need: 'ASD', quadrant: 'NORTH', plans: 1 },
			{ age: 20, need: 'ASD', quadrant: 'NORTH', plans: 1 },
			{ age: 22, need: 'SLD', quadrant: 'SOUTH', plans: 1 },
			{ age: 25, need: 'SLD', quadrant: 'SOUTH', plans: 1 }
		]);
		// Plan 8 ceased more than a year before the reference date, so age 19 has 1 ceased (plan 7), not 2.
		expect(local.ceasing.filter((c) => c.ceased + c.active > 0)).toEqual([
			{ age: 14, ceased: 0, active: 1 },
			{ age: 19, ceased: 1, active: 1 },
			{ age: 20, ceased: 1, active: 1 },
			{ age: 22, ceased: 0, active: 1 },
			{ age: 25, ceased: 0, active: 1 }
		]);
		// The 16–18 place row is left out; the two 19–25 rows are summed.
		expect(local.places).toEqual([
			{ academic_year: '2025/26', quadrant: 'NORTH', provision_type: 'GENERAL_FE', need_focus: 'MIXED', age_from: 19, age_to: 25, places: 35 },
			{ academic_year: '2025/26', quadrant: 'SOUTH', provision_type: 'SPECIALIST_POST16', need_focus: 'ASD', age_from: 16, age_to: 25, places: 20 }
		]);
		// Plan 3 is under a year old (no review due yet); plan 4's last review was over a year ago; plan 2 has never had one.
		expect(local.quality).toEqual([
			{ quadrant: 'NORTH', plans: 2, placement_unknown: 1, neet: 1, review_overdue: 1 },
			{ quadrant: 'SOUTH', plans: 2, placement_unknown: 0, neet: 0, review_overdue: 1 }
		]);
	});
});

describe('19–25 local-extract SQL on the synthetic extract', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await createNodeRunner();
		await loadSyntheticIntoDuckDB(db.connection, generateSyntheticExtract({ seed: 20250116, scale: 1 }));
	});
	afterAll(() => db.close());

	it('agrees with direct counts of the 19–25-year-olds', async () => {
		const local = await post19Local(db);
		expect(local.referenceDate).toBe('2025-01-16');
		const [direct] = await db.all<{ n: number; unknown: number }>(
			`SELECT count(*) AS n, count(*) FILTER (WHERE setting_code IS NULL) AS unknown FROM local_ehc_plans WHERE status = 'active' AND age_at_census BETWEEN 19 AND 25`
		);
		expect(local.quality.reduce((s, q) => s + q.plans, 0)).toBe(direct!.n);
		expect(local.quality.reduce((s, q) => s + q.placement_unknown, 0)).toBe(direct!.unknown);
		expect(local.cohort.filter((c) => c.age >= 19).reduce((s, c) => s + c.plans, 0)).toBe(direct!.n);
		expect(direct!.n).toBeGreaterThan(500);
	});
});
