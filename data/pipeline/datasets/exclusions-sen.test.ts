import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { exclusionsSen, EXCLUSIONS_SEN_FILE } from './exclusions-sen';

const cell = (measure: string, area: string, topic: string, breakdown: string) =>
	`SELECT value, symbol, unit, period, source_file FROM pub_exclusions_sen
	 WHERE measure = '${measure}' AND area_code = '${area}' AND breakdown_topic = '${topic}' AND breakdown = '${breakdown}'`;

// LA_Exclusions_PreFinal.csv lines 245–247 (data rows 244–246): Essex EHC plan, SEN support, No SEN.
const ESSEX_EHCP_ROW = 244;

describe('exclusions_sen built from the re-cut LA × SEN provision file', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await exclusionsSen.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published cells for Essex, 2022/23', async () => {
		expect(await rows(conn, cell('susp_rate', 'E10000012', 'SEN provision', 'EHC plan'))).toEqual([
			{ value: 21.86703729, symbol: null, unit: 'rate_per_100', period: '2022/23', source_file: EXCLUSIONS_SEN_FILE }
		]);
		expect((await rows(conn, cell('headcount', 'E10000012', 'SEN provision', 'EHC plan')))[0]).toMatchObject({ value: 8634 });
		expect((await rows(conn, cell('perm_excl', 'E10000012', 'SEN provision', 'SEN support')))[0]).toMatchObject({ value: 65 });
		expect((await rows(conn, cell('headcount', 'E10000012', 'SEN provision', 'No SEN')))[0]).toMatchObject({ value: 187156 });
		expect((await rows(conn, cell('perm_excl', 'E10000012', 'Total', 'Total')))[0]).toMatchObject({ value: 162 });
		expect((await rows(conn, cell('susp_rate', 'E10000012', 'Total', 'Total')))[0]).toMatchObject({ value: 9.29831 });
	});

	it('keeps a blank total blank (Buckinghamshire), never 0', async () => {
		expect(await rows(conn, cell('perm_excl', 'E10000002', 'Total', 'Total'))).toEqual([
			{ value: null, symbol: '', unit: 'count', period: '2022/23', source_file: EXCLUSIONS_SEN_FILE }
		]);
		expect((await rows(conn, cell('perm_excl', 'E10000002', 'SEN provision', 'EHC plan')))[0]).toMatchObject({ value: 4 });
	});

	it('leaves out the SEN provision rows that cannot be assigned (Isles of Scilly, City of London)', async () => {
		expect(await rows(conn, `SELECT DISTINCT breakdown FROM pub_exclusions_sen WHERE area_code IN ('E06000053', 'E09000001')`)).toEqual([
			{ breakdown: 'Total' }
		]);
	});

	it('fails naming file, row and column for a bad cell', async () => {
		const dir = rawDirWithAlteredFile(EXCLUSIONS_SEN_FILE, (t) => replaceCell(t, ESSEX_EHCP_ROW, 'suspension', '1888?'));
		const error = await exclusionsSen.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`${EXCLUSIONS_SEN_FILE}, row ${ESSEX_EHCP_ROW}`);
		expect((error as Error).message).toContain('column "suspension"');
	});

	it('fails when a row has two SEN provision headcounts', async () => {
		const dir = rawDirWithAlteredFile(EXCLUSIONS_SEN_FILE, (t) => replaceCell(t, ESSEX_EHCP_ROW, 'SEN provision - No SEN', '5'));
		const error = await exclusionsSen.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`row ${ESSEX_EHCP_ROW}`);
		expect((error as Error).message).toContain('column "SEN provision - SEN with an EHC plan"');
	});
});
