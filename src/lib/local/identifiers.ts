/**
 * Direct-identifier detection for uploaded files, by column name (contract.looksLikeDirectIdentifier) and by the
 * values of every row (./identifier-scan). A file with any is refused before anything is loaded or kept. Pure.
 */
import { looksLikeDirectIdentifier } from './contract';
import type { ValueFinding } from './identifier-scan';

export type IdentifierKind = 'name_heading' | 'nhs_number' | 'upn' | 'email' | 'phone' | 'postcode' | 'date_of_birth' | 'name';

export interface IdentifierFinding {
	column: string;
	kind: IdentifierKind;
	/** What the user should do about it. */
	advice: string;
	/** For a value finding: the first row holding one (as a spreadsheet numbers it) and how many rows do. */
	row?: number;
	rows?: number;
}

const ADVICE: Record<IdentifierKind, string> = {
	name_heading:
		'Its heading says it holds a direct identifier (a name, NHS number, UPN, date of birth, postcode, address, phone, email or case number). Delete the column; if you need to link records, replace it with a pseudonymous id your area assigns (e.g. NM-000123) and keep the lookup inside your organisation.',
	nhs_number:
		'It holds NHS numbers (10 digits with a valid check digit). Delete the column, or replace each NHS number with a pseudonymous id kept in a lookup inside your organisation.',
	upn: 'It holds unique pupil numbers (UPNs). Delete the column, or replace each UPN with a pseudonymous pupil id.',
	email: 'It holds email addresses. Delete them, or the column.',
	phone: 'It holds telephone numbers. Delete them, or the column.',
	postcode: 'It holds full postcodes. Delete the column, or keep only the locality code (or the postcode district, e.g. "NM1") the contract asks for.',
	date_of_birth: 'It holds full dates of birth. Keep only birth_year and birth_month (the contract’s columns) and delete the full date.',
	name: 'It holds a person’s name (after “Name:”). Delete the names, or the column.'
};

/** A heading finding (the column's name says it is an identifier) or a value finding from the scan of every row. */
export function identifierFindings(columns: readonly string[], values: readonly ValueFinding[]): IdentifierFinding[] {
	const findings: IdentifierFinding[] = [];
	for (const column of columns) {
		if (looksLikeDirectIdentifier(column)) {
			findings.push({ column, kind: 'name_heading', advice: ADVICE.name_heading });
			continue;
		}
		const v = values.find((f) => f.column === column);
		if (v) findings.push({ column, kind: v.kind, advice: ADVICE[v.kind], row: v.row, rows: v.rows });
	}
	return findings;
}

/** Where a finding is, in words: "row 5" or "row 5 and 2 more rows". */
export function findingPlace(f: IdentifierFinding): string {
	if (f.row === undefined || f.rows === undefined) return 'its heading';
	const more = f.rows - 1;
	return `row ${f.row.toLocaleString('en-GB')}${more > 0 ? ` and ${more.toLocaleString('en-GB')} more row${more === 1 ? '' : 's'}` : ''}`;
}
