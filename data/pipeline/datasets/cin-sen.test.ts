import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { CIN_SEN_LA_FILE, cinSen } from './cin-sen';
import { cellSql } from './money-test-support';

const cell = (measure: string, area: string, period: string, group: string) =>
	cellSql('pub_cin_sen', measure, area, period, group === 'Total' ? 'Total' : 'SEN provision', group);

describe('cin_sen built from the SEN of children in need files', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await cinSen.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published counts and % for Essex, 2021/22', async () => {
		expect(await rows(conn, cell('cin_pc', 'E10000012', '2021/22', 'EHC plan'))).toEqual([{ value: 42.2, symbol: null, unit: 'percent' }]);
		expect((await rows(conn, cell('cin_children', 'E10000012', '2021/22', 'EHC plan')))[0]).toMatchObject({ value: 974, unit: 'count' });
		expect((await rows(conn, cell('cin_children', 'E10000012', '2021/22', 'Total')))[0]).toMatchObject({ value: 2306 });
		expect((await rows(conn, cell('cpp_pc', 'E10000012', '2021/22', 'No SEN')))[0]).toMatchObject({ value: 60.2 });
		expect((await rows(conn, cell('cla_pc', 'E10000012', '2016/17', 'All SEN')))[0]).toMatchObject({ value: 56.6 });
	});

	it('has England’s all-pupils comparison from the national file', async () => {
		expect((await rows(conn, cell('all_pupils_pc', 'E92000001', '2021/22', 'EHC plan')))[0]).toMatchObject({ value: 3.9 });
		expect(await rows(conn, `SELECT DISTINCT area_level FROM pub_cin_sen WHERE measure LIKE 'all_pupils%'`)).toEqual([{ area_level: 'national' }]);
	});

	it('keeps suppressed cells as symbols, never 0 (Rutland 2021/22)', async () => {
		expect(await rows(conn, cell('cin_children', 'E06000017', '2021/22', 'EHC plan'))).toEqual([{ value: null, symbol: 'c', unit: 'count' }]);
	});

	it('fails naming the row and column for a bad cell', async () => {
		const text = (await import('node:fs')).readFileSync(`${RAW_DIR}/${CIN_SEN_LA_FILE}`, 'utf8').split('\n');
		const row = text.findIndex((l) => l.includes(',Essex,') && l.includes('CINO at 31 March') && l.startsWith('202122'));
		const dir = rawDirWithAlteredFile(CIN_SEN_LA_FILE, (t) => replaceCell(t, row, 'pt_statement_or_EHC_plan', '42.2%'), ['social-care/sen_national.csv']);
		const error = await cinSen.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`row ${row}`);
		expect((error as Error).message).toContain('column "pt_statement_or_EHC_plan"');
	});
});
