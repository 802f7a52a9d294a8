import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../../data/lib/node-runner';
import { generateSyntheticExtract, loadSyntheticIntoDuckDB } from '../../../data/synthetic';
import {
	CUBE_PREFIX,
	cleanSelection,
	ensureNeedsCube,
	localProfiles,
	localProfilesFromRows,
	unmatchedNeed,
	unmatchedNeedSql,
	type LocalSelection
} from './needs-local';

// A hand-made extract of 8 plans (2 ceased/inactive rows ignored), so every answer can be counted by eye.
describe('local needs SQL on a small fixture', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await createNodeRunner();
		await db.run(`CREATE TABLE local_ehc_plans AS SELECT * FROM (VALUES
			('P1', 'active', 'MLD',  7,  'WEST',  'SYN02', 'mainstream'),
			('P2', 'active', 'MLD',  12, 'WEST',  'SYN03', 'special_state'),
			('P3', 'active', 'ASD',  12, 'WEST',  'SYN02', 'mainstream'),
			('P4', 'active', 'ASD',  3,  'NORTH', 'SYN01', 'early_years'),
			('P5', 'active', NULL,   17, 'NORTH', 'SYN01', 'placement_unknown'),
			('P6', 'active', 'SEMH', 17, 'NORTH', 'SYN02', 'fe_post16'),
			('P7', 'active', 'SEMH', 21, 'WEST',  'SYN03', 'neet'),
			('P8', 'active', 'MLD',  19, 'NORTH', 'SYN01', 'fe_post16'),
			('P9', 'ceased', 'MLD',  NULL, 'WEST', 'SYN02', 'mainstream')
		) t(plan_id, status, primary_need, age_at_census, quadrant_code, ccg_code, setting_group)`);
		await db.run(`CREATE TABLE local_population AS SELECT * FROM (VALUES
			('WEST', 'SYN02', 7, 100), ('WEST', 'SYN03', 12, 200), ('NORTH', 'SYN01', 17, 300), ('NORTH', 'SYN02', 3, 400)
		) t(quadrant_code, ccg_code, age, population)`);
		await db.run(`CREATE TABLE local_post16_places AS SELECT * FROM (VALUES
			('2024/25', 'NORTH', 'SEMH', 16, 19, 10),
			('2024/25', 'WEST', 'SEMH', 16, 19, 5),
			('2024/25', 'NORTH', 'MIXED', 16, 25, 50),
			('2023/24', 'NORTH', 'MLD', 16, 25, 8)
		) t(academic_year, quadrant_code, need_focus, age_from, age_to, places)`);
	});
	afterAll(() => db.close());

	const counts = (p: { counts: { category: string; count: number }[] }) => Object.fromEntries(p.counts.map((c) => [c.category, c.count]));

	it('counts active plans by each dimension with no selection (a missing need is UNKNOWN)', async () => {
		const [need, age, quadrant, ccg] = await localProfiles(db, {}, ['need', 'age', 'quadrant', 'ccg']);
		expect(counts(need!)).toEqual({ ASD: 2, MLD: 3, SEMH: 2, UNKNOWN: 1 });
		expect(counts(age!)).toEqual({ 'Under 5': 1, '5 to 10': 1, '11 to 15': 2, '16 to 19': 3, '20 to 25': 1 });
		expect(counts(quadrant!)).toEqual({ NORTH: 4, WEST: 4 });
		expect(counts(ccg!)).toEqual({ SYN01: 3, SYN02: 3, SYN03: 2 });
		expect(quadrant!.population).toEqual([
			{ category: 'NORTH', population: 700 },
			{ category: 'WEST', population: 300 }
		]);
	});

	it('filters every chart by the selections in the other dimensions, not its own', async () => {
		const [need, quadrant, age] = await localProfiles(db, { need: 'MLD', quadrant: 'WEST' }, ['need', 'quadrant', 'age']);
		// Need chart: WEST only (its own MLD selection does not filter it): P1 MLD, P2 MLD, P3 ASD, P7 SEMH.
		expect(counts(need!)).toEqual({ ASD: 1, MLD: 2, SEMH: 1 });
		// Quadrant chart: MLD only: WEST P1, P2; NORTH P8.
		expect(counts(quadrant!)).toEqual({ NORTH: 1, WEST: 2 });
		// Age chart: MLD in WEST: ages 7 and 12. Population for the age chart: WEST only (need does not filter it).
		expect(counts(age!)).toEqual({ '5 to 10': 1, '11 to 15': 1 });
		expect(age!.population).toEqual([
			{ category: '11 to 15', population: 200 },
			{ category: '5 to 10', population: 100 }
		]);
		// The need chart's population is the whole selected quadrant: one 'All' row.
		expect(need!.population).toEqual([{ category: 'All', population: 300 }]);
	});

	it('drops malformed selection values from the URL before they reach SQL', () => {
		expect(cleanSelection({ need: "MLD' OR 1=1 --", quadrant: 'WEST', setting: 'x' } as never)).toEqual({ quadrant: 'WEST' });
	});

	it('finds young people whose need has no need-focused place for their age in their quadrant', async () => {
		const rows = await unmatchedNeed(db, '2024/25');
		const at = (q: string, n: string) => rows.find((r) => r.quadrant === q && r.need === n);
		// NORTH: P5 (UNKNOWN, 17) no match; P6 (SEMH, 17) matched by 10 places; P8 (MLD, 19): the MLD places are 2023/24 → unmatched.
		expect(at('NORTH', 'SEMH')).toEqual({ quadrant: 'NORTH', need: 'SEMH', young_people: 1, need_places: 10, unmatched: 0 });
		expect(at('NORTH', 'MLD')).toMatchObject({ young_people: 1, unmatched: 1 });
		expect(at('NORTH', 'UNKNOWN')).toMatchObject({ young_people: 1, unmatched: 1 });
		// WEST: P7 (SEMH, 21): the WEST SEMH places are for 16–19 → unmatched.
		expect(at('WEST', 'SEMH')).toEqual({ quadrant: 'WEST', need: 'SEMH', young_people: 1, need_places: 0, unmatched: 1 });
		expect(rows).toHaveLength(4);
	});
});

