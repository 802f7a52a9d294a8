/**
 * The SQL that checks a staged file (every column read as text, plus `__row`, its spreadsheet row number) against a
 * contract table, and that builds the typed `local_<name>` table from it. Runs in the browser's duckdb-wasm and in
 * Node tests alike. Plain string building from the contract: no DuckDB import.
 */
import { quoteIdent, quoteLiteral } from '$lib/db/runner';
import { CODE_LISTS, EXTRACT_SPECIFIC_CODE_LISTS, SETTING_GROUP_BY_SETTING, SYNTHETIC_CCG, type LocalColumn, type LocalTable } from './contract';
import type { ColumnMapping } from './mapping';

export type IssueKind =
	'missing_value' | 'bad_number' | 'out_of_range' | 'bad_date' | 'bad_bool' | 'unknown_code' | 'bad_format' | 'date_order' | 'inconsistent' | 'duplicate_id';

export interface RowCheck {
	/** Contract column(s) the check is about, as the user knows them (their file's heading in brackets if different). */
	column: string;
	kind: IssueKind;
	/** What was expected, in words. */
	expected: string;
	/** SQL boolean over the checked view: true when the row fails. */
	fails: string;
	/** SQL text value shown for a failing row. */
	value: string;
}

export const SQL_TYPES = { string: 'VARCHAR', double: 'DOUBLE', int: 'INTEGER', date: 'DATE', bool: 'BOOLEAN' } as const;

/** Date formats accepted: ISO, and the UK day/month/year that Excel writes. */
const DATE_FORMATS = `['%Y-%m-%d', '%d/%m/%Y', '%Y-%m-%d %H:%M:%S', '%d/%m/%Y %H:%M']`;

/** Order rules: `later` must not be before `earlier` (both dates, or both numbers). */
const ORDER_RULES: Record<string, [later: string, earlier: string][]> = {
	asd_referrals: [
		['first_contact_date', 'referral_date'],
		['outcome_date', 'referral_date'],
		['outcome_date', 'first_contact_date']
	],
	ehc_plans: [
		['plan_start_date', 'request_received_date'],
		['ceased_date', 'plan_start_date']
	],
	post16_places: [['age_to', 'age_from']]
};

/** Pairs that must be both filled or both empty. */
const BOTH_OR_NEITHER: Record<string, [string, string][]> = {
	asd_referrals: [['outcome', 'outcome_date']]
};

/**
 * The CCG / sub-ICB codes a file may use (table CCG_CODES_TABLE, built by ccgCodesTableSql before any check): every
 * code in the published nhs_areas lookup (sub-ICB locations and former CCGs), plus the example county's SYN codes so
 * its example files load. An unknown code such as "ZZZ" has the right shape but is refused.
 */
const CCG_CODES_TABLE = '__ccg_codes';

export function ccgCodesTableSql(): string {
	const synthetic = SYNTHETIC_CCG.codes.map((c) => `(${quoteLiteral(String(c.code))})`).join(', ');
	return `CREATE OR REPLACE TABLE ${CCG_CODES_TABLE} AS SELECT DISTINCT ods_code AS code FROM nhs_areas WHERE level IN ('ccg', 'sub_icb') UNION SELECT * FROM (VALUES ${synthetic}) AS s(code)`;
}

function raw(fileColumn: string): string {
	return `NULLIF(trim(${quoteIdent(fileColumn)}), '')`;
}

function codeCase(col: LocalColumn, r: string): string {
	const list = CODE_LISTS[col.codes!];
	const whens = list.codes.map((c) => `WHEN ${quoteLiteral(String(c.code).toUpperCase())} THEN ${quoteLiteral(String(c.code))}`);
	for (const [alias, code] of Object.entries(list.aliases ?? {})) whens.push(`WHEN ${quoteLiteral(alias.toUpperCase())} THEN ${quoteLiteral(String(code))}`);
	return `(CASE upper(${r}) ${whens.join(' ')} END)`;
}

/** SQL for a column's typed value (null when empty or invalid), read from the file column it is mapped to. */
function typedValue(col: LocalColumn, fileColumn: string): string {
	const r = raw(fileColumn);
	if (col.codes && EXTRACT_SPECIFIC_CODE_LISTS.includes(col.codes)) {
		// Each area has its own geography codes: check their shape, not membership of the synthetic county's list.
		if (col.codes === 'ccg') return `(CASE WHEN upper(${r}) IN (SELECT code FROM ${CCG_CODES_TABLE}) THEN upper(${r}) END)`;
		return `(CASE WHEN regexp_full_match(${r}, '[A-Za-z0-9_-]{1,20}') THEN upper(${r}) END)`;
	}
	if (col.codes && col.type === 'string') return codeCase(col, r);
	switch (col.type) {
		case 'string':
			return r;
		case 'double':
			return `TRY_CAST(${r} AS DOUBLE)`;
		case 'int': {
			// Excel writes whole numbers as "3.0" sometimes.
			const d = `TRY_CAST(${r} AS DOUBLE)`;
			const int = `coalesce(TRY_CAST(${r} AS INTEGER), CASE WHEN ${d} = round(${d}) AND abs(${d}) < 2e9 THEN ${d}::INTEGER END)`;
			if (!col.codes) return int;
			const allowed = CODE_LISTS[col.codes].codes.map((c) => Number(c.code)).join(', ');
			return `(CASE WHEN ${int} IN (${allowed}) THEN ${int} END)`;
		}
		case 'date':
			return `TRY_STRPTIME(${r}, ${DATE_FORMATS})::DATE`;
		case 'bool':
			return `(CASE WHEN lower(${r}) IN ('true', 't', '1', 'y', 'yes') THEN true WHEN lower(${r}) IN ('false', 'f', '0', 'n', 'no') THEN false END)`;
	}
}

