/**
 * Validation of raw inputs loaded by read.ts. Each check looks for the first offending row and throws an
 * InputError naming file, row, column, value and what was expected, so a bad input fails the build clearly.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError } from './errors';
import type { RawInput } from './read';
import { quoteIdent, quoteString, sqlList } from './sql';

/** Published suppression and not-available symbols, kept verbatim in the tidy model's `symbol` column. */
export const DFE_SYMBOLS = ['c', 'x', 'z', 'low', 'u', ':'] as const;
export const LAIT_SYMBOLS = ['c', 'x', 'z', 'low', '-', ':', '.'] as const;
export const NHS_SYMBOLS = ['*'] as const;

interface Offender {
	_row: number;
	value: string | null;
}

async function firstOffender(conn: DuckDBConnection, table: string, column: string, badWhen: string, scope = 'TRUE'): Promise<Offender | null> {
	const col = quoteIdent(column);
	const reader = await conn.runAndReadAll(
		`SELECT _row, ${col} AS value FROM ${quoteIdent(table)} WHERE (${scope}) AND (${badWhen.replaceAll('$col', col)}) ORDER BY _row LIMIT 1`
	);
	const row = reader.getRowObjectsJS()[0];
	return row ? { _row: Number(row._row), value: (row.value as string | null) ?? null } : null;
}

/**
 * Every value in `columns` is a number, a published symbol, or (when `allowBlank`) empty.
 * `scope` limits the rows checked (SQL condition), e.g. to one breakdown.
 */
export async function checkNumbers(
	conn: DuckDBConnection,
	input: RawInput,
	table: string,
	columns: readonly string[],
	symbols: readonly string[],
	options: { allowBlank?: boolean; scope?: string } = {}
): Promise<void> {
	const blank = options.allowBlank ? `AND NULLIF(TRIM($col), '') IS NOT NULL` : '';
	for (const column of columns) {
		const bad = await firstOffender(
			conn,
			table,
			column,
			`TRY_CAST(REPLACE($col, ',', '') AS DOUBLE) IS NULL AND COALESCE(TRIM($col), '') NOT IN (${sqlList(symbols)}) ${blank}`,
			options.scope
		);
		if (bad) {
			throw new InputError(input.label, 'not a number', {
				row: bad._row,
				column,
				value: bad.value,
				expected: `a number or one of the published symbols ${symbols.join(', ')}${options.allowBlank ? ' (or empty)' : ''}`
			});
		}
	}
}

/** Every value of `column` (within `scope`) is one of `allowed`. */
export async function checkCodes(
	conn: DuckDBConnection,
	input: RawInput,
	table: string,
	column: string,
	allowed: readonly string[],
	scope = 'TRUE'
): Promise<void> {
	const bad = await firstOffender(conn, table, column, `$col IS NULL OR $col NOT IN (${sqlList(allowed)})`, scope);
	if (bad) throw new InputError(input.label, 'unknown code', { row: bad._row, column, value: bad.value, expected: `one of ${allowed.join(', ')}` });
}

/** Every value of `column` (within `scope`) matches the regular expression `pattern` (DuckDB RE2 syntax). */
export async function checkPattern(
	conn: DuckDBConnection,
	input: RawInput,
	table: string,
	column: string,
	pattern: string,
	description: string,
	scope = 'TRUE'
): Promise<void> {
	const bad = await firstOffender(conn, table, column, `$col IS NULL OR NOT regexp_full_match($col, ${quoteString(pattern)})`, scope);
	if (bad) throw new InputError(input.label, 'malformed value', { row: bad._row, column, value: bad.value, expected: description });
}

/** No two rows share the same values of `key` (within `scope`). */
export async function checkUniqueKey(conn: DuckDBConnection, input: RawInput, table: string, key: readonly string[], scope = 'TRUE'): Promise<void> {
	const cols = key.map(quoteIdent).join(', ');
	const reader = await conn.runAndReadAll(
		`SELECT min(_row) AS first_row, max(_row) AS second_row, ${cols}
		 FROM ${quoteIdent(table)} WHERE ${scope} GROUP BY ALL HAVING count(*) > 1 ORDER BY first_row LIMIT 1`
	);
	const dup = reader.getRowObjectsJS()[0];
	if (dup) {
		const keyText = key.map((k) => `${k}=${JSON.stringify(dup[k])}`).join(', ');
		throw new InputError(input.label, `duplicate row for the key (${keyText}); it first appears at row ${dup.first_row}`, {
			row: Number(dup.second_row),
			expected: `one row per ${key.join(' + ')}`
		});
	}
}
