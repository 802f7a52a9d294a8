/**
 * Validates a staged file against its contract table and reports every problem grouped by column and kind, with
 * a count and the first few rows (row number as a spreadsheet shows it, the value, what was expected).
 * Runs over any QueryRunner: the browser's DuckDB, or Node's in tests.
 */
import { quoteIdent, quoteLiteral, type QueryRunner } from '$lib/db/runner';
import type { LocalTable } from './contract';
import type { ColumnMapping } from './mapping';
import { countChecksSql, examplesSql, rowChecks, type IssueKind } from './validation-sql';

interface IssueExample {
	/** Row as a spreadsheet numbers it: the heading is row 1, the first record row 2. */
	row: number;
	value: string | null;
}

interface ValidationIssue {
	file: string;
	column: string;
	kind: IssueKind;
	expected: string;
	count: number;
	examples: IssueExample[];
}

export interface ValidationResult {
	/** Record rows in the file. */
	rows: number;
	/** Rows failing at least one check (what "exclude failing rows" leaves out). */
	failingRows: number;
	issues: ValidationIssue[];
}

export const ISSUE_TITLES: Record<IssueKind, string> = {
	missing_value: 'Missing values in a required column',
	bad_number: 'Not a number',
	out_of_range: 'Number out of range',
	bad_date: 'Not a date',
	bad_bool: 'Not true/false',
	unknown_code: 'Unknown code',
	bad_format: 'Code in the wrong format',
	date_order: 'Dates (or ages) in the wrong order',
	inconsistent: 'Columns that contradict each other',
	duplicate_id: 'Duplicate ids'
};

/**
 * SQL reading a CSV (already UTF-8) with every column as text, numbering rows. Delimiter and columns are given,
 * not sniffed (a semicolon file is never read as one column; a row with too many or too few values is an error
 * naming its line, not a silently shifted row).
 */
export function stageCsvSql(staging: string, path: string, delimiter: string, columns: readonly string[]): string {
	const struct = `{${columns.map((c) => `${quoteLiteral(c)}: 'VARCHAR'`).join(', ')}}`;
	return `CREATE OR REPLACE TABLE ${quoteIdent(staging)} AS SELECT (row_number() OVER ()) + 1 AS __row, * FROM read_csv(${quoteLiteral(path)}, auto_detect = false, header = true, columns = ${struct}, delim = ${quoteLiteral(delimiter)}, quote = '"', escape = '"', null_padding = false, strict_mode = true)`;
}

/** The file's column headings as staged (without `__row`). */
export async function stagedColumns(db: QueryRunner, staging: string): Promise<string[]> {
	const rows = await db.all<{ column_name: string }>(`SELECT column_name FROM (DESCRIBE ${quoteIdent(staging)}) WHERE column_name <> '__row'`);
	return rows.map((r) => r.column_name);
}

/**
 * Runs every check over the checked view (see checkedViewSql). The one full scan is a statement of its own, run
 * by `scan` when given (the browser passes a cancellable runner), writing a one-row table read afterwards.
 */
export async function validateStaged(
	db: QueryRunner,
	file: string,
	view: string,
	table: LocalTable,
	mapping: ColumnMapping,
	scan: (sql: string) => Promise<unknown> = (sql) => db.all(sql)
): Promise<ValidationResult> {
	const checks = rowChecks(table, mapping);
	const countsTable = quoteIdent(`${view}_counts`);
	await scan(`CREATE OR REPLACE TEMP TABLE ${countsTable} AS ${countChecksSql(view, checks)}`);
	const [counts] = await db.all<Record<string, number>>(`SELECT * FROM ${countsTable}`);
	await db.all(`DROP TABLE ${countsTable}`);
	const issues: ValidationIssue[] = [];
	for (const [i, check] of checks.entries()) {
		const count = counts?.[`c${i}`] ?? 0;
		if (count === 0) continue;
		const examples = await db.all<IssueExample>(examplesSql(view, check));
		issues.push({ file, column: check.column, kind: check.kind, expected: check.expected, count, examples });
	}
	return { rows: counts?.total ?? 0, failingRows: counts?.any_failed ?? 0, issues };
}