// The cube must answer exactly what the rows do, for every kind of selection, on the synthetic extract (12,000 plans).
describe('the linked views cube on the synthetic extract', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await createNodeRunner();
		await loadSyntheticIntoDuckDB(db.connection, generateSyntheticExtract({ seed: 20250116, scale: 1, tables: ['ehc_plans', 'population', 'post16_places'] }));
	});
	afterAll(() => db.close());

	const selections: LocalSelection[] = [
		{},
		{ need: 'MLD' },
		{ need: 'ASD', age: '11 to 15' },
		{ quadrant: 'SOUTH', ccg: 'SYN03' },
		{ need: 'SEMH', age: '16 to 19', quadrant: 'NORTH', ccg: 'SYN01' },
		{ need: 'UNKNOWN' },
		// a selection no plan has: every count is empty, not an error
		{ need: 'VI', age: 'Under 5', quadrant: 'WEST', ccg: 'SYN05' }
	];
	it.each(selections)('equals the counts from the rows for %j', async (selection) => {
		expect(await localProfiles(db, selection)).toEqual(await localProfilesFromRows(db, selection));
	});

	it('counts every active plan once in each chart with no selection', async () => {
		const [{ active }] = (await db.all<{ active: number }>(`SELECT count(*)::INTEGER AS active FROM local_ehc_plans WHERE status = 'active'`)) as [
			{ active: number }
		];
		expect(active).toBeGreaterThan(11_000);
		for (const profile of await localProfiles(db, {})) expect(profile.counts.reduce((s, c) => s + c.count, 0)).toBe(active);
	});

	it('counts unmatched young people by cell exactly as the plan-by-plan join did', async () => {
		const byPlan = `
			WITH yp AS (
				SELECT plan_id, quadrant_code, coalesce(primary_need, 'UNKNOWN') AS need, age_at_census AS age
				FROM local_ehc_plans WHERE status = 'active' AND age_at_census BETWEEN 16 AND 25
			),
			matched AS (
				SELECT yp.plan_id, coalesce(sum(p.places), 0) AS places
				FROM yp LEFT JOIN local_post16_places p ON p.quadrant_code = yp.quadrant_code AND p.need_focus = yp.need
					AND yp.age BETWEEN p.age_from AND p.age_to AND p.academic_year = '2024/25' AND p.places > 0
				GROUP BY yp.plan_id
			)
			SELECT yp.quadrant_code AS quadrant, yp.need, count(*)::INTEGER AS young_people,
				max(m.places)::INTEGER AS need_places, count(*) FILTER (WHERE m.places = 0)::INTEGER AS unmatched
			FROM yp JOIN matched m USING (plan_id)
			GROUP BY 1, 2 ORDER BY 1, 2`;
		const rows = await db.all(unmatchedNeedSql('2024/25'));
		expect(rows.length).toBeGreaterThan(10);
		expect(rows).toEqual(await db.all(byPlan));
	});
	// Last: it replaces the plans table.
	it('is built once per loaded extract and rebuilt when the plans table is replaced', async () => {
		const cubes = async () =>
			(await db.all<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() WHERE starts_with(table_name, '${CUBE_PREFIX}')`)).map((r) => r.name);
		const first = await ensureNeedsCube(db);
		expect(await ensureNeedsCube(db)).toBe(first);
		expect(await cubes()).toEqual([first]);
		await localProfiles(db, { need: 'MLD' });
		// A user's file replaces the table (as the loader does): the next filter change notices, counts the new rows
		// from a new cube, and the old cube is dropped.
		await db.run(`CREATE OR REPLACE TABLE local_ehc_plans AS SELECT * FROM local_ehc_plans WHERE primary_need = 'ASD'`);
		const [need] = await localProfiles(db, {}, ['need']);
		expect(need!.counts.map((c) => c.category)).toEqual(['ASD']);
		expect(need!.counts).toEqual((await localProfilesFromRows(db, {}, ['need']))[0]!.counts);
		const second = await ensureNeedsCube(db);
		expect(second).not.toBe(first);
		expect(await cubes()).toEqual([second]);
	});
});
