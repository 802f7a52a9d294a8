import { describe, expect, it } from 'vitest';
import { sentenceProblems } from './prose-checks';
import { rankAmong, rankWords } from '../kit/rank';
import { decimalsToShow } from '../kit/shown-interval';
import { travelSentence } from '../kit/travel';

describe('direction of travel', () => {
	const years = [2014, 2015, 2019, 2024];
	it('gives the change since the first year and since 2019 with the polarity', () => {
		const own = [
			{ year: 2014, value: 64.3 },
			{ year: 2019, value: 75.8 },
			{ year: 2024, value: 48.3 }
		];
		expect(travelSentence(years, own, { unit: 'percent', polarity: 'higher_better' })).toBe(
			'Since 2014 (the first published year), worse: down from 64.3% in 2014 to 48.3% in 2024; since 2019, worse: down from 75.8% in 2019 to 48.3% in 2024 (higher is better).'
		);
	});
	it('moves with the data: first and latest come from the years given, not from code', () => {
		const own = [
			{ year: 2019, value: 75.8 },
			{ year: 2025, value: 50 }
		];
		expect(travelSentence([2019, 2025], own, { unit: 'percent', polarity: 'higher_better' })).toContain('to 50.0% in 2025');
	});
	it('says when the area was first published later, when a year is suppressed, and when only one year exists', () => {
		const own = [
			{ year: 2015, value: 10 },
			{ year: 2019, value: null, symbol: 'c' },
			{ year: 2024, value: 12 }
		];
		const s = travelSentence(years, own, { unit: 'percent', polarity: 'lower_better' });
		expect(s).toContain('Since 2015 (the first year published for this area; 2014 is not), worse: up from 10.0% in 2015 to 12.0% in 2024');
		expect(s).toContain("since 2019, can't be told: the 2019 figure is suppressed to protect confidentiality");
		expect(travelSentence([2024], [{ year: 2024, value: 3 }], { unit: 'percent', polarity: 'neutral' })).toBe(
			'Only 2024 is published, so there is no direction of travel yet.'
		);
	});
	it('names no good direction for a count such as plans', () => {
		expect(
			travelSentence(
				[2019, 2025],
				[
					{ year: 2019, value: 8948 },
					{ year: 2025, value: 14240 }
				],
				{ unit: 'count', polarity: 'neutral' }
			)
		).toBe(
			"Since 2019 (the inspections' year and the first published), up from 8,948 in 2019 to 14,240 in 2025 (neither higher nor lower is better in itself)."
		);
	});
});

describe('ranks', () => {
	it('share a rank between tied values as shown, and say which end is 1 and which is good', () => {
		const r = rankAmong(94, [96, 95, 94, 94.02, 93.96, 80]);
		expect(r).toEqual({ rank: 3, of: 6, tied: true });
		expect(rankWords(rankAmong(1, [1, 2, 3]), 'neutral', 'growth', '1%')).toBe(
			'ranks 3 of 3 among its statistical neighbours on growth (1%; 1 = highest; neither higher nor lower is better in itself)'
		);
	});
});

describe('intervals shown beside their verdict', () => {
	it('uses two decimals where one would make "higher" look false', () => {
		expect(decimalsToShow(1.44, 1.9, 1.43, 'higher')).toBe(2);
		expect(decimalsToShow(1.6, 1.9, 1.43, 'higher')).toBe(1);
	});
});

describe('the prose checks catch the defects the issue found', () => {
	it.each([
		'1 young people aged 20–25 held EHC plans',
		'1 needs are significantly above England',
		'in all 1 CCGs',
		'1 CCG serve Middlesbrough',
		'it would be between 66% and 66%',
		'Active EHC plans in Northamptonshire grew by not available between January 2019 and January 2025',
		'not published of annual review decisions were made within 4 weeks',
		'a value of NaN',
		'England 25.731',
		'Essex ranks 11 of 11 among its statistical neighbours on growth'
	])('flags "%s"', (text) => expect(sentenceProblems(text).length).toBeGreaterThan(0));
	it('passes the same sentences written correctly', () => {
		for (const t of [
			'1 young person aged 20–25 held an EHC plan',
			'Essex ranks 11 of 11 among its statistical neighbours (1 = highest; neither higher nor lower is better in itself)',
			'in City of not published areas'
		])
			expect(sentenceProblems(t)).toEqual([]);
	});
});
