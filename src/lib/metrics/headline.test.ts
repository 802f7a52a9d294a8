import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../data/lib/node-runner';
import { testModel } from '../../../data/pipeline/test-model';
import { CORE_DATASETS } from '../../../data/pipeline/datasets/core';
import { comparators, currentLas } from './areas';
import { headlineSeries } from './headline';

// The same SQL the browser runs, over the same model built from the real published files.
describe('overview metric SQL on the real published data', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await testModel(CORE_DATASETS);
	});
	afterAll(() => db.close());

	it('lists the 153 current LAs for the picker', async () => {
		const las = await currentLas(db);
		expect(las).toHaveLength(153);
		expect(las.find((a) => a.area_name === 'Essex')).toMatchObject({ area_code: 'E10000012', region_name: 'East of England', dfe_la_number: '881' });
	});

	it('compares Essex with itself, East of England, England and its 10 neighbours in rank order', async () => {
		const rows = await comparators(db, 'E10000012');
		expect(rows.slice(0, 3)).toEqual([
			{ area_code: 'E10000012', area_name: 'Essex', role: 'selected', rank: 0 },
			{ area_code: 'E12000006', area_name: 'East of England', role: 'region', rank: null },
			{ area_code: 'E92000001', area_name: 'England', role: 'england', rank: null }
		]);
		expect(rows.slice(3).map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(rows[3]).toMatchObject({ area_name: 'Kent', role: 'neighbour' });
	});

	it('returns the published headline series for Essex and England', async () => {
		const s = await headlineSeries(db, ['E10000012', 'E92000001']);
		const at = (points: typeof s.activePlans, code: string, year: number) => points.find((p) => p.area_code === code && p.year === year)?.value;
		expect(s.activePlans.map((p) => p.year).filter((_, i, a) => a.indexOf(_) === i)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		expect(at(s.activePlans, 'E10000012', 2019)).toBe(8948);
		expect(at(s.activePlans, 'E10000012', 2025)).toBe(14240);
		expect(at(s.activePlans, 'E92000001', 2025)).toBe(638745);
		expect(at(s.within20Weeks, 'E10000012', 2024)).toBe(16.2);
		expect(at(s.within20WeeksExcl, 'E10000012', 2024)).toBe(15);
		expect(at(s.pupilsWithPlan, 'E92000001', 2025)).toBe(5.3);
	});

	it('refuses anything that is not an area code before it reaches SQL', () => {
		expect(() => comparators(db, "E10000012' OR 1=1 --")).toThrow('Not an area code');
	});
});
