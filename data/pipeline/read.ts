/**
 * Reads a raw input into a DuckDB table of text columns plus `_row` (1 = first data row), and checks its columns.
 * Everything is read as text so that validation, not the CSV sniffer, decides what a value is.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError } from './errors';
import { quoteIdent, quoteString } from './sql';

export interface RawInput {
	/** Absolute path of the file. */
	path: string;
	/** How errors name it: the path relative to data/raw. */
	label: string;
}

async function columnNames(conn: DuckDBConnection, table: string): Promise<string[]> {
	const reader = await conn.runAndReadAll(
		`SELECT column_name FROM information_schema.columns WHERE table_name = ${quoteString(table)} ORDER BY ordinal_position`
	);
	return reader.getRowsJS().map((r) => String(r[0]));
}

/** Fails naming the file when a required column is missing. */
function requireColumns(input: RawInput, found: string[], required: string[]): void {
	const have = new Set(found);
	const missing = required.filter((c) => !have.has(c));
	if (missing.length > 0) {
		throw new InputError(input.label, `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`, {
			expected: `the columns ${required.join(', ')} (found: ${found.join(', ') || 'none'})`
		});
	}
}

/** Loads a CSV (optionally gzipped) as text columns into `table`, with `_row`, and checks `required` columns. */
export async function readCsv(conn: DuckDBConnection, input: RawInput, table: string, required: string[], options: { skip?: number } = {}): Promise<void> {
	const skip = options.skip ? `, skip = ${options.skip}` : '';
	try {
		// Single-threaded scan keeps file order, so _row is the true row number.
		await conn.run(`SET threads = 1`);
		await conn.run(
			`CREATE OR REPLACE TABLE ${quoteIdent(table)} AS
			 SELECT row_number() OVER () AS _row, *
			 FROM read_csv(${quoteString(input.path)}, all_varchar = true, header = true, auto_detect = true${skip})`
		);
	} catch (e) {
		throw new InputError(input.label, `cannot be read as CSV (${(e as Error).message.split('\n')[0]})`);
	} finally {
		await conn.run(`RESET threads`);
	}
	requireColumns(
		input,
		(await columnNames(conn, table)).filter((c) => c !== '_row'),
		required
	);
}

/** Loads a Parquet file into `table` with `_row`, casting every column to text, and checks `required` columns. */
export async function readParquet(conn: DuckDBConnection, input: RawInput, table: string, required: string[]): Promise<void> {
	try {
		await conn.run(`SET threads = 1`);
		await conn.run(
			`CREATE OR REPLACE TABLE ${quoteIdent(table)} AS
			 SELECT row_number() OVER () AS _row, COLUMNS(*)::VARCHAR FROM read_parquet(${quoteString(input.path)})`
		);
	} catch (e) {
		throw new InputError(input.label, `cannot be read as Parquet (${(e as Error).message.split('\n')[0]})`);
	} finally {
		await conn.run(`RESET threads`);
	}
	requireColumns(
		input,
		(await columnNames(conn, table)).filter((c) => c !== '_row'),
		required
	);
}
