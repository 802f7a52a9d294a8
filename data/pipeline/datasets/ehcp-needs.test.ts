import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { ALL_PLANS_FILE, ehcpNeeds, NEW_PLANS_FILE } from './ehcp-needs';

const cell = (measure: string, area: string, period: string, topic = 'Total', breakdown = 'Total') =>
	`SELECT value, symbol, unit, source_file FROM pub_ehcp_needs
	 WHERE measure = '${measure}' AND area_code = '${area}' AND period = '${period}' AND breakdown_topic = '${topic}' AND breakdown = '${breakdown}'`;

// sen_needs_all_plans.csv line 2214 (data row 2213): Essex, All EHC plans.
const ESSEX_ALL_ROW = 2213;

describe('ehcp_needs built from the 2025 SEN2 release', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await ehcpNeeds.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published cells: all plans by need, January 2025', async () => {
		expect(await rows(conn, cell('ehc_plans', 'E10000012', '2025-01', 'Primary need', 'ASD'))).toEqual([
			{ value: 5929, symbol: null, unit: 'count', source_file: ALL_PLANS_FILE }
		]);
		expect((await rows(conn, cell('ehc_plans_pc', 'E10000012', '2025-01', 'Primary need', 'ASD')))[0]).toMatchObject({ value: 41.6, unit: 'percent' });
		expect((await rows(conn, cell('ehc_plans', 'E10000012', '2025-01', 'Primary need', 'MLD')))[0]).toMatchObject({ value: 1254 });
		expect((await rows(conn, cell('ehc_plans', 'E10000012', '2025-01')))[0]).toMatchObject({ value: 14240 });
		expect((await rows(conn, cell('ehc_plans', 'E92000001', '2025-01', 'Primary need', 'ASD')))[0]).toMatchObject({ value: 201183 });
		expect((await rows(conn, cell('ehc_plans', 'E92000001', '2025-01', 'Primary need', 'UNKNOWN')))[0]).toMatchObject({ value: 4870 });
	});

	it('equals the published cells: need by age, and new plans in 2024', async () => {
		expect((await rows(conn, cell('ehc_plans_need_asd', 'E10000012', '2025-01', 'Child or young persons age', 'age 5')))[0]).toMatchObject({ value: 333 });
		expect((await rows(conn, cell('ehc_plans_need_slcn', 'E10000012', '2025-01', 'Child or young persons age', 'age 5')))[0]).toMatchObject({ value: 163 });
		expect((await rows(conn, cell('ehc_plans', 'E10000012', '2025-01', 'Child or young persons age', 'age 5')))[0]).toMatchObject({ value: 608 });
		expect(await rows(conn, cell('new_ehc_plans', 'E10000012', '2024', 'Primary need', 'ASD'))).toEqual([
			{ value: 890, symbol: null, unit: 'count', source_file: NEW_PLANS_FILE }
		]);
		expect((await rows(conn, cell('new_ehc_plans', 'E92000001', '2024', 'Primary need', 'SEMH')))[0]).toMatchObject({ value: 25640 });
		expect((await rows(conn, cell('new_ehc_plans_pc', 'E92000001', '2024', 'Primary need', 'SLCN')))[0]).toMatchObject({ value: 27.7 });
	});

	it('keeps x (Surrey new plans by need) as a symbol, never 0', async () => {
		expect(await rows(conn, cell('new_ehc_plans', 'E10000030', '2024', 'Primary need', 'ASD'))).toEqual([
			{ value: null, symbol: 'x', unit: 'count', source_file: NEW_PLANS_FILE }
		]);
		expect((await rows(conn, cell('new_ehc_plans', 'E10000030', '2024')))[0]).toMatchObject({ value: 2580, symbol: null });
	});

	it('has one period per file and no Inner/Outer London rows', async () => {
		expect(await rows(conn, `SELECT DISTINCT period, period_type FROM pub_ehcp_needs ORDER BY period`)).toEqual([
			{ period: '2024', period_type: 'calendar_year' },
			{ period: '2025-01', period_type: 'january_census' }
		]);
		expect(await rows(conn, `SELECT count(*) AS n FROM pub_ehcp_needs WHERE area_code LIKE 'E13%'`)).toEqual([{ n: 0 }]);
	});

	it('fails naming file, row and column for a bad cell', async () => {
		const dir = rawDirWithAlteredFile(ALL_PLANS_FILE, (t) => replaceCell(t, ESSEX_ALL_ROW, 'number_asd', 'lots'), [NEW_PLANS_FILE]);
		const error = await ehcpNeeds.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(ALL_PLANS_FILE);
		expect((error as Error).message).toContain(`row ${ESSEX_ALL_ROW}`);
		expect((error as Error).message).toContain('column "number_asd"');
		expect((error as Error).message).toContain('"lots"');
	});

	it('fails naming the file and the column when a column is missing', async () => {
		const dir = rawDirWithAlteredFile(NEW_PLANS_FILE, (t) => t.replace(',slcn_pc,', ',slcn_percent,'), [ALL_PLANS_FILE]);
		const error = await ehcpNeeds.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(NEW_PLANS_FILE);
		expect((error as Error).message).toContain('missing column "slcn_pc"');
	});
});
