import { describe, expect, it } from 'vitest';
import { figureCell, figureLabel, NOT_PUBLISHED, printedSymbol, symbolOf, symbolWords } from './figure';

const pc = (v: number) => `${v.toFixed(1)}%`;

describe('figureCell', () => {
	it('keeps a number as it is, zero included', () => {
		expect(figureCell({ value: 12.5, symbol: null })).toBe(12.5);
		expect(figureCell({ value: 0, symbol: 'c' })).toBe(0);
	});
	it('shows the symbol as printed, trimmed, in place of a number', () => {
		expect(figureCell({ value: null, symbol: 'c' })).toBe('c');
		expect(figureCell({ value: null, symbol: ' low ' })).toBe('low');
	});
	it('says "not published" for no figure, a missing row, and a blank symbol alike', () => {
		expect(figureCell(undefined)).toBe(NOT_PUBLISHED);
		expect(figureCell({ value: null })).toBe('not published');
		expect(figureCell({ value: null, symbol: '' })).toBe('not published');
		expect(figureCell({ value: undefined, symbol: '   ' })).toBe('not published');
	});
});

describe('figureLabel', () => {
	it('formats a number and never a missing one', () => {
		expect(figureLabel({ value: 48.25 }, pc)).toBe('48.3%');
		expect(figureLabel({ value: 0 }, pc)).toBe('0.0%');
		expect(figureLabel({ value: null, symbol: 'x' }, pc)).toBe('x');
		expect(figureLabel({ value: null, symbol: ' ' }, pc)).toBe('not published');
		expect(figureLabel(null, pc)).toBe('not published');
	});
});

describe('symbolWords', () => {
	it('says what a published symbol means', () => {
		expect(symbolWords('c')).toBe('suppressed to protect confidentiality');
		expect(symbolWords(' low ')).toBe('below half of the smallest unit published (not zero)');
		expect(symbolWords('-')).toBe('nil');
	});
	it('quotes a symbol it does not know, and says "not published" for none', () => {
		expect(symbolWords('?')).toBe('shown as "?" (not a number)');
		expect(symbolWords('')).toBe('not published');
		expect(symbolWords(null)).toBe('not published');
		expect(symbolWords(5)).toBe('not published');
	});
});

describe('symbolOf', () => {
	it('treats blank and whitespace as no symbol', () => {
		expect(symbolOf('')).toBeNull();
		expect(symbolOf('  ')).toBeNull();
		expect(symbolOf(undefined)).toBeNull();
		expect(symbolOf(' c')).toBe('c');
	});
});

describe('printedSymbol', () => {
	it('is the symbol as printed, or "not published" for none', () => {
		expect(printedSymbol(' * ')).toBe('*');
		expect(printedSymbol('')).toBe('not published');
		expect(printedSymbol(null)).toBe('not published');
	});
});
