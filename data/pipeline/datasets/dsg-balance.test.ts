import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { DSG_FILE, DSG_PERCENT, dsgBalance } from './dsg-balance';
import { cellSql, connectionWithAreas } from './money-test-support';

const cell = (area: string, period: string) => cellSql('pub_dsg_balance', 'dsg_balance_pct_income', area, period);
// prepared_data.Rdata__dsg_deficit.csv line 445 (data row 444): Essex 2021-22.
const ESSEX_2122_ROW = 444;

describe('dsg_balance built from the DSG cumulative balance extract', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await connectionWithAreas();
		await dsgBalance.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published % of income for Essex, its region and England', async () => {
		expect(await rows(conn, cell('E10000012', '2021-22'))).toEqual([{ value: 0.53, symbol: null, unit: 'percent' }]);
		expect((await rows(conn, cell('E10000012', '2019-20')))[0]).toMatchObject({ value: -0.49 });
		expect((await rows(conn, cell('E12000006', '2021-22')))[0]).toMatchObject({ value: -1.36 });
		expect((await rows(conn, cell('E92000001', '2021-22')))[0]).toMatchObject({ value: -2.26 });
	});

	it('maps every LA name to a code, Dorset by year (the unitary council from 2019-20)', async () => {
		expect(await rows(conn, `SELECT count(DISTINCT area_code) AS n FROM pub_dsg_balance WHERE area_level = 'la' AND period = '2021-22'`)).toEqual([{ n: 150 }]);
		expect((await rows(conn, cell('E06000059', '2020-21')))[0]).toMatchObject({ value: -15.06 });
		expect(await rows(conn, `SELECT count(*) AS n FROM pub_dsg_balance WHERE area_code = 'E10000009'`)).toEqual([{ n: 0 }]);
	});

	it('fails naming the row and column for an LA name that is not an area', async () => {
		const dir = rawDirWithAlteredFile(DSG_FILE, (t) => replaceCell(t, ESSEX_2122_ROW, 'la_name', 'Essexx'), ['ehcp-sen2/release-2025/caseload.csv']);
		const error = await dsgBalance.build(conn, new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`row ${ESSEX_2122_ROW}`);
		expect((error as Error).message).toContain('column "la_name"');
	});

	it('fails when a balance is not a number', async () => {
		const dir = rawDirWithAlteredFile(DSG_FILE, (t) => replaceCell(t, ESSEX_2122_ROW, DSG_PERCENT, '0.53%'));
		const error = await dsgBalance.build(conn, new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`column "${DSG_PERCENT}"`);
	});
});
