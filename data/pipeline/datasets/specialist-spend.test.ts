import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { cellSql, connectionWithAreas } from './money-test-support';
import { SPECIALIST_SPEND_FILE, specialistSpend } from './specialist-spend';

const cell = (measure: string, area: string, period: string, category: string) =>
	cellSql('pub_specialist_spend', measure, area, period, 'Specialist provision', category);
// prepared_data.Rdata__specialist_spend.csv line 174 (data row 173): Essex, independent or non-maintained, 2018-19.
const ESSEX_ROW = 173;

describe('specialist_spend built from the high-needs specialist spend extract', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await connectionWithAreas();
		await specialistSpend.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published spend per head, spend and population for Essex', async () => {
		expect(await rows(conn, cell('specialist_spend_per_head', 'E10000012', '2021-22', 'State'))).toEqual([
			{ value: 134.42213295952013, symbol: null, unit: 'gbp_per_head' }
		]);
		expect((await rows(conn, cell('specialist_spend_per_head', 'E10000012', '2021-22', 'Independent or non-maintained')))[0]).toMatchObject({
			value: 87.88064624436909
		});
		expect((await rows(conn, cell('specialist_spend', 'E10000012', '2021-22', 'Total')))[0]).toMatchObject({ value: 67429525, unit: 'gbp' });
		expect((await rows(conn, cell('population_2_18', 'E10000012', '2018-19', 'Total')))[0]).toMatchObject({ value: 294096, unit: 'count' });
	});

	it('maps every LA name in the file to a code (153 names; Dorset is the county in 2018-19, the unitary council after)', async () => {
		expect(await rows(conn, `SELECT count(DISTINCT area_code) AS n FROM pub_specialist_spend`)).toEqual([{ n: 154 }]);
		expect(
			await rows(
				conn,
				`SELECT DISTINCT area_code, period FROM pub_specialist_spend WHERE area_code IN ('E10000009', 'E06000059') AND period IN ('2018-19', '2019-20') ORDER BY 1`
			)
		).toEqual([
			{ area_code: 'E06000059', period: '2019-20' },
			{ area_code: 'E10000009', period: '2018-19' }
		]);
	});

	it('shows a year in which the LA did not exist as not applicable, a blank as blank, never 0', async () => {
		// North Northamptonshire (from April 2021): 0.0 with blank spend in 2018-19.
		expect(await rows(conn, cell('specialist_spend_per_head', 'E06000061', '2018-19', 'State'))).toEqual([{ value: null, symbol: 'z', unit: 'gbp_per_head' }]);
		// Bournemouth (to March 2019): 0.0 spend in 2019-20.
		expect(await rows(conn, cell('specialist_spend', 'E06000028', '2019-20', 'Total'))).toEqual([{ value: null, symbol: 'z', unit: 'gbp' }]);
		// Northamptonshire 2021-22 (abolished April 2021): blank, and not applicable.
		expect(await rows(conn, cell('specialist_spend_per_head', 'E10000021', '2021-22', 'Total'))).toEqual([{ value: null, symbol: 'z', unit: 'gbp_per_head' }]);
		// Dorset Council 2019-20: blank in the file (it existed): not available.
		expect(await rows(conn, cell('specialist_spend_per_head', 'E06000059', '2019-20', 'Total'))).toEqual([{ value: null, symbol: '', unit: 'gbp_per_head' }]);
		// A published 0.0 for an LA that existed stays as published (Essex, independent, 2020-21).
		expect((await rows(conn, cell('specialist_spend_per_head', 'E10000012', '2020-21', 'Independent or non-maintained')))[0]).toMatchObject({
			value: 0,
			symbol: null
		});
	});

	it('fails naming the row and column for a bad cell', async () => {
		const dir = rawDirWithAlteredFile(SPECIALIST_SPEND_FILE, (t) => replaceCell(t, ESSEX_ROW, 'total_spend', '£40m'));
		const error = await specialistSpend.build(conn, new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`row ${ESSEX_ROW}`);
		expect((error as Error).message).toContain('column "total_spend"');
	});
});
