/** CSV text (RFC 4180) of a table: the exact rows a chart draws, for download. */

export interface CsvColumn<Row> {
	key: keyof Row & string;
	label: string;
}

function cell(value: unknown): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<Row>(columns: CsvColumn<Row>[], rows: Row[]): string {
	const header = columns.map((c) => cell(c.label)).join(',');
	const body = rows.map((row) => columns.map((c) => cell(row[c.key])).join(','));
	return [header, ...body].join('\r\n') + '\r\n';
}
