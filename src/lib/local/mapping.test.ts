import { describe, expect, it } from 'vitest';
import { ASD_REFERRALS, EHC_PLANS } from './contract';
import { didYouMean, guessTable, matchColumns } from './mapping';

describe('matchColumns', () => {
	const cols = ['Referral ID', 'ccg_code', 'quadrant_code', 'locality_code', 'sex', 'age_at_referral', 'referal_date', 'first_contact', 'extra'];
	it('matches headings ignoring case and spaces, and suggests near names for missing ones', () => {
		const m = matchColumns(ASD_REFERRALS, cols);
		expect(m.mapping.referral_id).toBe('Referral ID');
		expect(m.missingRequired).toEqual([{ column: 'referral_date', required: true, suggestion: 'referal_date' }]);
		expect(m.missingOptional.find((c) => c.column === 'first_contact_date')?.suggestion).toBe('first_contact');
		expect(m.unused).toEqual(['referal_date', 'first_contact', 'extra']);
	});
	it('applies a saved mapping', () => {
		const m = matchColumns(ASD_REFERRALS, cols, { referral_date: 'referal_date', first_contact_date: 'first_contact' });
		expect(m.missingRequired).toEqual([]);
		expect(m.unused).toEqual(['extra']);
	});
	it('treats derivable required columns as optional', () => {
		const m = matchColumns(EHC_PLANS, ['plan_id', 'ceased_date', 'setting_code']);
		expect(m.missingRequired.map((c) => c.column)).not.toContain('status');
		expect(m.missingRequired.map((c) => c.column)).not.toContain('setting_group');
		expect(m.missingRequired.map((c) => c.column)).toContain('sex');
	});
});

describe('didYouMean and guessTable', () => {
	it('suggests only near names', () => {
		expect(didYouMean('outcome_date', ['outcom_date', 'zzz'])).toBe('outcom_date');
		expect(didYouMean('outcome_date', ['postcode'])).toBeUndefined();
	});
	it('guesses the table from the file name, then from the columns', () => {
		expect(guessTable('ASD referrals 2024.csv', [])?.name).toBe('asd_referrals');
		expect(guessTable('export.csv', ['referral_id', 'ccg_code', 'quadrant_code', 'locality_code', 'sex', 'age_at_referral', 'referral_date'])?.name).toBe(
			'asd_referrals'
		);
		expect(guessTable('export.csv', ['a', 'b'])).toBeUndefined();
	});
});
