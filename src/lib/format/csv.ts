/** CSV text (RFC 4180) of a table: the exact rows a chart draws, for download. */

export interface CsvColumn<Row> {
	key: keyof Row & string;
	label: string;
}

/** A plain number written as text ("-3", "+1.5", "2e3"): a spreadsheet reads it as a number, never a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Text a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) is prefixed with an
 * apostrophe, so a cell such as `=HYPERLINK(…)` from a loaded file is shown as text, never executed. Numbers, plain
 * numbers written as text, and a lone "-" (nil) are left as they are.
 */
export function neutraliseFormula(text: string): string {
	if (!/^[=+\-@\t\r]/.test(text) || text === '-' || PLAIN_NUMBER.test(text)) return text;
	return `'${text}`;
}

/** One CSV cell: empty for null, formulas neutralised, quoted when it holds a comma, quote or line break. */
export function csvCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Row[]): string {
	const header = columns.map((c) => csvCell(c.label)).join(',');
	const body = rows.map((row) => columns.map((c) => csvCell(row[c.key])).join(','));
	return [header, ...body].join('\r\n') + '\r\n';
}
