import { describe, expect, it } from 'vitest';
import { tableFromArrays, tableFromIPC, tableToIPC } from 'apache-arrow';
import { arrowTable } from '../../../data/lib/arrow-file';
import { arrowToRows, isoDate } from './rows';
import { tableRowCountsSql } from './table-counts';

describe('arrowToRows', () => {
	it('gives plain rows: numbers for BigInt, YYYY-MM-DD dates, nulls', () => {
		const table = arrowTable(
			[
				{ name: 'id', type: 'string' },
				{ name: 'day', type: 'date' },
				{ name: 'n', type: 'int' },
				{ name: 'x', type: 'double' }
			],
			[
				['a', 'b'],
				[new Date(Date.UTC(2024, 1, 29)), null],
				[3, null],
				[null, 2.5]
			]
		);
		// Round-trip through IPC as duckdb-wasm results do.
		const rows = arrowToRows(tableFromIPC(tableToIPC(table, 'stream')));
		expect(rows).toEqual([
			{ id: 'a', day: '2024-02-29', n: 3, x: null },
			{ id: 'b', day: null, n: null, x: 2.5 }
		]);
	});

	it('converts BigInt64 columns to numbers', () => {
		const rows = arrowToRows(tableFromArrays({ n: new BigInt64Array([1n, 42n]) }));
		expect(rows).toEqual([{ n: 1 }, { n: 42 }]);
	});

	it('isoDate handles pre-1970 days', () => {
		expect(isoDate(Date.UTC(1969, 11, 31))).toBe('1969-12-31');
	});
});

describe('tableRowCountsSql', () => {
	it('quotes table names', () => {
		expect(tableRowCountsSql(['a', 'we"ird'])).toBe(
			`SELECT 'a' AS table_name, count(*) AS row_count FROM "a"\nUNION ALL\nSELECT 'we"ird' AS table_name, count(*) AS row_count FROM "we""ird"`
		);
	});
});
