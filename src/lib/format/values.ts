/** How figures read on the page and in tables: thousands separators and percentages (a missing figure: ./figure). */
import { figureLabel } from './figure';

export type Unit = 'count' | 'percent' | 'rate_per_100' | 'rate_per_1000' | 'ratio' | 'index';

// Made once: toLocaleString with options builds a new formatter on every call, which showed in redraw profiles.
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const TWO_DECIMALS = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const PLAIN = new Intl.NumberFormat('en-GB');

/** Exactly `value.toLocaleString('en-GB')` (up to 3 decimals), from one formatter: for code that draws often. */
export function formatPlain(value: number): string {
	return PLAIN.format(value);
}

export function formatNumber(value: number, unit: Unit): string {
	switch (unit) {
		case 'count':
			return WHOLE.format(Math.round(value));
		case 'percent':
			return `${ONE_DECIMAL.format(value)}%`;
		case 'index':
			return WHOLE.format(value);
		default:
			return TWO_DECIMALS.format(value);
	}
}

/** A figure for display: the number, or the published symbol (never a zero in its place). */
export function formatValue(value: number | null | undefined, symbol: string | null | undefined, unit: Unit): string {
	return figureLabel({ value, symbol }, (v) => formatNumber(v, unit));
}

/** Change between two values as a signed percentage, e.g. "+59.1%"; null when either is missing or the base is 0. */
export function percentChange(from: number | null | undefined, to: number | null | undefined): number | null {
	if (from === null || from === undefined || to === null || to === undefined || from === 0) return null;
	return ((to - from) / from) * 100;
}

export function formatSignedPercent(value: number | null): string {
	if (value === null) return 'not available';
	const rounded = Math.round(value * 10) / 10;
	return `${rounded > 0 ? '+' : ''}${ONE_DECIMAL.format(rounded)}%`;
}
