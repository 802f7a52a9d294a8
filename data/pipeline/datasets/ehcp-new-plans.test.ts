import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { ehcpNewPlans, NEW_PLANS_FILE } from './ehcp-new-plans';

const cell = (measure: string, area: string, period: string, topic = 'Total', breakdown = 'Total') =>
	`SELECT value, symbol, unit, source_file FROM pub_ehcp_new_plans
	 WHERE measure = '${measure}' AND area_code = '${area}' AND period = '${period}' AND breakdown_topic = '${topic}' AND breakdown = '${breakdown}'`;

// newplans.csv line 15224 (data row 15223): Essex, 2024, New EHC plans.
const ESSEX_2024_ROW = 15223;

describe('ehcp_new_plans built from the 2025 SEN2 release', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await ehcpNewPlans.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published cells for Essex and England', async () => {
		expect(await rows(conn, cell('new_ehc_plans', 'E10000012', '2024'))).toEqual([{ value: 1905, symbol: null, unit: 'count', source_file: NEW_PLANS_FILE }]);
		expect((await rows(conn, cell('new_ehc_plans', 'E10000012', '2019')))[0]).toMatchObject({ value: 995 });
		expect((await rows(conn, cell('new_ehc_plans_mainstream', 'E10000012', '2024')))[0]).toMatchObject({ value: 1493 });
		expect((await rows(conn, cell('new_ehc_plans_special', 'E10000012', '2024')))[0]).toMatchObject({ value: 125 });
		expect((await rows(conn, cell('new_ehc_plans', 'E92000001', '2024')))[0]).toMatchObject({ value: 97747 });
		expect((await rows(conn, cell('new_ehc_plans_awaiting_provision', 'E92000001', '2021')))[0]).toMatchObject({ value: 1329 });
	});

	it('keeps x as a symbol (Wakefield 2022 settings; awaiting provision after 2021)', async () => {
		expect(await rows(conn, cell('new_ehc_plans_mainstream', 'E08000036', '2022'))).toEqual([
			{ value: null, symbol: 'x', unit: 'count', source_file: NEW_PLANS_FILE }
		]);
		expect((await rows(conn, cell('new_ehc_plans_awaiting_provision', 'E10000012', '2024')))[0]).toMatchObject({ value: null, symbol: 'x' });
	});

	it('publishes settings for whole-area totals only', async () => {
		expect(await rows(conn, `SELECT DISTINCT breakdown_topic FROM pub_ehcp_new_plans WHERE measure <> 'new_ehc_plans'`)).toEqual([
			{ breakdown_topic: 'Total' }
		]);
	});

	it('fails naming file, row and column for a bad cell', async () => {
		const dir = rawDirWithAlteredFile(NEW_PLANS_FILE, (t) => replaceCell(t, ESSEX_2024_ROW, 'special_total', '12S'));
		const error = await ehcpNewPlans.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`${NEW_PLANS_FILE}, row ${ESSEX_2024_ROW}`);
		expect((error as Error).message).toContain('column "special_total"');
	});
});