function expectedOf(col: LocalColumn): { kind: IssueKind; expected: string } {
	if (col.codes && EXTRACT_SPECIFIC_CODE_LISTS.includes(col.codes)) {
		if (col.codes === 'ccg') return { kind: 'unknown_code', expected: 'the ODS code of a sub-ICB location or former CCG in the NHS lookup, e.g. 06Q' };
		return { kind: 'bad_format', expected: 'a code of up to 20 letters, digits, _ or -' };
	}
	if (col.codes) {
		const codes = CODE_LISTS[col.codes].codes.map((c) => String(c.code));
		return { kind: 'unknown_code', expected: `one of ${codes.join(', ')}` };
	}
	switch (col.type) {
		case 'int':
			return { kind: 'bad_number', expected: 'a whole number' };
		case 'double':
			return { kind: 'bad_number', expected: 'a number' };
		case 'date':
			return { kind: 'bad_date', expected: 'a date written YYYY-MM-DD or DD/MM/YYYY' };
		case 'bool':
			return { kind: 'bad_bool', expected: 'true/false (or yes/no, Y/N, 1/0)' };
		default:
			return { kind: 'bad_format', expected: 'text' };
	}
}

function label(contractColumn: string, mapping: ColumnMapping): string {
	const f = mapping[contractColumn];
	return f && f !== contractColumn ? `${contractColumn} (your column “${f}”)` : contractColumn;
}

/** Every row-level check for the mapped columns of a file. */
export function rowChecks(table: LocalTable, mapping: ColumnMapping): RowCheck[] {
	const checks: RowCheck[] = [];
	const typed = (name: string) =>
		typedValue(
			table.columns.find((c) => c.name === name)!,
			mapping[name]!
		);
	for (const col of table.columns) {
		const f = mapping[col.name];
		if (!f) continue;
		const r = raw(f);
		const t = typedValue(col, f);
		const column = label(col.name, mapping);
		// A derivable column may be empty on a row (a plan with no placement recorded: setting_group from setting_code).
		const derived = derivedValue(table, col, mapping);
		if (col.required)
			checks.push({
				column,
				kind: 'missing_value',
				expected: 'a value (this column is required)',
				fails: derived ? `${r} IS NULL AND (${derived}) IS NULL` : `${r} IS NULL`,
				value: `''`
			});
		if (col.type !== 'string' || col.codes) {
			const { kind, expected } = expectedOf(col);
			checks.push({ column, kind, expected, fails: `${r} IS NOT NULL AND ${t} IS NULL`, value: r });
		}
		if (col.min !== undefined || col.max !== undefined) {
			const bounds = [col.min !== undefined ? `${t} < ${col.min}` : null, col.max !== undefined ? `${t} > ${col.max}` : null].filter(Boolean);
			const expected = col.max === undefined ? `at least ${col.min}` : col.min === undefined ? `at most ${col.max}` : `between ${col.min} and ${col.max}`;
			checks.push({ column, kind: 'out_of_range', expected, fails: `(${bounds.join(' OR ')})`, value: r });
		}
	}
	for (const [later, earlier] of ORDER_RULES[table.name] ?? []) {
		if (!mapping[later] || !mapping[earlier]) continue;
		checks.push({
			column: `${label(later, mapping)} / ${label(earlier, mapping)}`,
			kind: 'date_order',
			expected: `${later} on or after ${earlier}`,
			fails: `${typed(later)} < ${typed(earlier)}`,
			value: `${raw(mapping[later]!)} || ' is before ' || ${raw(mapping[earlier]!)}`
		});
	}
	for (const [a, b] of BOTH_OR_NEITHER[table.name] ?? []) {
		if (!mapping[a] || !mapping[b]) continue;
		checks.push({
			column: `${label(a, mapping)} / ${label(b, mapping)}`,
			kind: 'inconsistent',
			expected: `${a} and ${b} both filled (closed) or both empty (open)`,
			fails: `(${raw(mapping[a]!)} IS NULL) <> (${raw(mapping[b]!)} IS NULL)`,
			value: `coalesce(${raw(mapping[a]!)}, '(empty)') || ' / ' || coalesce(${raw(mapping[b]!)}, '(empty)')`
		});
	}
	if (table.key.every((k) => mapping[k])) {
		checks.push({
			column: table.key.map((k) => label(k, mapping)).join(' + '),
			kind: 'duplicate_id',
			expected: table.key.length === 1 ? `each ${table.key[0]} once` : `each combination of ${table.key.join(', ')} once`,
			fails: '__dup_of IS NOT NULL',
			value: `${table.key.map((k) => `coalesce(${raw(mapping[k]!)}, '')`).join(` || ', ' || `)} || ' (first seen in row ' || __dup_of || ')'`
		});
	}
	return checks;
}

