import { describe, expect, it } from 'vitest';
import { ceasingRates, parseCeasingPercent, projectCohort, sumProjection, survival } from './projection';

const round = (x: number) => Math.round(x * 1e9) / 1e9;

// A small cohort whose projection was worked out by hand (see each expectation).
const cohort = [
	{ age: 17, need: 'ASD', quadrant: 'NORTH', plans: 10 },
	{ age: 18, need: 'SLD', quadrant: 'SOUTH', plans: 20 },
	{ age: 24, need: 'ASD', quadrant: 'NORTH', plans: 5 }
];
const rates = ceasingRates([
	{ age: 17, ceased: 1, active: 9 }, // 1 / 10 = 0.1
	{ age: 18, ceased: 5, active: 15 }, // 5 / 20 = 0.25
	{ age: 19, ceased: 0, active: 10 }, // 0
	{ age: 20, ceased: 2, active: 8 }, // 0.2
	{ age: 24, ceased: 1, active: 4 }, // 0.2
	{ age: 25, ceased: 0, active: 0 } // no plans: 0
]);

describe('projection of the 19–25 cohort', () => {
	it('computes ceasing rates as ceased ÷ (ceased + still held)', () => {
		expect(Object.fromEntries(rates)).toEqual({ 17: 0.1, 18: 0.25, 19: 0, 20: 0.2, 24: 0.2, 25: 0 });
	});

	it('ages plans forward with the observed rates (factor 1)', () => {
		const cells = projectCohort(cohort, rates, { baseYear: 2025, years: 3, ceasingFactor: 1 });
		expect(cells.map((c) => ({ ...c, projected: round(c.projected) }))).toEqual([
			// 2026: 18-year-olds turn 19: 20 × 0.75 = 15; 24-year-olds turn 25: 5 × 0.8 = 4; 17-year-olds are only 18.
			{ year: 2026, need: 'ASD', quadrant: 'NORTH', projected: 4 },
			{ year: 2026, need: 'SLD', quadrant: 'SOUTH', projected: 15 },
			// 2027: 10 × 0.9 × 0.75 = 6.75; 20 × 0.75 × 1 = 15; the 24-year-olds are 26, past the maximum age.
			{ year: 2027, need: 'ASD', quadrant: 'NORTH', projected: 6.75 },
			{ year: 2027, need: 'SLD', quadrant: 'SOUTH', projected: 15 },
			// 2028: 10 × 0.9 × 0.75 × 1 = 6.75; 20 × 0.75 × 1 × 0.8 = 12.
			{ year: 2028, need: 'ASD', quadrant: 'NORTH', projected: 6.75 },
			{ year: 2028, need: 'SLD', quadrant: 'SOUTH', projected: 12 }
		]);
		expect(sumProjection(cells, null).map((r) => round(r.projected))).toEqual([19, 21.75, 18.75]);
	});

	it('scales every rate by the assumption, capped at 100%', () => {
		const doubled = projectCohort(cohort, rates, { baseYear: 2025, years: 2, ceasingFactor: 2 });
		// 2026: 20 × (1 − 0.5) = 10 and 5 × (1 − 0.4) = 3; 2027: 10 × 0.8 × 0.5 = 4 and 20 × 0.5 × 1 = 10.
		expect(sumProjection(doubled, 'need')).toEqual([
			{ year: 2026, group: 'ASD', projected: 3 },
			{ year: 2026, group: 'SLD', projected: 10 },
			{ year: 2027, group: 'ASD', projected: 4 },
			{ year: 2027, group: 'SLD', projected: 10 }
		]);
		expect(survival(rates, 18, 1, 5)).toBe(0); // 0.25 × 5 > 1: everyone ceases, never a negative count.
		expect(survival(rates, 17, 2, 0)).toBe(1); // factor 0: nobody ceases.
	});

	it('reads the assumption from the URL safely', () => {
		expect([parseCeasingPercent(null), parseCeasingPercent('150'), parseCeasingPercent('abc'), parseCeasingPercent('-5'), parseCeasingPercent('900')]).toEqual([
			100, 150, 100, 0, 300
		]);
	});
});
