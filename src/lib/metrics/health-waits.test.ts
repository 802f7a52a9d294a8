import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../data/lib/node-runner';
import { testModel } from '../../../data/pipeline/test-model';
import { areas } from '../../../data/pipeline/datasets/areas';
import { NHS_DATASETS } from '../../../data/pipeline/datasets/nhs-group';
import { laSubIcbCodes } from './autism-waits';
import { icbNames, laIcbs, waitCells, waitPeriods } from './health-waits';
import { access, accessInPeriods, accessSpans } from './mental-health-access';

const ESSEX = 'E10000012';

// Expected values read from data/raw/nhs-cyp-health/la_ch_time_series_derived.csv, eng_ch_time_series_derived.csv and
// prepared_data.Rdata__mentalhealth_ccg.csv.
describe('health waits and mental health access SQL on the real published data', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await testModel([areas, ...NHS_DATASETS]);
	});
	afterAll(() => db.close());

	it('finds Essex’s three ICBs with their sub-ICB locations and shares of the LA (2020 CCG LSOA counts)', async () => {
		const icbs = await laIcbs(db, ESSEX);
		expect(icbs.map((i) => [i.code, i.name, i.sub_icbs])).toEqual([
			['QH8', 'Mid and South Essex', ['06Q', '99E', '99F']],
			['QJG', 'Suffolk and North East Essex', ['06T']],
			['QM7', 'Hertfordshire and West Essex', ['07H']]
		]);
		// 06Q 26.8% + 99E 17.9% + 99F 12.6% (docs/data-model.md); 06T 22.2%; 07H 20.4%.
		expect(icbs.map((i) => Math.round(i.share_of_la! * 1000) / 10)).toEqual([57.3, 22.2, 20.4]);
		expect(icbs.reduce((s, i) => s + i.share_of_la!, 0)).toBeCloseTo(1, 6);
	});

	it('gives every LA at least one ICB, and shares that add up to the whole LA where they are known', async () => {
		const las = await db.all<{ code: string }>(`SELECT DISTINCT la_code AS code FROM la_nhs_overlap WHERE vintage = '2022'`);
		expect(las.length).toBeGreaterThanOrEqual(153);
		for (const { code } of las) {
			const icbs = await laIcbs(db, code);
			expect(icbs.length, code).toBeGreaterThan(0);
			const shares = icbs.map((i) => i.share_of_la);
			if (shares.every((s) => s !== null))
				expect(
					shares.reduce((a, b) => a! + b!, 0),
					code
				).toBeLessThanOrEqual(1 + 1e-9);
		}
		expect(await icbNames(db)).toHaveLength(42);
	});

	it('reads the ICBs’ and England’s waits as published, NA kept as a symbol', async () => {
		const cells = await waitCells(db, { codes: ['QH8', 'QM7', 'QJG'] });
		const at = (area: string, period: string, service: string, measure: string) =>
			cells.find((c) => c.area_code === area && c.period === period && c.service === service && c.measure === measure);
		// "Mid and South Essex","June 2023","Speech And Language",360,7,0,1.944…
		expect(at('QH8', '2023-06', 'Speech and language therapy', 'chs_waiting_over_18w_pc')?.value).toBeCloseTo(1.94444444444444, 12);
		expect(at('QH8', '2023-06', 'Speech and language therapy', 'chs_waiting_total')).toMatchObject({ value: 360, symbol: null });
		// "Hertfordshire and West Essex","March 2023","Community Paediatric Service",5794,2508,1495,69.09
		expect(at('QM7', '2023-03', 'Community paediatrics', 'chs_waiting_52w_plus')).toMatchObject({ value: 1495 });
		expect(at('QM7', '2023-03', 'Audiology', 'chs_waiting_total')).toMatchObject({ value: null, symbol: 'NA' });
		// England, October 2023, speech and language therapy: 67,790 waiting, 22,820 + 4,113 over 18 weeks.
		expect(at('E92000001', '2023-10', 'Speech and language therapy', 'chs_waiting_total')).toMatchObject({ area_level: 'national', value: 67790 });
		expect(at('E92000001', '2023-10', 'Speech and language therapy', 'chs_waiting_over_18w_pc')?.value).toBeCloseTo(39.7300486797463, 12);
		expect(new Set(cells.map((c) => c.area_code))).toEqual(new Set(['QH8', 'QJG', 'QM7', 'E92000001']));
		const periods = await waitPeriods(db);
		expect(periods).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10']);
		const october = await waitCells(db, { period: '2023-10' });
		expect(new Set(october.map((c) => c.area_code)).size).toBe(43);
		expect(october.every((c) => c.period === '2023-10')).toBe(true);
	});

	it('reads MHS95 for Essex’s sub-ICB locations and England', async () => {
		const codes = await laSubIcbCodes(db, ESSEX);
		const cells = await access(db, codes);
		const at = (area: string, period: string) => cells.find((c) => c.area_code === area && c.period === period);
		expect(at('06Q', '2021-03')).toMatchObject({ area_level: 'ccg', value: 2865 });
		expect(at('06Q', '2023-08')).toMatchObject({ area_level: 'sub_icb', value: 3800 });
		expect(at('99E', '2023-08')).toMatchObject({ value: 2250 });
		expect(at('E92000001', '2022-07')).toMatchObject({ area_level: 'national', value: 689621 });
		expect(new Set(cells.map((c) => c.area_code))).toEqual(new Set([...codes, 'E92000001']));
		expect(await accessSpans(db)).toEqual({ england: { first: '2021-03', last: '2022-07' }, local: { first: '2021-03', last: '2023-08' } });
		const both = await accessInPeriods(db, ['2021-03', '2022-07']);
		expect(both.filter((c) => c.area_level !== 'national')).toHaveLength(212);
		expect(both.find((c) => c.area_code === 'E92000001' && c.period === '2021-03')).toMatchObject({ value: 572912 });
	});
});
