import { describe, expect, it } from 'vitest';
import { findIdentifierColumns, isFullPostcode, isNhsNumber, isUkPhone, isUpn } from './identifiers';

describe('identifier detectors', () => {
	it('NHS numbers: valid check digits only', () => {
		// 943 476 5919 is the NHS's published test number; 401 023 2137 checks: sum 4*10+0+1*8+0+2*6+3*5+2*4+1*3+3*2 = 92, 11 - 92 % 11 = 7.
		expect(isNhsNumber('9434765919')).toBe(true);
		expect(isNhsNumber('943 476 5919')).toBe(true);
		expect(isNhsNumber('4010232137')).toBe(true);
		expect(isNhsNumber('9434765918')).toBe(false); // wrong check digit
		expect(isNhsNumber('943476591')).toBe(false); // 9 digits
		expect(isNhsNumber('NM-0000001')).toBe(false);
	});
	it('UPNs, postcodes and phone numbers', () => {
		expect(isUpn('A123456789012')).toBe(true);
		expect(isUpn('H80100012345A')).toBe(true); // temporary UPN ends in a letter
		expect(isUpn('I123456789012')).toBe(false); // I is never a check letter
		expect(isUpn('NM-000001')).toBe(false);
		expect(isFullPostcode('SW1A 1AA')).toBe(true);
		expect(isFullPostcode('co4 3sq')).toBe(true);
		expect(isFullPostcode('CO4')).toBe(false); // a district is not a full postcode
		expect(isUkPhone('01206 873333')).toBe(true);
		expect(isUkPhone('+44 7700 900123')).toBe(true);
		expect(isUkPhone('2024')).toBe(false);
	});
});

describe('findIdentifierColumns', () => {
	const cols = ['referral_id', 'patient_ref', 'contact', 'pc', 'parent', 'born', 'referral_date', 'birth_year', 'provider_name', 'Surname', 'district'];
	const rows = [
		['R1', '9434765919', '01206 873333', 'CO4 3SQ', 'a@b.org', '2014-05-02', '2024-01-01', '2014', 'Colchester Institute', 'Smith', 'CO4'],
		['R2', '4010232137', '07700 900123', 'SW1A 1AA', 'c@d.co.uk', '03/11/2015', '2024-02-01', '2015', 'Other', 'Jones', 'SW1A']
	];
	it('flags each kind by heading or values, and nothing else', () => {
		expect(findIdentifierColumns(cols, rows).map((f) => [f.column, f.kind])).toEqual([
			['patient_ref', 'nhs_number'],
			['contact', 'phone'],
			['pc', 'postcode'],
			['parent', 'email'],
			['born', 'date_of_birth'],
			['Surname', 'name_heading']
		]);
	});
	it('does not flag 10-digit ids that are mostly not valid NHS numbers', () => {
		const ids = ['1234567890', '1111111112', '2000000001', '9434765918'].map((v) => [v]);
		expect(findIdentifierColumns(['case_ref'], ids)).toEqual([]);
	});
});
