import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { areas } from './areas';
import { CORE_DATASETS } from './core';
import { ehcpCaseload } from './ehcp-caseload';
import { statisticalNeighbours } from './statistical-neighbours';

const ESSEX = 'E10000012';
const ENGLAND = 'E92000001';
const CASELOAD = 'ehcp-sen2/release-2025/caseload.csv';

describe('core published datasets built from the real files', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		for (const d of CORE_DATASETS) await d.build(conn, new RawDir(RAW_DIR));
	});

	it('active EHC plans in January 2025 equal the published caseload file', async () => {
		const found = await rows(
			conn,
			`SELECT area_code, value FROM pub_ehcp_caseload
			 WHERE measure = 'ehc_plans' AND period = '2025-01' AND breakdown = 'Total' AND area_code IN ('${ESSEX}', '${ENGLAND}') ORDER BY area_code`
		);
		expect(found).toEqual([
			{ area_code: ESSEX, value: 14240 },
			{ area_code: ENGLAND, value: 638745 }
		]);
	});

	it('keeps a published "x" as a symbol, never as zero', async () => {
		// Peterborough, January 2024, age 10: every cell is "x" in the file.
		const [cell] = await rows(
			conn,
			`SELECT value, symbol FROM pub_ehcp_caseload WHERE measure = 'ehc_plans' AND area_code = 'E06000031' AND period = '2024-01' AND breakdown_topic = 'Child or young persons age' AND breakdown = 'age 10'`
		);
		expect(cell).toEqual({ value: null, symbol: 'x' });
	});

	it('applies the release rule: 2019+ from the 2025 release, earlier years from the 2023 release', async () => {
		const found = await rows(
			conn,
			`SELECT year, value, source_file FROM pub_ehcp_timeliness
			 WHERE measure = 'pc_within_20_weeks' AND area_code = '${ESSEX}' AND breakdown = 'Total' AND year IN (2018, 2019, 2024) ORDER BY year`
		);
		expect(found).toEqual([
			{ year: 2018, value: 76.9, source_file: 'ehcp-sen2/release-2023-mi/sen2_mi.csv' },
			{ year: 2019, value: 72.5, source_file: 'ehcp-sen2/release-2025/timeliness_20_week.csv' },
			{ year: 2024, value: 16.2, source_file: 'ehcp-sen2/release-2025/timeliness_20_week.csv' }
		]);
		const [one] = await rows(
			conn,
			`SELECT count(*) AS n FROM pub_ehcp_timeliness WHERE measure = 'pc_within_20_weeks' AND area_code = '${ESSEX}' AND year = 2020 AND breakdown = 'Total'`
		);
		expect(one).toEqual({ n: 1 });
	});

	it('gives every current LA its 10 statistical neighbours, Essex’s closest being Kent', async () => {
		const counts = await rows(conn, `SELECT la_code, count(*) AS n FROM statistical_neighbours GROUP BY la_code HAVING count(*) <> 10`);
		expect(counts).toEqual([]);
		const [first] = await rows(conn, `SELECT neighbour_code FROM statistical_neighbours WHERE la_code = '${ESSEX}' AND rank = 1`);
		expect(first).toEqual({ neighbour_code: 'E10000016' });
	});

	it('lists 153 current LAs, 9 regions and England', async () => {
		const found = await rows(conn, `SELECT area_level, count(*) AS n FROM areas WHERE is_current GROUP BY area_level ORDER BY area_level`);
		expect(found).toEqual([
			{ area_level: 'la', n: 153 },
			{ area_level: 'national', n: 1 },
			{ area_level: 'regional', n: 9 }
		]);
	});

	it('takes % of pupils with an EHC plan from the school census as LAIT publishes it', async () => {
		const found = await rows(
			conn,
			`SELECT area_code, value FROM pub_pupils_sen WHERE measure = 'pc_pupils_ehc_plan' AND year = 2025 AND area_code IN ('${ESSEX}', '${ENGLAND}') ORDER BY area_code`
		);
		expect(found).toEqual([
			{ area_code: ESSEX, value: 4.5 },
			{ area_code: ENGLAND, value: 5.3 }
		]);
	});

	it('LAIT\'s "-" (no figure, e.g. Northamptonshire after 2021) is not available, never nil or zero', async () => {
		const found = await rows(
			conn,
			`SELECT year, value, symbol FROM pub_pupils_sen WHERE measure = 'pc_pupils_ehc_plan' AND area_code = 'E10000021' AND year IN (2021, 2025) ORDER BY year`
		);
		expect(found).toEqual([
			{ year: 2021, value: 3, symbol: null },
			{ year: 2025, value: null, symbol: 'x' }
		]);
	});
});

describe('malformed inputs fail the build with file, row and column', () => {
	it('a word where a count should be', async () => {
		const dir = rawDirWithAlteredFile(CASELOAD, (t) => replaceCell(t, 5, 'ehcplans', 'lots'));
		const conn = await memoryConnection();
		const error = await ehcpCaseload.build(conn, new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toBe(
			`${CASELOAD}, row 5 (line 6), column "ehcplans": not a number; found "lots"; expected a number or one of the published symbols c, x, z, low, u, :`
		);
	});

	it('a missing column', async () => {
		const dir = rawDirWithAlteredFile(CASELOAD, (t) => t.replace('ehcplans', 'ehc_plans_total'));
		const error = await ehcpCaseload.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(new RegExp(`^${CASELOAD}: missing column "ehcplans"`));
	});

	it('a malformed LA code', async () => {
		const dir = rawDirWithAlteredFile(CASELOAD, (t) => replaceCell(t, 12, 'new_la_code', 'E1000001'));
		const error = await ehcpCaseload.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/row 12 \(line 13\), column "new_la_code": malformed value; found "E1000001"/);
	});

	it('a duplicated row', async () => {
		const dir = rawDirWithAlteredFile(CASELOAD, (t) => {
			const lines = t.split('\n');
			lines.splice(20, 0, lines[19] ?? '');
			return lines.join('\n');
		});
		const error = await ehcpCaseload.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/row 20 \(line 21\): duplicate row for the key/);
	});

	it('a statistical neighbour that is not a known LA', async () => {
		const dir = rawDirWithAlteredFile('statistical-neighbours/derived/sn_may_2025_long.csv', (t) => replaceCell(t, 3, 'neighbour_la_number', '999'), [
			CASELOAD
		]);
		const conn = await memoryConnection();
		await areas.build(conn, new RawDir(dir));
		const error = await statisticalNeighbours.build(conn, new RawDir(dir)).catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/sn_may_2025_long\.csv, row 3 \(line 4\), column "neighbour_la_number": LA number not known; found "999"/);
	});
});
