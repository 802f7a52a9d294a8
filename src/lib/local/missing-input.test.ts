import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { emptyInputs, missingInputSpec } from './missing-input';

describe('emptyInputs', () => {
	it('lists the needed tables with no rows (absent counts included)', () => {
		expect(emptyInputs({ local_ehc_plans: 600, local_post16_places: 0 }, ['local_ehc_plans', 'local_post16_places', 'local_population'])).toEqual([
			'local_post16_places',
			'local_population'
		]);
		expect(emptyInputs({ local_ehc_plans: 1 }, ['local_ehc_plans'])).toEqual([]);
	});
});

describe('missingInputSpec', () => {
	it('says which file is missing, draws no chart and holds no figure', () => {
		const spec = missingInputSpec('local-unmatched', 'Your extract', 'young people without a need-focused place', ['local_post16_places']);
		expect(spec.title).toBe(
			'Your extract: young people without a need-focused place cannot be shown without commissioned post-16 and post-19 places (post16_places.csv)'
		);
		expect(spec.rows).toEqual([]);
		const el = spec.render(new JSDOM('').window.document);
		expect(el.querySelector('svg')).toBeNull();
		expect(el.textContent).toMatch(/^Nothing is shown: the extract in use has no rows of commissioned post-16/);
	});

	it('names two missing files with "and"', () => {
		expect(missingInputSpec('x', 'Your extract', 'rates', ['local_exclusions', 'local_school_pupils']).alt).toContain(
			'suspensions and permanent exclusions (exclusions.csv) and pupil headcounts (denominators) (school_pupils.csv). Load those files'
		);
	});
});
