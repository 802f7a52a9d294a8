/**
 * Loads the in-memory synthetic extract into a @duckdb/node-api connection (for Node tests and notebooks), as
 * tables `local_<name>` with the contract's types. Uses the Appender with data chunks of 2,048 rows.
 */
import {
	BOOLEAN,
	DATE,
	DOUBLE,
	DuckDBDataChunk,
	DuckDBDateValue,
	INTEGER,
	VARCHAR,
	type DuckDBConnection,
	type DuckDBType,
	type DuckDBValue
} from '@duckdb/node-api';
import type { ColumnType } from '../lib/arrow-file';
import type { SyntheticExtract } from './extract';
import type { SyntheticTable } from './table';

const SQL_TYPES: Record<ColumnType, string> = { string: 'VARCHAR', double: 'DOUBLE', int: 'INTEGER', date: 'DATE', bool: 'BOOLEAN' };
const DUCK_TYPES: Record<ColumnType, DuckDBType> = { string: VARCHAR, double: DOUBLE, int: INTEGER, date: DATE, bool: BOOLEAN };
const CHUNK = 2048;

function quote(name: string): string {
	return `"${name.replace(/"/g, '""')}"`;
}

/** CREATE TABLE statement for a synthetic table (replacing any table of that name). */
function createTableSql(table: SyntheticTable): string {
	const cols = table.specs.map((s) => `${quote(s.name)} ${SQL_TYPES[s.type]}`).join(', ');
	return `CREATE OR REPLACE TABLE ${quote(table.table)} (${cols})`;
}

async function loadTableIntoDuckDB(conn: DuckDBConnection, table: SyntheticTable): Promise<void> {
	await conn.run(createTableSql(table));
	const appender = await conn.createAppender(table.table);
	const types = table.specs.map((s) => DUCK_TYPES[s.type]);
	try {
		for (let start = 0; start < table.rows; start += CHUNK) {
			const n = Math.min(CHUNK, table.rows - start);
			const chunk = DuckDBDataChunk.create(types, n);
			const columns: DuckDBValue[][] = table.columns.map((col, i) => {
				const isDate = table.specs[i]?.type === 'date';
				const out: DuckDBValue[] = new Array(n);
				for (let r = 0; r < n; r++) {
					const v = col[start + r] ?? null;
					out[r] = isDate && typeof v === 'number' ? new DuckDBDateValue(v) : v;
				}
				return out;
			});
			chunk.setColumns(columns);
			appender.appendDataChunk(chunk);
		}
		appender.flushSync();
	} finally {
		appender.closeSync();
	}
}

/** Creates and fills `local_<name>` for every table of the extract. */
export async function loadSyntheticIntoDuckDB(conn: DuckDBConnection, extract: SyntheticExtract): Promise<string[]> {
	for (const t of extract.tables) await loadTableIntoDuckDB(conn, t);
	return extract.tables.map((t) => t.table);
}
