import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { KS4_DESTINATIONS_FILE, ks4DestinationsSen } from './ks4-destinations-sen';

const cell = (measure: string, area: string, period: string, breakdown: string) =>
	`SELECT value, symbol, unit, source_file FROM pub_ks4_destinations_sen
	 WHERE measure = '${measure}' AND area_code = '${area}' AND period = '${period}' AND breakdown_topic = 'SEN provision' AND breakdown = '${breakdown}'`;

// prepared_data.Rdata__ks4_destinations.csv data row 20862: Essex, 202122, EHC plan or Statement, destination "overall".
const ESSEX_ROW = 20862;

describe('ks4_destinations_sen built from the KS4 destination measures file', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await ks4DestinationsSen.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published cells for Essex and the East of England (2021/22)', async () => {
		// Essex 202122, EHC plan or Statement: overall 90.1, appren 0.7, all_work 3.4, all_notsust 7.5, all_unknown 2.4; cohort 587, education 86.0.
		expect(await rows(conn, cell('sustained_pc', 'E10000012', '2021/22', 'EHC plan or Statement'))).toEqual([
			{ value: 90.1, symbol: null, unit: 'percent', source_file: KS4_DESTINATIONS_FILE }
		]);
		const ehc = async (m: string) => (await rows(conn, cell(m, 'E10000012', '2021/22', 'EHC plan or Statement')))[0]?.value;
		expect([
			await ehc('education_pc'),
			await ehc('apprenticeship_pc'),
			await ehc('employment_pc'),
			await ehc('not_sustained_pc'),
			await ehc('unknown_pc'),
			await ehc('cohort')
		]).toEqual([86, 0.7, 3.4, 7.5, 2.4, 587]);
		// No identified SEN: overall 94.6; SEN support: overall 87.4.
		expect((await rows(conn, cell('sustained_pc', 'E10000012', '2021/22', 'No identified SEN')))[0]).toMatchObject({ value: 94.6 });
		expect((await rows(conn, cell('sustained_pc', 'E10000012', '2021/22', 'SEN support')))[0]).toMatchObject({ value: 87.4 });
		// East of England region (row 23112): EHC plan overall 90.4.
		expect((await rows(conn, cell('sustained_pc', 'E12000006', '2021/22', 'EHC plan or Statement')))[0]).toMatchObject({ value: 90.4 });
	});

	it('has four destination years, no England rows and no Inner/Outer London rows', async () => {
		expect(await rows(conn, `SELECT DISTINCT period, year FROM pub_ks4_destinations_sen ORDER BY period`)).toEqual([
			{ period: '2018/19', year: 2019 },
			{ period: '2019/20', year: 2020 },
			{ period: '2020/21', year: 2021 },
			{ period: '2021/22', year: 2022 }
		]);
		expect(await rows(conn, `SELECT count(*) AS n FROM pub_ks4_destinations_sen WHERE area_level = 'national' OR area_code LIKE 'E13%'`)).toEqual([{ n: 0 }]);
	});

	it('keeps a blank cell as a symbol, never 0', async () => {
		// No blank or symbol cell in the kept measures of the real file: blank Essex's 2021/22 EHC "overall" figure.
		const dir = rawDirWithAlteredFile(KS4_DESTINATIONS_FILE, (t) => replaceCell(t, ESSEX_ROW, '% of pupils', ''));
		const c = await memoryConnection();
		await ks4DestinationsSen.build(c, new RawDir(dir));
		expect(await rows(c, cell('sustained_pc', 'E10000012', '2021/22', 'EHC plan or Statement'))).toEqual([
			{ value: null, symbol: '', unit: 'percent', source_file: KS4_DESTINATIONS_FILE }
		]);
	});

	it('fails naming file, row and column for a bad cell', async () => {
		const dir = rawDirWithAlteredFile(KS4_DESTINATIONS_FILE, (t) => replaceCell(t, ESSEX_ROW, '% of pupils', '90.1%'));
		const error = await ks4DestinationsSen.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`${KS4_DESTINATIONS_FILE}, row ${ESSEX_ROW}`);
		expect((error as Error).message).toContain('column "% of pupils"');
	});
});
