// @vitest-environment node
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { localProfileChart, safeRows, unmatchedChart } from './local-charts';

const LABEL = 'Northmoor (synthetic)';

describe('local needs chart specs', () => {
	// ASD 3 is a small count; hiding it alone would let 33 − 10 − 20 reveal it, so MLD (10, the smallest other) goes too.
	const needProfile = {
		dim: 'need' as const,
		counts: [
			{ category: 'ASD', count: 3 },
			{ category: 'MLD', count: 10 },
			{ category: 'SEMH', count: 20 }
		],
		population: [{ category: 'All', population: 1000 }]
	};

	it('suppresses 1–4 and one more cell so the hidden count cannot be recovered from the total', () => {
		const { rows, total } = safeRows('need', needProfile);
		const at = (code: string) => rows.find((r) => r.code === code)!;
		expect(at('ASD')).toMatchObject({ count: null, symbol: 'c' });
		expect(at('MLD')).toMatchObject({ count: null, symbol: 'c' });
		expect(at('SEMH')).toMatchObject({ count: 20, symbol: null });
		expect(at('PD')).toMatchObject({ count: 0 });
		expect(total).toMatchObject({ count: 33 });
	});

	it('never shows a suppressed count in the title, alt text, table or drawing, and names the extract', () => {
		const spec = localProfileChart(needProfile, {}, LABEL);
		expect(spec.title).toBe(`${LABEL}: Social, emotional and mental health (SEMH) has the most active EHC plans of any primary need: 20 of 33`);
		const everything = JSON.stringify({ t: spec.title, a: spec.alt, r: spec.rows });
		expect(everything).not.toMatch(/\b3\b|\b10\b/);
		expect(spec.rows.find((r) => r.label === 'Autistic spectrum disorder (ASD)')?.count).toBe('c');
		const { document } = new JSDOM('<!doctype html><body></body>').window;
		const svg = spec.render(document);
		expect(svg.textContent).toContain('20');
		expect(svg.textContent).not.toMatch(/(^|\D)(3|10)(\D|$)/);
	});

	it('gives rates per 1,000 for quadrants from the population, and marks the selected one in words', () => {
		const profile = {
			dim: 'quadrant' as const,
			counts: [
				{ category: 'NORTH', count: 50 },
				{ category: 'WEST', count: 90 }
			],
			population: [
				{ category: 'NORTH', population: 10000 },
				{ category: 'WEST', population: 3000 }
			]
		};
		const spec = localProfileChart(profile, { quadrant: 'WEST', need: 'MLD' }, LABEL);
		// 90 / 3000 × 1000 = 30; 50 / 10000 × 1000 = 5.
		expect(spec.rows).toEqual([
			{ label: 'North (synthetic)', count: 50, population: 10000, rate: 5 },
			{ label: 'West (synthetic)', count: 90, population: 3000, rate: 30 },
			{ label: 'Total', count: 140, population: 13000, rate: 10.8 }
		]);
		expect(spec.title).toContain(', filtered to primary need Moderate learning difficulty (MLD): 90 of 140');
		const { document } = new JSDOM('<!doctype html><body></body>').window;
		expect(spec.render(document).textContent).toContain('90 (30 per 1,000) — selected');
	});

	it('suppresses the unmatched-need table across quadrants and needs', () => {
		const spec = unmatchedChart(
			[
				{ quadrant: 'NORTH', need: 'MLD', young_people: 40, need_places: 0, unmatched: 40 },
				{ quadrant: 'NORTH', need: 'SLD', young_people: 2, need_places: 0, unmatched: 2 },
				{ quadrant: 'WEST', need: 'MLD', young_people: 30, need_places: 0, unmatched: 30 },
				{ quadrant: 'WEST', need: 'SLD', young_people: 9, need_places: 0, unmatched: 9 }
			],
			LABEL,
			'2024/25'
		);
		// NORTH SLD 2 is small. Its row and column each need a second hidden cell (WEST SLD 9, NORTH MLD 40), and then the
		// MLD row needs one more (WEST MLD 30): all four cells hidden, the margins shown (2×2 with one degree of freedom).
		expect(spec.rows).toEqual([
			{ need: 'Moderate learning difficulty (MLD)', NORTH: 'c', WEST: 'c', Total: 70 },
			{ need: 'Severe learning difficulty (SLD)', NORTH: 'c', WEST: 'c', Total: 11 },
			{ need: 'Total', NORTH: 42, WEST: 39, Total: 81 }
		]);
	});
});
