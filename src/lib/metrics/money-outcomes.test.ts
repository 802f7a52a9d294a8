import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../../data/lib/node-runner';
import { buildPublishedTables } from '../../../data/pipeline/build-published';
import { areas } from '../../../data/pipeline/datasets/areas';
import { statisticalNeighbours } from '../../../data/pipeline/datasets/statistical-neighbours';
import { MONEY_OUTCOMES_DATASETS } from '../../../data/pipeline/datasets/money-outcomes-group';
import { RAW_DIR } from '../../../data/pipeline/test-support';
import { comparators } from './areas';
import { comparedCodes, type SeriesPoint } from './compared-series';
import { financeFigures } from './finance';
import { schoolOutcomeFigures } from './school-outcomes';

// The same SQL the browser runs, over the model built from the real published files.
describe('money and school-outcomes metric SQL on the real published data', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await createNodeRunner();
		await buildPublishedTables(db.connection, RAW_DIR, [areas, statisticalNeighbours, ...MONEY_OUTCOMES_DATASETS]);
	}, 120_000);
	afterAll(() => db.close());

	const at = (rows: SeriesPoint[], series: string, breakdown: string, year: number) =>
		rows.find((r) => r.series === series && r.breakdown === breakdown && r.year === year);
	const codesOf = async (la: string) => comparedCodes(await comparators(db, la));

	it('gives Essex’s DSG balance with the published East of England and England figures', async () => {
		const { dsg } = await financeFigures(db, await codesOf('E10000012'));
		expect(at(dsg, 'selected', 'Total', 2022)).toMatchObject({ value: 0.53, period: '2021-22', basis: 'published' });
		expect(at(dsg, 'region', 'Total', 2022)).toMatchObject({ value: -1.36, basis: 'published' });
		expect(at(dsg, 'england', 'Total', 2022)).toMatchObject({ value: -2.26, basis: 'published' });
		const nb = at(dsg, 'neighbours', 'Total', 2022)!;
		expect(nb.basis).toBe('median');
		expect(nb.las).toBe(10);
	});

	it('compares specialist spend per head with the median of the region’s LAs (the file has no region rows), leaving out LAs without a figure', async () => {
		const { spend } = await financeFigures(db, await codesOf('E10000012'));
		expect(at(spend, 'selected', 'State', 2022)?.value).toBeCloseTo(134.42213295952013, 10);
		const region = at(spend, 'region', 'State', 2022)!;
		expect(region.basis).toBe('median');
		// East of England has 11 LAs, all with a 2021-22 figure.
		expect(region.las).toBe(11);
		const direct = await db.all<{ m: number }>(
			`SELECT median(value) AS m FROM pub_specialist_spend s JOIN areas a USING (area_code) WHERE a.region_code = 'E12000006' AND measure = 'specialist_spend_per_head' AND breakdown = 'State' AND period = '2021-22'`
		);
		expect(region.value).toBeCloseTo(direct[0]!.m, 10);
		// East Midlands 2021-22: Northamptonshire (abolished) is 'z' and not counted, North and West Northamptonshire are.
		const em = await financeFigures(db, await codesOf('E06000061'));
		expect(at(em.spend, 'region', 'State', 2022)?.las).toBe(10);
	});

	it('gives Essex’s absence for pupils with an EHC plan and no SEN, 2022/23, and the published region and England', async () => {
		const { absence } = await schoolOutcomeFigures(db, await codesOf('E10000012'));
		expect(at(absence, 'selected', 'EHC plan', 2023)).toMatchObject({ value: 12.16, period: '2022/23', basis: 'published' });
		expect(at(absence, 'selected', 'No SEN', 2023)).toMatchObject({ value: 6.6 });
		expect(at(absence, 'region', 'EHC plan', 2023)?.basis).toBe('published');
		expect(at(absence, 'england', 'EHC plan', 2023)?.basis).toBe('published');
		expect(absence.some((r) => r.year === 2020)).toBe(false);
	});

	it('uses the median of London’s boroughs for a London borough’s absence (the file has no London row)', async () => {
		const { absence } = await schoolOutcomeFigures(db, await codesOf('E09000007'));
		const region = at(absence, 'region', 'EHC plan', 2023)!;
		expect(region.basis).toBe('median');
		expect(region.las).toBeGreaterThanOrEqual(32);
	});

	it('gives Essex’s children in need with an EHC plan and LAIT attainment, with LAIT’s rules', async () => {
		const f = await schoolOutcomeFigures(db, await codesOf('E10000012'));
		expect(at(f.childrenInNeed, 'selected', 'EHC plan', 2022)).toMatchObject({ value: 42.2 });
		expect(at(f.ks2, 'selected', 'EHC plan', 2025)).toMatchObject({ value: 8 });
		expect(at(f.ks2, 'selected', 'EHC plan', 2020)).toMatchObject({ value: null, symbol: 'x' });
		expect(at(f.progress8, 'selected', 'EHC plan', 2024)).toMatchObject({ value: -0.93 });
		expect(f.laitRules.find((r) => r.measure === 'ks4_progress8' && r.breakdown === 'EHC plan')).toMatchObject({
			polarity: 'higher_is_better',
			lait_quartiled: true,
			lait_decimals: 2
		});
	});
});
