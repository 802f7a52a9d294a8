import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { ehcpAgeGroups } from './ehcp-age-groups';

describe('EHC plans by age group, January 2019–2025', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await ehcpAgeGroups.build(conn, new RawDir(RAW_DIR));
	});

	it('takes 2019–2023 as published and sums 2024–2025 single years (Essex, England)', async () => {
		const found = await rows(
			conn,
			`SELECT year, value, source_file FROM pub_ehcp_age_groups WHERE area_code = 'E10000012' AND breakdown = '16 to 19' ORDER BY year`
		);
		expect(found.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		// January 2025, caseload.csv: ages 16–19 = 918 + 831 + 648 + 452.
		expect(found.at(-1)).toEqual({ year: 2025, value: 2849, source_file: 'ehcp-sen2/release-2025/caseload.csv' });
		const [england] = await rows(conn, `SELECT value FROM pub_ehcp_age_groups WHERE area_code = 'E92000001' AND year = 2023 AND breakdown = '20 to 25'`);
		expect(england).toEqual({ value: 35275 });
	});

	it('shows a group as suppressed when one of its single years is', async () => {
		// Peterborough, January 2024: ages 10–12 are "x" in the file, so 5 to 10 and 11 to 15 are "x".
		const found = await rows(
			conn,
			`SELECT breakdown, value, symbol FROM pub_ehcp_age_groups WHERE area_code = 'E06000031' AND year = 2024 AND breakdown IN ('5 to 10', '11 to 15') ORDER BY breakdown`
		);
		expect(found).toEqual([
			{ breakdown: '11 to 15', value: null, symbol: 'x' },
			{ breakdown: '5 to 10', value: null, symbol: 'x' }
		]);
	});

	it('fails on an unknown age group, naming file, row and column', async () => {
		const label = 'ehcp-sen2/send-ap-dashboard-extracts/prepared_data.Rdata__ehcp_ageprofile.csv';
		const dir = rawDirWithAlteredFile(label, (t) => replaceCell(t, 1, 'characteristic_age', 'Age 11 to 16'), ['ehcp-sen2/release-2025/caseload.csv']);
		const error = await ehcpAgeGroups.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/ageprofile\.csv, row 1 \(line 2\), column "characteristic_age": unknown code; found "Age 11 to 16"/);
	});
});
