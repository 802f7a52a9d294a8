import { describe, expect, it } from 'vitest';
import {
	across,
	chanceFlags,
	compareTo,
	countOf,
	direction,
	fmt,
	fmtSigned,
	fromTo,
	leaders,
	list,
	needs,
	plural,
	range,
	round,
	sharesNote,
	significance,
	significanceFromInterval,
	valueText,
	whyNoRanking
} from './prose';
import { symbolWords } from './figure';

describe('numbers: one formatter, rounding in one place', () => {
	it('formats counts, fixed-decimal percentages and signed changes', () => {
		expect(fmt(14240, 'count')).toBe('14,240');
		expect(fmt(25.731, 'percent')).toBe('25.7%');
		expect(fmt(48, 'percent')).toBe('48.0%');
		expect(fmt(25.731, 'number')).toBe('25.7');
		expect(fmtSigned(59.14, 'percent')).toBe('+59.1%');
		expect(fmtSigned(-3.25, 'percent')).toBe('−3.3%');
		expect(fmtSigned(0.04, 'percent')).toBe('0.0%');
	});
	it('rounds half away from zero, and never shows −0', () => {
		expect(round(2.5)).toBe(3);
		expect(round(-2.5)).toBe(-3);
		expect(round(1.005, 2)).toBe(1.01);
		expect(round(-0.01, 1)).toBe(0);
	});
	it('says months and weeks with the right plural', () => {
		expect(fmt(1, 'months')).toBe('1 month');
		expect(fmt(62, 'months')).toBe('62 months');
	});
});

describe('suppressed and unpublished values are words, never 0', () => {
	it('reads each symbol', () => {
		expect(valueText(null, 'c', 'count')).toBe('suppressed to protect confidentiality');
		expect(valueText(null, 'x', 'percent')).toBe('not available');
		expect(valueText(null, 'z')).toBe('not applicable');
		expect(valueText(null, 'low')).toBe('below half of the smallest unit published (not zero)');
		expect(valueText(undefined, null)).toBe('not published');
		expect(valueText(0, 'c', 'count')).toBe('0');
		expect(symbolWords('?')).toBe('shown as "?" (not a number)');
	});
	it('a sentence that needs a missing value says so instead of splicing it in', () => {
		const sentence = () => 'never written';
		expect(needs([{ label: 'decisions within 4 weeks', value: null, symbol: 'c' }], sentence)).toBe(
			'The figure for decisions within 4 weeks is suppressed to protect confidentiality.'
		);
		expect(needs([{ label: 'x', value: 3 }], () => 'written')).toBe('written');
	});
});

describe('plurals and lists', () => {
	it('agrees with the number', () => {
		expect(plural(1, 'young person', 'young people')).toBe('1 young person');
		expect(plural(2, 'young person', 'young people')).toBe('2 young people');
		expect(plural(0, 'NHS area')).toBe('0 NHS areas');
		expect(plural(1, 'NHS area')).toBe('1 NHS area');
	});
	it('joins lists', () => {
		expect(list([])).toBe('');
		expect(list(['ASD'])).toBe('ASD');
		expect(list(['ASD', 'SEMH'])).toBe('ASD and SEMH');
		expect(list(['ASD', 'SEMH', 'SLCN'], 'or')).toBe('ASD, SEMH or SLCN');
	});
	it('a single area reads as one, not "the 1 … locations"', () => {
		expect(across(1, 'NHS sub-ICB location')).toBe('in its one NHS sub-ICB location');
		expect(across(3, 'NHS sub-ICB location')).toBe('across the 3 NHS sub-ICB locations');
	});
});

describe('ranges', () => {
	it('equal ends (as shown) are one value', () => {
		expect(range(66, 66, 'percent')).toBe('66.0%');
		expect(range(66.01, 65.98, 'percent')).toBe('66.0%');
		expect(fromTo(62, 62, 'months')).toBe('62 months');
	});
	it('different ends read low to high', () => {
		expect(range(70, 62, 'percent')).toBe('between 62.0% and 70.0%');
		expect(fromTo(62, 70, 'months')).toBe('from 62 to 70 months');
	});
});

