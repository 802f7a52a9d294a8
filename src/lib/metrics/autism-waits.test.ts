import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../data/lib/node-runner';
import { testModel } from '../../../data/pipeline/test-model';
import { areas } from '../../../data/pipeline/datasets/areas';
import { NHS_DATASETS } from '../../../data/pipeline/datasets/nhs-group';
import { areaFigures, measureById, pooledFigure } from '$lib/sections/waiting-times/published-rows';
import { rankedChart } from '$lib/sections/waiting-times/published-charts';
import { AUTISM_WAITS_DATASETS, laSubIcbCodes, series, snapshot, subIcbs } from './autism-waits';

// Expected values read from data/raw/autism-nhs/AutismStatsDec22_subICB.csv.gz (rows for 01/09/2022, SECONDARY_LEVEL NONE)
// and prepared_data.Rdata__autism.csv.
describe('autism waits SQL on the real published data', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		// Only what these queries read: the other NHS datasets (community health waits, MHS95) are not needed here.
		db = await testModel([areas, ...NHS_DATASETS.filter((d) => (AUTISM_WAITS_DATASETS as readonly string[]).includes(d.id))]);
	});
	afterAll(() => db.close());

	it('finds Essex’s five sub-ICB locations (July 2022 boundaries)', async () => {
		expect(await laSubIcbCodes(db, 'E10000012')).toEqual(['06Q', '06T', '07H', '99E', '99F']);
		const list = await subIcbs(db);
		expect(list).toHaveLength(106);
		expect(list.find((a) => a.code === '06Q')).toMatchObject({ name: 'Mid Essex', official_name: 'NHS Mid and South Essex ICB - 06Q' });
	});

	it('reads September 2022 as published, with "*" kept as a symbol', async () => {
		const snap = (await snapshot(db))!;
		expect(snap.period).toBe('2022-09');
		const at = (code: string, measure: string, age = 'Total') => snap.cells.find((c) => c.area_code === code && c.measure === measure && c.breakdown === age);
		expect(at('06Q', 'asd_open_referrals')).toMatchObject({ value: 280, symbol: null });
		expect(at('06Q', 'asd_open_13w_plus')).toMatchObject({ value: 275 });
		expect(at('06Q', 'asd_first_appt_after_13w_pc')).toMatchObject({ value: 10 });
		expect(at('06Q', 'asd_no_contact_13w_plus_pc')).toMatchObject({ value: 90 });
		expect(at('06Q', 'asd_no_contact_13w_plus_pc', '0 to 17')).toMatchObject({ value: 80 });
		expect(at('06Q', 'asd_new_referrals')).toEqual({ area_code: '06Q', measure: 'asd_new_referrals', breakdown: 'Total', value: null, symbol: '*' });
		expect(at('99E', 'asd_first_appt_after_13w_pc')).toMatchObject({ value: 28 });
		expect(at('99F', 'asd_no_contact_13w_plus_pc')).toMatchObject({ value: 74 });

		const list = await subIcbs(db);
		const noContact = areaFigures(snap.cells, list, measureById('no_contact'), 'Total');
		expect(noContact.find((f) => f.code === '06T')).toMatchObject({ value: 93, n: 100 });
		// Derived: ASD16a ÷ ASD16 = 275 / 280.
		expect(areaFigures(snap.cells, list, measureById('open_13w'), 'Total').find((f) => f.code === '06Q')).toMatchObject({ value: 98.2, symbol: null });
		// A suppressed % stays a symbol: 06Q ASD19e (0 to 17 after 13 weeks) is "*".
		expect(areaFigures(snap.cells, list, measureById('after_13w'), '0 to 17').find((f) => f.code === '06Q')).toMatchObject({ value: null, symbol: '*' });
		const pooled = pooledFigure(snap.cells, measureById('no_contact'), 'Total')!;
		expect(pooled.areas).toBeGreaterThan(90);
		expect(pooled.value).toBeGreaterThan(0);
	});

	// AutismStatsDec22_subICB.csv.gz, September 2022, ASD19b (no care contact, all ages): 01E, 02G and 07H are all 94%.
	it('gives equal published values the same rank ("=N", competition ranking)', async () => {
		const snap = (await snapshot(db))!;
		const spec = rankedChart(
			{ period: snap.period, cells: snap.cells, areas: await subIcbs(db), chosen: ['07H'], chosenLabel: 'Essex’s sub-ICB locations', entry: undefined },
			measureById('no_contact'),
			'Total'
		);
		const rankOf = (code: string) => spec.rows.find((r) => r.code === code)!;
		expect(['01E', '02G', '07H'].map((c) => rankOf(c).value)).toEqual([94, 94, 94]);
		const shared = rankOf('01E').rank as string;
		expect(shared).toMatch(/^=\d+$/);
		expect([rankOf('02G').rank, rankOf('07H').rank]).toEqual([shared, shared]);
		// Competition ranking: the rank is 1 + the number of locations with a higher value.
		const higher = spec.rows.filter((r) => r.code && typeof r.value === 'number' && r.value > 94).length;
		expect(shared).toBe(`=${higher + 1}`);
	});

	it('returns the monthly series for CCGs and England, with suppressed months absent (gaps)', async () => {
		const cells = await series(db, ['06Q', '99E']);
		expect(cells.find((c) => c.area_code === '99E' && c.period === '2022-03' && c.breakdown === '18 to 24')).toMatchObject({ value: 58, area_level: 'ccg' });
		expect(cells.find((c) => c.area_code === 'E92000001' && c.period === '2023-06' && c.breakdown === 'Under 10')).toMatchObject({
			value: 22,
			area_level: 'national'
		});
		expect(cells.every((c) => c.value !== null || c.symbol !== null)).toBe(true);
	});

	it('refuses anything that is not an area code before it reaches SQL', () => {
		expect(() => series(db, ["06Q' OR 1=1"])).toThrow('Not an area code');
	});
});