/** A view over the staged rows adding `__dup_of`: for a repeated key, the row where it first appeared. */
export function checkedViewSql(view: string, staging: string, table: LocalTable, mapping: ColumnMapping): string {
	if (!table.key.every((k) => mapping[k]))
		return `CREATE OR REPLACE TEMP VIEW ${quoteIdent(view)} AS SELECT *, NULL::BIGINT AS __dup_of FROM ${quoteIdent(staging)}`;
	const keys = table.key.map((k) => raw(mapping[k]!)).join(', ');
	return `CREATE OR REPLACE TEMP VIEW ${quoteIdent(view)} AS SELECT *, CASE WHEN row_number() OVER w > 1 THEN first_value(__row) OVER w END AS __dup_of FROM ${quoteIdent(staging)} WINDOW w AS (PARTITION BY ${keys} ORDER BY __row)`;
}

/** One scan counting the failing rows of every check (c0, c1, …) and of any check (`any_failed`), plus `total`. */
export function countChecksSql(view: string, checks: readonly RowCheck[]): string {
	const counts = checks.map((c, i) => `count(*) FILTER (WHERE coalesce(${c.fails}, false)) AS c${i}`);
	return `SELECT count(*) AS total, ${[...counts, `count(*) FILTER (WHERE ${anyFails(checks)}) AS any_failed`].join(', ')} FROM ${quoteIdent(view)}`;
}

function anyFails(checks: readonly RowCheck[]): string {
	return checks.length ? checks.map((c) => `coalesce(${c.fails}, false)`).join(' OR ') : 'false';
}

export function examplesSql(view: string, check: RowCheck, limit = 5): string {
	return `SELECT __row AS row, CAST(${check.value} AS VARCHAR) AS value FROM ${quoteIdent(view)} WHERE coalesce(${check.fails}, false) ORDER BY __row LIMIT ${limit}`;
}

function derivedValue(table: LocalTable, col: LocalColumn, mapping: ColumnMapping): string | null {
	const typedOf = (name: string) =>
		typedValue(
			table.columns.find((c) => c.name === name)!,
			mapping[name]!
		);
	if (table.name === 'ehc_plans' && col.name === 'status' && mapping.ceased_date)
		return `CASE WHEN ${typedOf('ceased_date')} IS NULL THEN 'active' ELSE 'ceased' END`;
	if (table.name === 'ehc_plans' && col.name === 'setting_group') {
		const s = mapping.setting_code ? typedOf('setting_code') : 'NULL';
		const whens = Object.entries(SETTING_GROUP_BY_SETTING).map(([code, group]) => `WHEN ${quoteLiteral(code)} THEN ${quoteLiteral(group)}`);
		return `coalesce(CASE ${s} ${whens.join(' ')} END, 'placement_unknown')`;
	}
	if (col.name === 'academic_year' && mapping.start_date) {
		const d = typedOf('start_date');
		const y = `(year(${d}) - CASE WHEN month(${d}) < 9 THEN 1 ELSE 0 END)`;
		return `${y}::VARCHAR || '/' || lpad(((${y} + 1) % 100)::VARCHAR, 2, '0')`;
	}
	return null;
}

/**
 * Builds the typed table from the staged rows, in contract column order and types; columns the file leaves out are
 * derived or null. With `excludeFailing`, rows failing any check are left out.
 */
export function buildTableSql(target: string, view: string, table: LocalTable, mapping: ColumnMapping, excludeFailing: boolean): string {
	const cols = table.columns.map((col) => {
		const f = mapping[col.name];
		const derived = derivedValue(table, col, mapping);
		const expr = f ? (derived ? `coalesce(${typedValue(col, f)}, ${derived})` : typedValue(col, f)) : (derived ?? 'NULL');
		return `CAST(${expr} AS ${SQL_TYPES[col.type]}) AS ${quoteIdent(col.name)}`;
	});
	const where = excludeFailing ? ` WHERE NOT (${anyFails(rowChecks(table, mapping))})` : '';
	return `CREATE OR REPLACE TABLE ${quoteIdent(target)} AS SELECT ${cols.join(', ')} FROM ${quoteIdent(view)}${where} ORDER BY __row`;
}

/** An empty typed table with the contract's columns (for tables a user's extract does not provide). */
export function emptyTableSql(target: string, table: LocalTable): string {
	return `CREATE OR REPLACE TABLE ${quoteIdent(target)} (${table.columns.map((c) => `${quoteIdent(c.name)} ${SQL_TYPES[c.type]}`).join(', ')})`;
}
