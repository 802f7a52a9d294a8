import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { ehcpPost16Settings } from './ehcp-post16-settings';

const CASELOAD = 'ehcp-sen2/release-2025/caseload.csv';
const WORK_BASED = 'ehcp-sen2/release-2025/work_based_placements.csv';

describe('EHC plans aged 16–25 by setting and work-based placements', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await ehcpPost16Settings.build(conn, new RawDir(RAW_DIR));
	});

	it('keeps the published settings of each single year of age (Essex, January 2025, age 20)', async () => {
		// caseload.csv line 19879: ehcplans 309, general FE 188, specialist post-16 6, NEET notice to cease 15, not recorded 55.
		const found = await rows(
			conn,
			`SELECT measure, value FROM pub_ehcp_post16_settings WHERE area_code = 'E10000012' AND period = '2025-01' AND breakdown = 'age 20'
			 AND measure IN ('ehc_plans', 'ehc_plans_general_fe', 'ehc_plans_specialist_post16', 'ehc_plans_neet_notice_to_cease', 'ehc_plans_placement_unknown') ORDER BY measure`
		);
		expect(found).toEqual([
			{ measure: 'ehc_plans', value: 309 },
			{ measure: 'ehc_plans_general_fe', value: 188 },
			{ measure: 'ehc_plans_neet_notice_to_cease', value: 15 },
			{ measure: 'ehc_plans_placement_unknown', value: 55 },
			{ measure: 'ehc_plans_specialist_post16', value: 6 }
		]);
		const [sum] = await rows(
			conn,
			`SELECT sum(value) AS plans FROM pub_ehcp_post16_settings WHERE area_code = 'E10000012' AND period = '2025-01' AND measure = 'ehc_plans' AND breakdown IN ('age 20','age 21','age 22','age 23','age 24','age 25')`
		);
		expect(sum).toEqual({ plans: 743 });
	});

	it('keeps work-based placements by age, with the file\'s own "age 25 or over" label', async () => {
		const found = await rows(
			conn,
			`SELECT breakdown, measure, value, source_file FROM pub_ehcp_post16_settings WHERE area_code IN ('E10000012', 'E92000001') AND measure = 'work_based_supported_internships' AND breakdown IN ('age 20', 'age 25 or over') ORDER BY area_code, breakdown`
		);
		// Essex age 20: 36 supported internships; England: 458 at age 20, 0 at "age 25 or over" (Essex has no such row).
		expect(found).toEqual([
			{ breakdown: 'age 20', measure: 'work_based_supported_internships', value: 36, source_file: WORK_BASED },
			{ breakdown: 'age 20', measure: 'work_based_supported_internships', value: 458, source_file: WORK_BASED },
			{ breakdown: 'age 25 or over', measure: 'work_based_supported_internships', value: 0, source_file: WORK_BASED }
		]);
	});

	it('keeps the published "x" (Peterborough, January 2024, age 16) as a symbol, not zero', async () => {
		const found = await rows(
			conn,
			`SELECT value, symbol FROM pub_ehcp_post16_settings WHERE area_code = 'E06000031' AND period = '2024-01' AND breakdown = 'age 16' AND measure = 'ehc_plans_general_fe'`
		);
		expect(found).toEqual([{ value: null, symbol: 'x' }]);
	});

	it('fails on a malformed setting count, naming file, row and column', async () => {
		const dir = rawDirWithAlteredFile(CASELOAD, (t) => replaceCell(t, 19878, 'general_fe_tertiary_colleges', 'lots'), [WORK_BASED]);
		const error = await ehcpPost16Settings.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/caseload\.csv, row 19878 \(line 19879\), column "general_fe_tertiary_colleges": not a number; found "lots"/);
	});
});
