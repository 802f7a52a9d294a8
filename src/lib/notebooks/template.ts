/**
 * Fills {{ … }} in notebook prose and chart text from query results, so numbers in the text come from the same queries
 * as the charts. `{{ area.name }}` reads the parameters; `{{ query.column | format }}` reads the first row of a named
 * query. Formats: count (14,240), percent (16.2%), signed (+59.1%), number, text. A missing value fails the build.
 */
import { formatNumber, formatSignedPercent } from '$lib/format/values';

export type TemplateContext = Record<string, Record<string, unknown> | undefined>;

const PLACEHOLDER = /\{\{\s*([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)\s*(?:\|\s*([a-z]+)\s*)?\}\}/gi;

function format(value: unknown, fmt: string | undefined, symbol: unknown): string {
	if (value === null || value === undefined) return typeof symbol === 'string' && symbol !== '' ? symbol : 'not published';
	if (typeof value !== 'number') return String(value);
	switch (fmt) {
		case 'count':
			return formatNumber(value, 'count');
		case 'percent':
			return formatNumber(value, 'percent');
		case 'signed':
			return formatSignedPercent(value);
		case 'number':
		case undefined:
			return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
		default:
			throw new Error(`unknown format "${fmt}" (use count, percent, signed, number)`);
	}
}

export function fillTemplate(text: string, context: TemplateContext): string {
	return text.replace(PLACEHOLDER, (whole, scope: string, key: string, fmt: string | undefined) => {
		const row = context[scope];
		if (!row) throw new Error(`${whole}: no parameter or query named "${scope}"`);
		if (!(key in row)) throw new Error(`${whole}: "${scope}" has no column "${key}" (it has ${Object.keys(row).join(', ')})`);
		return format(row[key], fmt, row[`${key}_symbol`]);
	});
}
