import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { NEET_FILES, neetSend } from './neet-send';

const cell = (measure: string, area: string, period: string, topic = 'Total', breakdown = 'Total') =>
	`SELECT value, symbol, unit, source_file FROM pub_neet_send
	 WHERE measure = '${measure}' AND area_code = '${area}' AND period = '${period}' AND breakdown_topic = '${topic}' AND breakdown = '${breakdown}'`;

const [FILE_2025, FILE_2024, FILE_2023, , FILE_2021] = NEET_FILES as [string, string, string, string, string];
// UD_NEETNK_LA_dashboard_2023_final.csv line 18 (data row 17): Essex.
const ESSEX_2023_ROW = 17;

describe('neet_send built from the NCCIS LA dashboard files', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await neetSend.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published cells for Essex and England', async () => {
		expect(await rows(conn, cell('neet_nk_pc', 'E10000012', '2025', 'SEN provision', 'EHC plan'))).toEqual([
			{ value: 9.4, symbol: null, unit: 'percent', source_file: FILE_2025 }
		]);
		expect((await rows(conn, cell('neet_nk_pc', 'E10000012', '2024', 'SEN provision', 'SEN support')))[0]).toMatchObject({
			value: 13.8,
			source_file: FILE_2024
		});
		expect((await rows(conn, cell('cohort_pc', 'E10000012', '2023', 'SEN provision', 'EHC plan')))[0]).toMatchObject({ value: 4, source_file: FILE_2023 });
		expect((await rows(conn, cell('neet_nk_pc', 'E10000012', '2025')))[0]).toMatchObject({ value: 6.5 });
		expect((await rows(conn, cell('cohort', 'E10000012', '2025')))[0]).toMatchObject({ value: 35852, unit: 'count' });
		expect((await rows(conn, cell('neet_nk_pc', 'E92000001', '2025', 'SEN provision', 'EHC plan')))[0]).toMatchObject({ value: 10.1 });
		expect((await rows(conn, cell('neet_pc', 'E92000001', '2021')))[0]).toMatchObject({ value: 2.8, source_file: FILE_2021 });
	});

	it('keeps c and blank cells as symbols, never 0', async () => {
		// Rutland 2025, SEN support: c.
		expect(await rows(conn, cell('neet_nk_pc', 'E06000017', '2025', 'SEN provision', 'SEN support'))).toEqual([
			{ value: null, symbol: 'c', unit: 'percent', source_file: FILE_2025 }
		]);
		// 2021 has no LA figures by SEN provision (blank cells).
		expect((await rows(conn, cell('neet_nk_pc', 'E10000012', '2021', 'SEN provision', 'EHC plan')))[0]).toMatchObject({ value: null, symbol: '' });
	});

	it('has one year per file and leaves out the 2021 placeholder rows', async () => {
		expect(await rows(conn, `SELECT period, count(DISTINCT source_file) AS files FROM pub_neet_send GROUP BY period ORDER BY period`)).toEqual(
			['2021', '2022', '2023', '2024', '2025'].map((period) => ({ period, files: 1 }))
		);
		expect(await rows(conn, `SELECT count(*) AS n FROM pub_neet_send WHERE area_code IS NULL OR area_code = ''`)).toEqual([{ n: 0 }]);
	});

	it('applies the release rule when two files publish the same year: the newest file wins', async () => {
		// Make the 2024 file claim 2025 with a different Essex figure: the 2025 file must still win.
		const dir = rawDirWithAlteredFile(
			FILE_2024,
			(t) => t.replaceAll('\n2024,', '\n2025,'),
			NEET_FILES.filter((f) => f !== FILE_2024)
		);
		const c = await memoryConnection();
		await neetSend.build(c, new RawDir(dir));
		expect(await rows(c, cell('neet_nk_pc', 'E10000012', '2025', 'SEN provision', 'EHC plan'))).toEqual([
			{ value: 9.4, symbol: null, unit: 'percent', source_file: FILE_2025 }
		]);
	});

	it('fails naming file, row and column for a bad cell', async () => {
		const dir = rawDirWithAlteredFile(
			FILE_2023,
			(t) => replaceCell(t, ESSEX_2023_ROW, 'NEET_NK_EHCP_percent', '7.8%'),
			NEET_FILES.filter((f) => f !== FILE_2023)
		);
		const error = await neetSend.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`${FILE_2023}, row ${ESSEX_2023_ROW}`);
		expect((error as Error).message).toContain('column "NEET_NK_EHCP_percent"');
	});
});