describe('ties, zero and missing comparators', () => {
	it('names the largest, or all tied as shown (Middlesbrough: SEMH 26.9%, ASD 24.2%)', () => {
		const needsRows = [
			{ label: 'ASD', value: 24.2 },
			{ label: 'SEMH', value: 26.9 },
			{ label: 'SLCN', value: null, symbol: 'c' }
		];
		const top = leaders(needsRows, 'percent');
		expect(top?.text).toBe('SEMH (26.9%)');
		expect(top?.missing).toBe(1);
		expect(
			leaders(
				[
					{ label: 'A', value: 24.21 },
					{ label: 'B', value: 24.24 }
				],
				'percent'
			)?.text
		).toBe('A and B (both 24.2%)');
		expect(leaders([{ label: 'A', value: null }], 'percent')).toBeNull();
	});
	it('compares as shown, and says when the comparator is missing', () => {
		expect(compareTo(12.1, 10.6, 'England', 'percent').text).toBe('above England (10.6%)');
		expect(compareTo(10.64, 10.6, 'England', 'percent').relation).toBe('same');
		expect(compareTo(0, 1, 'England', 'count').relation).toBe('below');
		expect(compareTo(5, null, 'England', 'percent', {}, 'x').text).toBe("England's figure is not available");
	});
	it('counts areas honestly when some are suppressed', () => {
		expect(countOf(0, 1, 5, 'NHS area')).toBe('Of the 5 NHS areas, 4 have no published figure; in 0 of the 1 that does');
		expect(countOf(2, 5, 5, 'NHS area')).toBe('In 2 of the 5 NHS areas');
		expect(countOf(0, 0, 3, 'NHS area')).toBe("None of the 3 NHS areas has a published figure, so this can't be told");
		expect(countOf(1, 1, 1, 'NHS area')).toBe('In the one NHS area');
	});
});

describe('direction of travel with polarity', () => {
	it('says better or worse, and which way', () => {
		expect(direction({ year: 2019, value: 75.8 }, { year: 2024, value: 48.3 }, 'percent', 'higher_better').text).toBe(
			'worse: down from 75.8% in 2019 to 48.3% in 2024'
		);
		expect(direction({ year: 2019, value: 8948 }, { year: 2025, value: 14240 }, 'count', 'neutral').text).toBe('up from 8,948 in 2019 to 14,240 in 2025');
		expect(direction({ year: 2019, value: 5 }, { year: 2024, value: 3 }, 'percent', 'lower_better').direction).toBe('better');
	});
	it('one published year is not a direction', () => {
		expect(direction({ year: 2024, value: 5 }, { year: 2024, value: 5 }, 'percent', 'higher_better').text).toBe("can't be told: only 2024 is published");
	});
	it('no change as shown, and missing ends said', () => {
		expect(direction({ year: 2019, value: 48.31 }, { year: 2024, value: 48.29 }, 'percent', 'higher_better').text).toBe('no change: 48.3% in 2019 and in 2024');
		expect(direction({ year: 2019, value: null, symbol: 'c' }, { year: 2024, value: 3 }, 'percent', 'higher_better').text).toBe(
			"can't be told: the 2019 figure is suppressed to protect confidentiality"
		);
	});
});

describe('shares that should sum to 100%', () => {
	it('notes rounding, overlap and missing shares', () => {
		expect(sharesNote([50, 50])).toBe('');
		expect(sharesNote([33.3, 33.3, 33.3])).toBe('The shares sum to 99.9% because each is rounded.');
		expect(sharesNote([60, 51])).toBe('The shares sum to 111.0%, not 100%: they are separate measures that can overlap, not parts of one whole.');
		expect(sharesNote([60, null])).toBe('1 share is not published, so the shown shares sum to 60.0%.');
	});
});

describe('significance: one rule, small numbers flagged', () => {
	it('uses the 95% Wilson interval against the comparator', () => {
		// 121 of 1,000 = 12.1%, interval about 10.2–14.3: England 10.6 lies inside it.
		expect(significance(121, 1000, 10.6)).toBe('not significantly different');
		expect(significance(121, 1000, 9)).toBe('significantly higher');
		expect(significance(50, 1000, 9)).toBe('significantly lower');
	});
	it('is too few to judge on a small base (City of London, 26 plans)', () => {
		expect(significance(1, 26, 20)).toBe('too few to judge');
		expect(significance(null, 100, 20)).toBe('too few to judge');
	});
	it('reads a drawn interval at its boundaries the same way', () => {
		expect(significanceFromInterval(10.6, 13.8, 10.6)).toBe('not significantly different');
		expect(significanceFromInterval(10.61, 13.8, 10.6)).toBe('significantly higher');
		expect(significanceFromInterval(8, 10.59, 10.6)).toBe('significantly lower');
		expect(significanceFromInterval(8, 12, 10.6, 20)).toBe('too few to judge');
	});
	it('says how many flags chance alone would give', () => {
		expect(chanceFlags(13)).toBe('with 13 comparisons at the 95% level, chance alone would flag about 0.65 of them (1 in 20 each)');
	});
	it('refuses to rank rounded or tiny counts, saying why', () => {
		expect(whyNoRanking([5, 10], { roundedTo: 5 })).toBe('the counts are rounded to the nearest 5, so small differences between areas are not real');
		expect(whyNoRanking([5])).toBe('there is only one area, so there is nothing to rank it against');
		expect(whyNoRanking([5, null])).toBe('some figures are not published, so the areas cannot be put in order');
		expect(whyNoRanking([3, 40], { minCount: 10 })).toBe('some counts are below 10, too few to put areas in order');
		expect(whyNoRanking([30, 40], { minCount: 10 })).toBeNull();
	});
});
