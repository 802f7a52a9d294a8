import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { CEASED_FILE, ehcpCeased } from './ehcp-ceased';

const cell = (area: string, period: string, topic = 'Total', breakdown = 'Total') =>
	`SELECT value, symbol, unit, source_file FROM pub_ehcp_ceased
	 WHERE measure = 'ceased_plans' AND area_code = '${area}' AND period = '${period}' AND breakdown_topic = '${topic}' AND breakdown = '${breakdown}'`;

// ceased_plans.csv line 16336 (data row 16335): Essex 2024, All ceased EHC plans.
const ESSEX_2024_ROW = 16335;

describe('ehcp_ceased built from the 2025 SEN2 release', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await ehcpCeased.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published cells for Essex and England', async () => {
		expect(await rows(conn, cell('E10000012', '2024'))).toEqual([{ value: 896, symbol: null, unit: 'count', source_file: CEASED_FILE }]);
		expect((await rows(conn, cell('E10000012', '2024', 'Reason ceased', 'Maximum age reached')))[0]).toMatchObject({ value: 25 });
		expect((await rows(conn, cell('E10000012', '2024', 'Reason ceased', 'Moved to paid employment')))[0]).toMatchObject({ value: 208 });
		expect((await rows(conn, cell('E92000001', '2024')))[0]).toMatchObject({ value: 44862 });
		expect((await rows(conn, cell('E92000001', '2022', 'Reason ceased', 'Needs met without a plan')))[0]).toMatchObject({ value: 4054 });
	});

	it('labels the reasons from the data guidance (column "other" = reason not recorded)', async () => {
		expect((await rows(conn, cell('E10000012', '2022', 'Reason ceased', 'Reason not recorded')))[0]).toMatchObject({ value: 565 });
		expect((await rows(conn, cell('E10000012', '2022', 'Reason ceased', 'Other reason')))[0]).toMatchObject({ value: 3 });
	});

	it('has no breakdowns for 2022 (aggregate return) but has them from 2023', async () => {
		expect(await rows(conn, `SELECT DISTINCT period FROM pub_ehcp_ceased WHERE breakdown_topic = 'Age plan ceased' ORDER BY period`)).toEqual([
			{ period: '2023' },
			{ period: '2024' }
		]);
	});

	it('fails naming file, row and column for a bad cell', async () => {
		const dir = rawDirWithAlteredFile(CEASED_FILE, (t) => replaceCell(t, ESSEX_2024_ROW, 'needs_met', 'seventy-five'));
		const error = await ehcpCeased.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`${CEASED_FILE}, row ${ESSEX_2024_ROW}`);
		expect((error as Error).message).toContain('column "needs_met"');
	});
});
