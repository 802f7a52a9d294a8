import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { exclusionsAllPupils, EXCLUSIONS_ALL_FILE } from './exclusions-all-pupils';

const cell = (measure: string, area: string, period: string, breakdown = 'Total') =>
	`SELECT value, symbol, unit, source_file FROM pub_exclusions_all_pupils
	 WHERE measure = '${measure}' AND area_code = '${area}' AND period = '${period}' AND breakdown = '${breakdown}'`;

// exc_nat_region_la_fy.csv line 10552 (data row 10551): Essex 2022/23 Total.
const ESSEX_ROW = 10551;

describe('exclusions_all_pupils built from DfE exc_nat_region_la_fy', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await exclusionsAllPupils.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published cells for Essex and England', async () => {
		expect(await rows(conn, cell('susp_rate', 'E10000012', '2022/23'))).toEqual([
			{ value: 9.29831, symbol: null, unit: 'rate_per_100', source_file: EXCLUSIONS_ALL_FILE }
		]);
		expect((await rows(conn, cell('suspension', 'E10000012', '2022/23', 'state-funded secondary')))[0]).toMatchObject({ value: 17845 });
		expect((await rows(conn, cell('headcount', 'E92000001', '2022/23', 'special')))[0]).toMatchObject({ value: 152578 });
		expect((await rows(conn, cell('perm_excl', 'E92000001', '2022/23', 'state-funded primary')))[0]).toMatchObject({ value: 1201 });
	});

	it('keeps z as a symbol (Cheshire East 2008/09)', async () => {
		expect(await rows(conn, cell('susp_rate', 'E06000049', '2008/09'))).toEqual([
			{ value: null, symbol: 'z', unit: 'rate_per_100', source_file: EXCLUSIONS_ALL_FILE }
		]);
	});

	it('uses academic-year periods and leaves out Inner/Outer London and uncoded authorities', async () => {
		expect(await rows(conn, `SELECT DISTINCT period_type, year FROM pub_exclusions_all_pupils WHERE period = '2006/07'`)).toEqual([
			{ period_type: 'academic_year', year: 2007 }
		]);
		expect(await rows(conn, `SELECT count(*) AS n FROM pub_exclusions_all_pupils WHERE area_code LIKE 'E13%' OR area_code = 'x'`)).toEqual([{ n: 0 }]);
	});

	it('fails naming file, row and column for a bad cell', async () => {
		const dir = rawDirWithAlteredFile(EXCLUSIONS_ALL_FILE, (t) => replaceCell(t, ESSEX_ROW, 'perm_excl_rate', '0.07%'));
		const error = await exclusionsAllPupils.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`${EXCLUSIONS_ALL_FILE}, row ${ESSEX_ROW}`);
		expect((error as Error).message).toContain('column "perm_excl_rate"');
	});
});
