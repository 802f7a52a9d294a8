import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { formatSignedPercent, formatValue, percentChange } from './values';

describe('formatValue', () => {
	it('shows counts with thousands separators and percentages with one decimal', () => {
		expect(formatValue(14240, null, 'count')).toBe('14,240');
		expect(formatValue(16.2, null, 'percent')).toBe('16.2%');
	});
	it('shows a published symbol instead of a number, never zero', () => {
		expect(formatValue(null, 'c', 'count')).toBe('c');
		expect(formatValue(null, 'x', 'percent')).toBe('x');
		expect(formatValue(null, null, 'count')).toBe('not published');
	});
});

describe('percentChange', () => {
	it('computes growth from the real Essex caseload 2019 → 2025', () => {
		expect(formatSignedPercent(percentChange(8948, 14240))).toBe('+59.1%');
	});
	it('is unavailable when a value is missing or the base is zero', () => {
		expect(percentChange(null, 5)).toBeNull();
		expect(percentChange(0, 5)).toBeNull();
	});
});

describe('toCsv', () => {
	it('quotes commas, quotes and newlines and leaves suppressed cells as their symbol', () => {
		const csv = toCsv(
			[
				{ key: 'area', label: 'Area' },
				{ key: 'value', label: 'Value' }
			],
			[
				{ area: 'Bristol, City of', value: '1,234' },
				{ area: 'Say "x"', value: 'c' },
				{ area: 'Blank', value: null }
			]
		);
		expect(csv).toBe('Area,Value\r\n"Bristol, City of","1,234"\r\n"Say ""x""",c\r\nBlank,\r\n');
	});
});
