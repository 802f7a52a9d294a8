/**
 * A published figure and the one way to show it when it is missing. A figure is its number, or the symbol the
 * publisher printed in its place (c, x, low…); a missing figure is never shown as zero, and the words for one with
 * no symbol at all are NOT_PUBLISHED, written only here (an ESLint rule keeps the literal out of the rest of src).
 */

/** A published figure: its number, or null with the symbol the publisher printed in its place. */
export interface Figure {
	value: number | null;
	symbol?: string | null;
}

/** What the formatters take: a figure, part of one, or nothing (a row that was not found). */
export type MaybeFigure = Partial<Figure> | null | undefined;

/** The words for a figure with neither a number nor a symbol. */
export const NOT_PUBLISHED = 'not published';

/** What each published symbol means, as words inside a sentence ("suppressed to protect confidentiality"). */
const SYMBOL_WORDS: Readonly<Record<string, string>> = {
	c: 'suppressed to protect confidentiality',
	x: 'not available',
	z: 'not applicable',
	low: 'below half of the smallest unit published (not zero)',
	u: 'of low reliability',
	':': 'not available',
	'.': 'not available',
	'*': 'suppressed (a small number)',
	'-': 'nil',
	NA: 'not available'
};

/** The symbol as printed (trimmed), or null when there is none: blank and whitespace count as no symbol. */
export function symbolOf(symbol: unknown): string | null {
	if (typeof symbol !== 'string') return null;
	const s = symbol.trim();
	return s === '' ? null : s;
}

/** What stands in place of a missing number: the symbol as printed, or "not published" when there is none. */
export function printedSymbol(symbol: unknown): string {
	return symbolOf(symbol) ?? NOT_PUBLISHED;
}

/** A table cell or CSV value: the number as is, else the symbol as printed, else "not published". */
export function figureCell(f: MaybeFigure): number | string {
	return f?.value !== null && f?.value !== undefined ? f.value : printedSymbol(f?.symbol);
}

/** Display text: the number through `format`, else the symbol as printed, else "not published". */
export function figureLabel(f: MaybeFigure, format: (value: number) => string): string {
	return f?.value !== null && f?.value !== undefined ? format(f.value) : printedSymbol(f?.symbol);
}

/** A missing figure in words for a sentence: its symbol's meaning, or "not published" when there is no symbol. */
export function symbolWords(symbol: unknown): string {
	const s = symbolOf(symbol);
	if (s === null) return NOT_PUBLISHED;
	return SYMBOL_WORDS[s] ?? `shown as "${s}" (not a number)`;
}
