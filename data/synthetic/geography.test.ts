import { describe, expect, it } from 'vitest';
import { CCGS, ccgQuadrants, LOCALITIES, QUADRANTS, quadrantCcgs } from './geography';
import { SYNTHETIC_CCG, SYNTHETIC_LOCALITY, SYNTHETIC_QUADRANT } from '../../src/lib/local/codes';

describe('Northmoor geography', () => {
	it('has 10-12 localities, each with one quadrant and one CCG from the code lists', () => {
		expect(LOCALITIES.length).toBeGreaterThanOrEqual(10);
		expect(LOCALITIES.length).toBeLessThanOrEqual(12);
		const q = new Set(SYNTHETIC_QUADRANT.codes.map((c) => c.code));
		const c = new Set(SYNTHETIC_CCG.codes.map((x) => x.code));
		const l = new Set(SYNTHETIC_LOCALITY.codes.map((x) => x.code));
		for (const loc of LOCALITIES) {
			expect(q.has(loc.quadrant)).toBe(true);
			expect(c.has(loc.ccg)).toBe(true);
			expect(l.has(loc.code)).toBe(true);
		}
		expect(new Set(LOCALITIES.map((x) => x.code)).size).toBe(LOCALITIES.length);
		expect(LOCALITIES.reduce((a, x) => a + x.populationShare, 0)).toBeCloseTo(1, 6);
	});
	it('CCGs and quadrants do not nest', () => {
		const spans = ccgQuadrants();
		expect(CCGS.every((c) => (spans.get(c)?.size ?? 0) >= 1)).toBe(true);
		expect(CCGS.filter((c) => (spans.get(c)?.size ?? 0) >= 2).length).toBeGreaterThanOrEqual(2);
		const served = quadrantCcgs();
		expect(QUADRANTS.some((q) => (served.get(q)?.size ?? 0) >= 3)).toBe(true);
		expect(QUADRANTS.every((q) => (served.get(q)?.size ?? 0) >= 1)).toBe(true);
	});
	it('uses clearly non-real, labelled codes', () => {
		for (const c of SYNTHETIC_CCG.codes) {
			expect(String(c.code)).toMatch(/^SYN\d\d$/);
			expect(c.label).toContain('(synthetic)');
		}
	});
});
