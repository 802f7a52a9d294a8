/**
 * Scans every value of every column of a staged file (all read as text) for direct identifiers, wherever they sit:
 * a whole cell or inside free text ("seen with mum, NHS no 943 476 5919"). One SQL pass over the staging table, so it
 * covers every row (not a sample) in the browser's DuckDB and in Node tests alike. Each finding names the column,
 * the first row (as a spreadsheet numbers it), how many rows matched and the kind; never the value itself.
 */
import { quoteIdent, type QueryRunner } from '$lib/db/runner';
import type { IdentifierKind } from './identifiers';

export interface ValueFinding {
	column: string;
	kind: Exclude<IdentifierKind, 'name_heading'>;
	/** First row holding one, numbered as a spreadsheet does (heading = row 1). */
	row: number;
	/** Rows of the file holding one in this column. */
	rows: number;
}

/** Ten digits, optionally 3-3-4 with spaces or hyphens, standing alone. */
const NHS_CANDIDATE = String.raw`\b([0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4})\b`;

/** SQL: true when text `x` (10 digits after removing separators) has a valid NHS modulus-11 check digit. */
function nhsCheck(x: string): string {
	const d = `regexp_replace(${x}, '[^0-9]', '', 'g')`;
	const sum = `list_sum(list_transform(range(9), lambda i: (ascii(${d}[i + 1]) - 48) * (10 - i)))`;
	const check = `(11 - (${sum}) % 11)`;
	return `(${check} <> 10 AND (CASE WHEN ${check} = 11 THEN 0 ELSE ${check} END) = ascii(${d}[10]) - 48)`;
}

/** A cell that is ten digits and nothing else: an NHS number, or a system's own numeric id. */
const BARE_TEN_DIGITS = String.raw`^\s*[0-9]{10}\s*$`;

/**
 * A column of bare ten-digit values is a system's ids, not NHS numbers, when it has at least this many and fewer than
 * half pass the NHS check digit: about 1 in 11 arbitrary numbers pass by chance, every real NHS number passes.
 */
const ID_COLUMN_MIN_VALUES = 20;
const ID_COLUMN_MAX_VALID_SHARE = 0.5;

/** A full date (day, month and year in either order). */
const FULL_DATE = String.raw`[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{2,4}`;

/**
 * What each kind looks like inside a cell (RE2 syntax). Upper-case postcodes anywhere; any case when the cell is
 * just a postcode ("co4 3sq"), as lower-case runs like "m25 5pm" appear in ordinary notes.
 */
const PATTERNS: Record<Exclude<ValueFinding['kind'], 'nhs_number' | 'date_of_birth'>, string> & { name: string } = {
	upn: String.raw`\b[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]\b`,
	email: String.raw`[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`,
	phone: String.raw`(\+44\s?|\b0044\s?|\b0)[1-37-9]([\s-]?[0-9]){8,9}\b`,
	postcode: String.raw`(\b[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]?\s?[0-9][ABD-HJLNP-UW-Z]{2}\b|^\s*(?i:[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]?\s?[0-9][ABD-HJLNP-UW-Z]{2})\s*$)`,
	name: String.raw`\b(?i:name)\s*[:=]\s*[A-Za-z][A-Za-z'’-]+`
};

/** The kinds checked, in the order a column is reported by (its first match wins). */
const VALUE_KINDS = ['nhs_number', 'upn', 'email', 'phone', 'postcode', 'date_of_birth', 'name'] as const;

function predicate(kind: ValueFinding['kind'], v: string, column: string): string {
	const lit = (re: string) => `'${re.replaceAll("'", "''")}'`;
	switch (kind) {
		case 'nhs_number':
			return `len(list_filter(regexp_extract_all(${v}, ${lit(NHS_CANDIDATE)}, 1), lambda x: ${nhsCheck('x')})) > 0`;
		case 'date_of_birth': {
			// A date labelled as a birth date in the text; or any full date in a column whose heading says birth.
			const labelled = `regexp_matches(${v}, ${lit(String.raw`(?i:\bdob\b|\bd\.o\.b\b|date of birth|\bborn\b|\bbirth ?date\b)[\s:.-]*(on\s+)?` + FULL_DATE)})`;
			return /birth|born|dob/i.test(column) ? `(${labelled} OR regexp_matches(${v}, ${lit(String.raw`^\s*` + FULL_DATE)}))` : labelled;
		}
		default:
			return `regexp_matches(${v}, ${lit(PATTERNS[kind])})`;
	}
}

/**
 * For one column: for each kind, the rows matching and the first of them. Each distinct value is tested once (codes
 * and dates repeat, so a million-row file has few), with its row count and first row carried from the grouping.
 */
function identifierScanSql(staging: string, column: string): string {
	const aggregates = VALUE_KINDS.map((kind, k) => {
		const p = predicate(kind, 'v', column);
		return `sum(n) FILTER (WHERE ${p}) AS n_${k}, min(r) FILTER (WHERE ${p}) AS r_${k}`;
	});
	// For the id-column rule: bare ten-digit cells, those passing the check, and NHS numbers that are not bare cells.
	const nhs = predicate('nhs_number', 'v', column);
	const bare = `regexp_matches(v, '${BARE_TEN_DIGITS}')`;
	aggregates.push(
		`sum(n) FILTER (WHERE ${bare}) AS bare_n`,
		`sum(n) FILTER (WHERE ${bare} AND ${nhs}) AS bare_valid_n`,
		`sum(n) FILTER (WHERE ${nhs} AND NOT ${bare}) AS nhs_in_text_n, min(r) FILTER (WHERE ${nhs} AND NOT ${bare}) AS nhs_in_text_r`
	);
	const c = quoteIdent(column);
	return `SELECT ${aggregates.join(', ')} FROM (SELECT ${c} AS v, count(*) AS n, min(__row) AS r FROM ${quoteIdent(staging)} WHERE ${c} IS NOT NULL GROUP BY ${c})`;
}

/** Direct identifiers in the values of a staged file: at most one finding per column (the first kind found). */
export async function scanForIdentifiers(db: QueryRunner, staging: string, columns: readonly string[]): Promise<ValueFinding[]> {
	const findings: ValueFinding[] = [];
	for (const column of columns) {
		const [counts = {}] = await db.all<Record<string, number | bigint | null>>(identifierScanSql(staging, column));
		if (isIdColumn(counts)) {
			// Its bare values are ids; NHS numbers written with spaces or inside text still count.
			counts.n_0 = counts.nhs_in_text_n ?? 0;
			counts.r_0 = counts.nhs_in_text_r ?? null;
		}
		const k = VALUE_KINDS.findIndex((_, k) => Number(counts[`n_${k}`] ?? 0) > 0);
		if (k >= 0) findings.push({ column, kind: VALUE_KINDS[k]!, rows: Number(counts[`n_${k}`]), row: Number(counts[`r_${k}`]) });
	}
	return findings;
}

/** Whether a column's bare ten-digit values are too rarely valid NHS numbers to be NHS numbers (see above). */
function isIdColumn(counts: Record<string, number | bigint | null>): boolean {
	const bare = Number(counts.bare_n ?? 0);
	return bare >= ID_COLUMN_MIN_VALUES && Number(counts.bare_valid_n ?? 0) < bare * ID_COLUMN_MAX_VALID_SHARE;
}
