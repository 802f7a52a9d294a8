import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../../data/lib/node-runner';
import { scanForIdentifiers } from './identifier-scan';
import { findingPlace, identifierFindings } from './identifiers';
import { sniff } from './sniff';
import { stageCsvSql, stagedColumns } from './validate';

let db: NodeRunner;
const dir = mkdtempSync(join(tmpdir(), 'send-identifiers-'));
beforeAll(async () => {
	db = await createNodeRunner();
});
afterAll(() => db.close());

/** Stages a CSV as the browser does and scans it. */
async function scan(csv: string) {
	const path = join(dir, `f${Math.random().toString(36).slice(2)}.csv`);
	writeFileSync(path, csv);
	const bytes = new TextEncoder().encode(csv);
	const s = sniff(bytes, bytes.length);
	if (s.kind !== 'text') throw new Error('not text');
	await db.all(stageCsvSql('stage', path, s.delimiter, s.columns));
	const columns = await stagedColumns(db, 'stage');
	return identifierFindings(columns, await scanForIdentifiers(db, 'stage', columns));
}

const HEAD = 'referral_id,ccg_code,referral_date,notes';
const clean = (n: number) =>
	Array.from(
		{ length: n },
		(_, i) => `R-${i + 1},06Q,2024-01-${String((i % 28) + 1).padStart(2, '0')},seen at clinic ${i % 7}; next review 03/2025 in M25 5pm slot`
	);

describe('scanning every value for direct identifiers', () => {
	it('passes a clean file: ids, codes, dates, lower-case text that only looks like a postcode', async () => {
		expect(await scan([HEAD, ...clean(50)].join('\n'))).toEqual([]);
	});

	it('finds one valid NHS number inside free text in the last row, naming column and row', async () => {
		const rows = clean(2000);
		rows.push('R-2001,06Q,2024-02-01,mum says NHS no 943 476 5919 - check');
		const [f, ...rest] = await scan([HEAD, ...rows].join('\n'));
		expect(rest).toEqual([]);
		expect(f).toMatchObject({ column: 'notes', kind: 'nhs_number', row: 2002, rows: 1 });
		expect(findingPlace(f!)).toBe('row 2,002');
	});

	// Ten-digit numbers whose NHS check digit happens to hold: about 1 in 11 do.
	const validByChance = Array.from({ length: 400 }, (_, i) => String(1_000_000_000 + i * 7919)).filter((id) => {
		const d = [...id].map(Number);
		const check = 11 - (d.slice(0, 9).reduce((s, x, i) => s + x * (10 - i), 0) % 11);
		return check !== 10 && (check === 11 ? 0 : check) === d[9];
	});

	it('a column of a system’s own ten-digit ids is not refused because some pass the NHS check digit', async () => {
		const ids = Array.from({ length: 200 }, (_, i) => String(1_000_000_000 + i * 7919));
		expect(validByChance.length).toBeGreaterThan(10);
		const rows = ids.map((id, i) => `${id},06Q,2024-01-01,seen ${i % 5}`);
		expect(await scan(['record_id,ccg_code,referral_date,notes', ...rows].join('\n'))).toEqual([]);
		// …but an NHS number written in the notes of that file is still found.
		rows.push('1000009999,06Q,2024-01-01,NHS 943 476 5919');
		expect(await scan(['record_id,ccg_code,referral_date,notes', ...rows].join('\n'))).toMatchObject([{ column: 'notes', kind: 'nhs_number', row: 202 }]);
	});

	it('a column of bare ten-digit values that all pass the check digit is refused as NHS numbers', async () => {
		const rows = validByChance.slice(0, 25).map((id) => `${id},06Q,2024-01-01,ok`);
		expect(await scan(['record_id,ccg_code,referral_date,notes', ...rows].join('\n'))).toMatchObject([
			{ column: 'record_id', kind: 'nhs_number', row: 2, rows: 25 }
		]);
	});

	it('too few bare ten-digit values to tell ids from NHS numbers: one valid one is refused', async () => {
		const rows = ['1000000000', validByChance[0]!, '1000007919'].map((id) => `${id},06Q,2024-01-01,ok`);
		expect(await scan(['record_id,ccg_code,referral_date,notes', ...rows].join('\n'))).toMatchObject([{ column: 'record_id', kind: 'nhs_number' }]);
	});

	it('ignores ten digits whose check digit is wrong', async () => {
		expect(await scan([HEAD, 'R-1,06Q,2024-01-01,ref 9434765918 and 1234567890'].join('\n'))).toEqual([]);
	});

	it.each([
		['UPN', 'pupil A123456789012 moved', 'upn'],
		['email', 'parent jo.bloggs@example.org.uk', 'email'],
		['mobile', 'call 07700 900123 after 3', 'phone'],
		['landline', 'tel. 01206 873333', 'phone'],
		['+44', 'on +44 7700 900123', 'phone'],
		['postcode in text', 'lives at CO4 3SQ', 'postcode'],
		['postcode alone, lower case', 'co4 3sq', 'postcode'],
		['date of birth', 'DOB: 02/05/2014', 'date_of_birth'],
		['born on', 'born on 2014-05-02', 'date_of_birth'],
		['name', 'Name: Jamie Smith', 'name']
	])('finds a %s', async (_, text, kind) => {
		const found = await scan([HEAD, 'R-1,06Q,2024-01-01,ok', `R-2,06Q,2024-01-01,"${text}"`].join('\n'));
		expect(found).toMatchObject([{ column: 'notes', kind, row: 3, rows: 1 }]);
	});

	it('a full date in a column whose heading says birth is a date of birth; referral dates are not', async () => {
		const found = await scan(['referral_id,birthday,referral_date', 'R-1,2014-05-02,2024-01-01', 'R-2,2015-06-03,2024-01-01'].join('\n'));
		expect(found).toMatchObject([{ column: 'birthday', kind: 'date_of_birth', row: 2, rows: 2 }]);
		expect(findingPlace(found[0]!)).toBe('row 2 and 1 more row');
	});

	it('headings that name an identifier are refused whatever their values', async () => {
		expect(await scan(['referral_id,Surname', 'R-1,x'].join('\n'))).toMatchObject([{ column: 'Surname', kind: 'name_heading' }]);
	});
});
