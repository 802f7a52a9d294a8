import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, rows } from '../test-support';
import { areas } from './areas';
import { sendTribunalAppeals, TRIBUNAL_FILE } from './send-tribunal-appeals';

const cell = (measure: string, area: string, period: string) =>
	`SELECT area_level, value, symbol, unit, source_file FROM pub_send_tribunal_appeals
	 WHERE measure = '${measure}' AND area_code = '${area}' AND period = '${period}' AND breakdown = 'Total'`;

async function withAreas(): Promise<DuckDBConnection> {
	const conn = await memoryConnection();
	await areas.build(conn, new RawDir(RAW_DIR));
	return conn;
}

// The file has 3 title lines before the year header; row 1 is the measure header, so file line 7 (Darlington) is row 3
// and line 92 (Essex) is row 88.
const DARLINGTON_ROW = 3;
const ESSEX_ROW = 88;

describe('send_tribunal_appeals built from the MoJ/DfE appeal-rate table', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await withAreas();
		await sendTribunalAppeals.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published cells for Essex (881) and England', async () => {
		expect(await rows(conn, cell('appeals_registered', 'E10000012', '2024'))).toEqual([
			{ area_level: 'la', value: 709, symbol: null, unit: 'count', source_file: TRIBUNAL_FILE }
		]);
		expect((await rows(conn, cell('appealable_decisions', 'E10000012', '2024')))[0]).toMatchObject({ value: 15188 });
		expect((await rows(conn, cell('appeal_rate', 'E10000012', '2024')))[0]).toMatchObject({ value: 4.7, unit: 'percent' });
		expect((await rows(conn, cell('appeal_rate_in_development', 'E10000012', '2024')))[0]).toMatchObject({ value: 7.8 });
		expect((await rows(conn, cell('appeals_registered', 'E10000012', '2014')))[0]).toMatchObject({ value: 155 });
		expect(await rows(conn, cell('appeals_registered', 'E92000001', '2024'))).toEqual([
			{ area_level: 'national', value: 22276, symbol: null, unit: 'count', source_file: TRIBUNAL_FILE }
		]);
		expect((await rows(conn, cell('appealable_decisions', 'E92000001', '2014')))[0]).toMatchObject({ value: 251096 });
		expect((await rows(conn, cell('appeal_rate_in_development', 'E92000001', '2024')))[0]).toMatchObject({ value: 6.1 });
	});

	it('keeps the published symbols: "-" (nil), ".." (not available), "x"', async () => {
		expect(await rows(conn, cell('appeals_registered', 'E06000005', '2014'))).toEqual([
			{ area_level: 'la', value: null, symbol: '-', unit: 'count', source_file: TRIBUNAL_FILE }
		]);
		expect((await rows(conn, cell('appeal_rate', 'E06000005', '2014')))[0]).toMatchObject({ value: 0 });
		expect((await rows(conn, cell('appeals_registered', 'E06000063', '2014')))[0]).toMatchObject({ value: null, symbol: '..' });
		expect((await rows(conn, cell('appeal_rate_in_development', 'E06000009', '2024')))[0]).toMatchObject({ value: null, symbol: 'x' });
	});

	it('matches Bournemouth (no LA number in the table) by name', async () => {
		expect((await rows(conn, cell('appeals_registered', 'E06000028', '2014')))[0]).toMatchObject({ value: 10 });
	});

	it('fails naming file, row and column for a bad count or rate', async () => {
		let dir = rawDirWithAlteredFile(TRIBUNAL_FILE, (t) => t.replace('Darlington,841, - ,450,0.00%,2,469,', 'Darlington,841, - ,450,0.00%,2,46g,'));
		let error = await sendTribunalAppeals.build(await withAreas(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`${TRIBUNAL_FILE}, row ${DARLINGTON_ROW}`);
		expect((error as Error).message).toContain('column "column06"');
		expect((error as Error).message).toContain('"46g"');

		dir = rawDirWithAlteredFile(TRIBUNAL_FILE, (t) => t.replace('Essex,881,155,"7,796",2.00%', 'Essex,881,155,"7,796",2.00 per cent'));
		error = await sendTribunalAppeals.build(await withAreas(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`${TRIBUNAL_FILE}, row ${ESSEX_ROW}`);
		expect((error as Error).message).toContain('column "column04"');
	});

	it('fails when an LA number is unknown or the measure header moves', async () => {
		let dir = rawDirWithAlteredFile(TRIBUNAL_FILE, (t) => t.replace('Essex,881,', 'Essex,999,'));
		let error = await sendTribunalAppeals.build(await withAreas(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`row ${ESSEX_ROW}`);
		expect((error as Error).message).toContain('column "LA code"');
		expect((error as Error).message).toContain('"999"');

		dir = rawDirWithAlteredFile(TRIBUNAL_FILE, (t) =>
			t.replace(',,Appeals registered4,Total Appealable Decisions1,', ',,Total Appealable Decisions1,Appeals registered4,')
		);
		error = await sendTribunalAppeals.build(await withAreas(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain('row 1');
		expect((error as Error).message).toContain('column "2014"');
	});
});
