import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { ABSENCE_SEN_FILE, absenceSen } from './absence-sen';
import { cellSql, connectionWithAreas } from './money-test-support';

const cell = (measure: string, area: string, period: string, group: string) => cellSql('pub_absence_sen', measure, area, period, 'SEN provision', group);
// prepared_data.Rdata__absence.csv line 1268 (data row 1267): Essex, EHC plan, overall, 2022/23.
const ESSEX_EHCP_ROW = 1267;

describe('absence_sen built from the absence by SEN provision extract', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await connectionWithAreas();
		await absenceSen.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published absence rates for Essex, its region and England', async () => {
		expect(await rows(conn, cell('absence_overall', 'E10000012', '2022/23', 'EHC plan'))).toEqual([{ value: 12.16, symbol: null, unit: 'percent' }]);
		expect((await rows(conn, cell('absence_unauthorised', 'E10000012', '2022/23', 'EHC plan')))[0]).toMatchObject({ value: 2.5 });
		expect((await rows(conn, cell('absence_overall', 'E10000012', '2022/23', 'No SEN')))[0]).toMatchObject({ value: 6.6 });
		expect((await rows(conn, cell('absence_overall', 'E10000012', '2022/23', 'All SEN')))[0]).toMatchObject({ value: 11.02 });
		expect(
			await rows(
				conn,
				`SELECT area_level, value FROM pub_absence_sen WHERE area_code IN ('E12000006', 'E92000001') AND measure = 'absence_overall' AND period = '2022/23' AND breakdown = 'EHC plan' ORDER BY area_level`
			)
		).toHaveLength(2);
	});

	it('has no 2019/20 and no London region (the file has Inner and Outer London only)', async () => {
		expect(await rows(conn, `SELECT DISTINCT period FROM pub_absence_sen ORDER BY period`)).toEqual(
			['2016/17', '2017/18', '2018/19', '2020/21', '2021/22', '2022/23'].map((period) => ({ period }))
		);
		expect(await rows(conn, `SELECT count(*) AS n FROM pub_absence_sen WHERE area_code = 'E12000007' OR area_code LIKE 'E13%'`)).toEqual([{ n: 0 }]);
	});

	it('fails naming the row and column for a bad cell', async () => {
		const dir = rawDirWithAlteredFile(ABSENCE_SEN_FILE, (t) => replaceCell(t, ESSEX_EHCP_ROW, 'Percentage', '12.16%'));
		const error = await absenceSen.build(conn, new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`row ${ESSEX_EHCP_ROW}`);
		expect((error as Error).message).toContain('column "Percentage"');
	});
});
