import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../lib/node-runner';
import { comparators } from '../../src/lib/metrics/areas';
import { headlineSeries } from '../../src/lib/metrics/headline';
import { timelinessSeries } from '../../src/lib/metrics/timeliness';
import { testModel } from './test-model';
import { PUBLISHED_DATASETS } from './datasets/index';

const BUCKS = 'E10000002';
const WEST_BERKSHIRE = 'E06000037'; // Buckinghamshire is its closest statistical neighbour (rank 1)

// Values read by hand from data/raw, where DfE published Buckinghamshire under E06000060.
describe('Buckinghamshire under one code (E06000060 → E10000002) in every dataset', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await testModel(PUBLISHED_DATASETS);
	}, 180_000);
	afterAll(() => db.close());

	it('has one Buckinghamshire in areas, 2019–2025', async () => {
		const rows = await db.all(`SELECT area_code, first_year, last_year, is_current FROM areas WHERE area_name = 'Buckinghamshire'`);
		expect(rows).toEqual([{ area_code: BUCKS, first_year: 2019, last_year: 2025, is_current: true }]);
	});

	it('leaves no figure under E06000060 and none twice', async () => {
		const tables = PUBLISHED_DATASETS.filter((d) => d.kind === 'tidy').map((d) => d.table);
		for (const t of tables) {
			const [r] = await db.all<{ alias: number; twice: number }>(
				`SELECT count(*) FILTER (WHERE area_code = 'E06000060') AS alias,
				        (SELECT count(*) FROM (SELECT 1 FROM ${t} WHERE area_code = '${BUCKS}' GROUP BY measure, period, breakdown_topic, breakdown HAVING count(*) > 1)) AS twice
				 FROM ${t}`
			);
			expect({ t, ...r }).toEqual({ t, alias: 0, twice: 0 });
		}
	});

	it('shows the years published under E06000060: plans 2021–2023 (caseload.csv), 20-week timeliness 2020–2022', async () => {
		const s = await headlineSeries(db, [BUCKS]);
		expect(s.activePlans.map((p) => [p.year, p.value])).toEqual([
			[2019, 4054],
			[2020, 4595],
			[2021, 4910],
			[2022, 5415],
			[2023, 5890],
			[2024, 6697],
			[2025, 7217]
		]);
		const t = await timelinessSeries(db, [BUCKS]);
		expect(t.within20.find((r) => r.year === 2021)).toMatchObject({ pc: 78.6, numerator: 556, denominator: 707 });
		expect(t.within20.find((r) => r.year === 2022)).toMatchObject({ pc: 60.6, numerator: 449, denominator: 741 });
	});

	it('shows NEET 2023 (NCCIS, 18.6% of young people with an EHC plan) and exclusions 2021/22', async () => {
		const [neet] = await db.all<{ value: number }>(
			`SELECT value FROM pub_neet_send WHERE area_code = '${BUCKS}' AND year = 2023 AND measure = 'neet_nk_pc' AND breakdown = 'EHC plan'`
		);
		expect(neet?.value).toBe(18.6);
		const years = await db.all<{ year: number }>(`SELECT DISTINCT year FROM pub_neet_send WHERE area_code = '${BUCKS}' ORDER BY year`);
		expect(years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
		const ex = await db.all<{ year: number }>(
			`SELECT DISTINCT year FROM pub_exclusions_all_pupils WHERE area_code = '${BUCKS}' AND year >= 2021 ORDER BY year`
		);
		expect(ex.map((y) => y.year)).toEqual([2021, 2022, 2023]);
	});

	it('gives the LAs that have Buckinghamshire as a neighbour its figures for those years', async () => {
		const cs = await comparators(db, WEST_BERKSHIRE);
		expect(cs.find((c) => c.area_code === BUCKS)).toMatchObject({ role: 'neighbour', rank: 1 });
		const s = await headlineSeries(
			db,
			cs.map((c) => c.area_code)
		);
		expect(s.activePlans.find((p) => p.area_code === BUCKS && p.year === 2022)?.value).toBe(5415);
		const neighbours = await db.all<{ n: number }>(`SELECT count(*) AS n FROM statistical_neighbours WHERE neighbour_code = '${BUCKS}'`);
		expect(neighbours[0]?.n).toBe(16);
	});
});
