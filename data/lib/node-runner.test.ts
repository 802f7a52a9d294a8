import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableRowCounts } from '../../src/lib/db/table-counts';
import { writeArrowFile } from './arrow-file';
import { createNodeRunner, loadArrowFile, type NodeRunner } from './node-runner';

describe('node QueryRunner', () => {
	let db: NodeRunner;
	let dir: string;

	beforeAll(async () => {
		db = await createNodeRunner();
		dir = mkdtempSync(join(tmpdir(), 'node-runner-'));
	});
	afterAll(() => {
		db.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('returns plain values: numbers not BigInt, DATE as YYYY-MM-DD, NULL as null', async () => {
		const rows = await db.all(`
			SELECT count(*) AS n, sum(x)::HUGEINT AS s, 1.25::DECIMAL(5,2) AS d, DATE '2024-01-31' AS day,
			       TIMESTAMP '2024-01-31 12:30:00' AS ts, NULL::INTEGER AS missing, 'a' AS txt, true AS flag
			FROM range(10) t(x)`);
		expect(rows).toEqual([{ n: 10, s: 45, d: 1.25, day: '2024-01-31', ts: '2024-01-31T12:30:00.000Z', missing: null, txt: 'a', flag: true }]);
		expect(typeof rows[0]!.n).toBe('number');
	});

	it('loads an Arrow IPC file into a table, with the same types and counts', async () => {
		const path = join(dir, 't.arrow');
		const written = writeArrowFile(
			path,
			[
				{ name: 'id', type: 'string' },
				{ name: 'start', type: 'date' },
				{ name: 'age', type: 'int' },
				{ name: 'rate', type: 'double' },
				{ name: 'ok', type: 'bool' }
			],
			[
				['a', 'b', 'c'],
				[new Date(Date.UTC(2020, 0, 1)), null, new Date(Date.UTC(1999, 11, 31))],
				[1, null, 3],
				[0.5, 1.5, null],
				[true, false, null]
			]
		);
		await loadArrowFile(db, 'sample', path);
		expect(await tableRowCounts(db, ['sample'])).toEqual({ sample: written.rows });
		expect(await db.all('SELECT * FROM sample ORDER BY id')).toEqual([
			{ id: 'a', start: '2020-01-01', age: 1, rate: 0.5, ok: true },
			{ id: 'b', start: null, age: null, rate: 1.5, ok: false },
			{ id: 'c', start: '1999-12-31', age: 3, rate: null, ok: null }
		]);
		const types = await db.all<{ column_name: string; column_type: string }>('DESCRIBE sample');
		expect(types.map((t) => t.column_type)).toEqual(['VARCHAR', 'DATE', 'INTEGER', 'DOUBLE', 'BOOLEAN']);
	});
});
