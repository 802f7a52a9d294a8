import { describe, expect, it } from 'vitest';
import { flaggedRecordsCsv } from '$lib/sections/exclusions/record-list';
import { csvCell, neutraliseFormula, toCsv } from './csv';

describe('CSV formula injection', () => {
	it.each([
		['=HYPERLINK("http://x.example","click")', `"'=HYPERLINK(""http://x.example"",""click"")"`],
		['+SUM(1,2)', `"'+SUM(1,2)"`],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', `"'\r=1"`]
	])('neutralises %j', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});

	it('leaves numbers, numbers written as text, a lone "-" and ordinary text alone', () => {
		expect(csvCell(-3.5)).toBe('-3.5');
		expect(csvCell('-3.5')).toBe('-3.5');
		expect(csvCell('+44')).toBe('+44');
		expect(csvCell('-')).toBe('-');
		expect(csvCell('c')).toBe('c');
		expect(csvCell('NM-000001')).toBe('NM-000001');
		expect(neutraliseFormula('a=b')).toBe('a=b');
	});

	it('applies to chart tables and to the caseworker list', () => {
		expect(toCsv([{ key: 'a', label: 'A' }], [{ a: '=1+1' }])).toBe("A\r\n'=1+1\r\n");
		const csv = flaggedRecordsCsv([
			{
				plan_id: '=HYPERLINK("http://x.example")',
				quadrant_code: '@Q',
				locality_code: '+L1',
				setting_group: 'mainstream',
				establishment_code: null,
				plan_start_date: '2020-01-01',
				last_review_date: null,
				overdue_12: true,
				overdue_24: false,
				placement_unknown: false,
				closed_school: false
			}
		]);
		expect(csv).toContain(`"'=HYPERLINK(""http://x.example"")"`);
		expect(csv).toContain("'@Q");
		expect(csv).toContain("'+L1");
		expect(csv.split('\r\n').slice(1).join('\n')).not.toMatch(/(^|,)[=+@]/m);
	});
});
