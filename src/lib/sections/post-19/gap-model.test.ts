import { describe, expect, it } from 'vitest';
import type { Post19Local } from '$lib/metrics/post19-local';
import { academicYearOf, ANY_NEED, buildGapModel } from './gap-model';

const place = (quadrant: string, need_focus: string, places: number) => ({
	academic_year: '2025/26',
	quadrant,
	provision_type: 'GENERAL_FE',
	need_focus,
	age_from: 19,
	age_to: 25,
	places
});

// The projection fixture of projection.test.ts, with 13 places: 3 open to any need (North), 10 for SLD (South).
const local: Post19Local = {
	referenceDate: '2025-01-16',
	cohort: [
		{ age: 17, need: 'ASD', quadrant: 'NORTH', plans: 10 },
		{ age: 18, need: 'SLD', quadrant: 'SOUTH', plans: 20 },
		{ age: 24, need: 'ASD', quadrant: 'NORTH', plans: 5 }
	],
	ceasing: [
		{ age: 17, ceased: 1, active: 9 },
		{ age: 18, ceased: 5, active: 15 },
		{ age: 19, ceased: 0, active: 10 },
		{ age: 20, ceased: 2, active: 8 },
		{ age: 24, ceased: 1, active: 4 }
	],
	places: [place('NORTH', 'MIXED', 3), place('SOUTH', 'SLD', 10)],
	quality: []
};

describe('the 19–25 gap model', () => {
	const model = buildGapModel(local, 100);

	it('gives the total gap per year, carrying the latest places forward', () => {
		expect(academicYearOf(2026)).toBe('2025/26');
		// 2026: 4 + 15 = 19 young people, 13 places, gap 6. 2027: 6.75 + 15 = 21.75 → 22, places carried forward, gap 9.
		expect(model.total.slice(0, 2)).toEqual([
			{ year: 2026, group: 'All', projected: 19, places: 13, gap: 6, symbol: null, placesYear: '2025/26', placesCarriedForward: false },
			{ year: 2027, group: 'All', projected: 22, places: 13, gap: 9, symbol: null, placesYear: '2025/26', placesCarriedForward: true }
		]);
	});

	it('suppresses a small projected count and its partner, hiding their gaps', () => {
		// 2026 by quadrant: North 4 (small: c), South 15 (hidden so North cannot be worked out from the total 19).
		const y2026 = model.byQuadrant.filter((r) => r.year === 2026).map((r) => [r.group, r.projected, r.gap, r.symbol]);
		expect(y2026).toEqual([
			['North (synthetic)', null, null, 'c'],
			['South (synthetic)', null, null, 'c'],
			['Total', 19, 6, null]
		]);
		// 2027: North 6.75 → 7 (3 places, gap 4), South 15 (10 places, gap 5): nothing small.
		expect(model.byQuadrant.filter((r) => r.year === 2027).map((r) => [r.group, r.projected, r.places, r.gap])).toEqual([
			['North (synthetic)', 7, 3, 4],
			['South (synthetic)', 15, 10, 5],
			['Total', 22, 13, 9]
		]);
	});

	it('counts need-specific places against their need and any-need places in their own row, adding up to the total gap', () => {
		const y2027 = model.byNeed.filter((r) => r.year === 2027).map((r) => [r.group, r.projected, r.places, r.gap]);
		expect(y2027).toEqual([
			['Autistic spectrum disorder', 7, 0, 7],
			['Severe learning difficulty', 15, 10, 5],
			[ANY_NEED, null, 3, -3],
			['Total', 22, 13, 9]
		]);
	});

	it('follows the ceasing-rate assumption', () => {
		// Doubled rates, 2026: 20 × 0.5 + 5 × 0.6 = 13 young people, 13 places: gap 0.
		expect(buildGapModel(local, 200).total[0]).toMatchObject({ year: 2026, projected: 13, gap: 0 });
	});
});
