/**
 * Direct-identifier detection for uploaded files, by column name (contract.looksLikeDirectIdentifier) and by the
 * values in a sample of rows. A file with such a column is refused before anything is loaded. Pure.
 */
import { looksLikeDirectIdentifier } from './contract';

export type IdentifierKind = 'name_heading' | 'nhs_number' | 'upn' | 'email' | 'phone' | 'postcode' | 'date_of_birth';

export interface IdentifierFinding {
	column: string;
	kind: IdentifierKind;
	/** What the user should do about it. */
	advice: string;
	/** How many sampled values looked like it (0 for a heading match). */
	matched: number;
	sampled: number;
}

const ADVICE: Record<IdentifierKind, string> = {
	name_heading:
		'Its heading says it holds a direct identifier (a name, NHS number, UPN, date of birth, postcode, address, phone, email or case number). Delete the column; if you need to link records, replace it with a pseudonymous id your area assigns (e.g. NM-000123) and keep the lookup inside your organisation.',
	nhs_number:
		'Its values are NHS numbers (10 digits with a valid check digit). Delete the column, or replace each NHS number with a pseudonymous id kept in a lookup inside your organisation.',
	upn: 'Its values are unique pupil numbers (UPNs). Delete the column, or replace each UPN with a pseudonymous pupil id.',
	email: 'Its values are email addresses. Delete the column.',
	phone: 'Its values are telephone numbers. Delete the column.',
	postcode:
		'Its values are full postcodes. Delete the column, or keep only the locality code (or the postcode district, e.g. "NM1") the contract asks for.',
	date_of_birth:
		'Its values are full dates of birth. Keep only birth_year and birth_month (the contract’s columns) and delete the full date.'
};

/** Valid NHS number: 10 digits (spaces or hyphens allowed as 3-3-4) whose modulus-11 check digit is right. */
export function isNhsNumber(value: string): boolean {
	const digits = value.trim().replace(/^(\d{3})[\s-]?(\d{3})[\s-]?(\d{4})$/, '$1$2$3');
	if (!/^\d{10}$/.test(digits)) return false;
	let sum = 0;
	for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
	const check = 11 - (sum % 11);
	if (check === 10) return false;
	return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** UPN shape: check letter, 11 digits, then a digit (permanent) or a letter (temporary UPN); I, O and S are never used. */
export function isUpn(value: string): boolean {
	return /^[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]$/.test(value.trim().toUpperCase());
}

export function isEmail(value: string): boolean {
	return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value.trim());
}

/** UK phone number: 0 or +44 then 9-10 digits, spaces/hyphens/brackets allowed. */
export function isUkPhone(value: string): boolean {
	const compact = value.trim().replace(/[\s\-()]/g, '');
	return /^(?:\+44|0044|0)\d{9,10}$/.test(compact);
}

/** A full UK postcode (outward and inward code), e.g. "SW1A 1AA"; a district alone ("NM1") is not. */
export function isFullPostcode(value: string): boolean {
	return /^(GIR\s?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})$/i.test(value.trim());
}

function isFullDate(value: string): boolean {
	return /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/.test(value.trim());
}

const VALUE_TESTS: [IdentifierKind, (v: string) => boolean][] = [
	['nhs_number', isNhsNumber],
	['upn', isUpn],
	['email', isEmail],
	['phone', isUkPhone],
	['postcode', isFullPostcode]
];

/** A column is flagged by its values when at least half its non-empty sampled values match (ids rarely do by chance). */
const VALUE_SHARE = 0.5;

/**
 * Columns of a file that look like direct identifiers. `sample` holds rows as arrays of strings (null = empty),
 * aligned with `columns`.
 */
export function findIdentifierColumns(columns: readonly string[], sample: readonly (readonly (string | null)[])[]): IdentifierFinding[] {
	const findings: IdentifierFinding[] = [];
	columns.forEach((column, i) => {
		const values = sample.map((r) => r[i]).filter((v): v is string => v != null && v.trim() !== '');
		if (looksLikeDirectIdentifier(column)) {
			findings.push({ column, kind: 'name_heading', advice: ADVICE.name_heading, matched: 0, sampled: values.length });
			return;
		}
		if (values.length === 0) return;
		const tests: [IdentifierKind, (v: string) => boolean][] = [...VALUE_TESTS];
		// A full date is only an identifier when it is a birth date; referral and plan dates are full dates too.
		if (/birth|born/i.test(column)) tests.push(['date_of_birth', isFullDate]);
		for (const [kind, test] of tests) {
			const matched = values.filter(test).length;
			if (matched / values.length >= VALUE_SHARE) {
				findings.push({ column, kind, advice: ADVICE[kind], matched, sampled: values.length });
				return;
			}
		}
	});
	return findings;
}
