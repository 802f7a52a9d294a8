import { describe, expect, it } from 'vitest';
import type { NeedCountRow } from '$lib/metrics/needs-published';
import { flagSentence, needShares } from './profile';

const row = (
	area_code: string,
	need: string,
	count: number | null,
	total: number | null,
	published_pc: number | null,
	count_symbol: string | null = null
): NeedCountRow => ({
	area_code,
	kind: 'all',
	period: '2025-01',
	need,
	count,
	count_symbol,
	published_pc,
	total
});

describe('need shares with Wilson intervals', () => {
	// England: 200 of 1000 = 20% MLD. Area: 10 of 100 = 10%, Wilson 95% 5.52%–17.44% (hand-computed) → significantly lower.
	const rows = [
		row('E92000001', 'MLD', 200, 1000, 20),
		row('E92000001', 'ASD', 300, 1000, 30),
		row('X1', 'MLD', 10, 100, 10),
		row('X1', 'ASD', 27, 100, 27),
		row('X2', 'MLD', null, 50, null, 'x')
	];
	const shares = needShares(rows, 'all');

	it('computes the share and its 95% Wilson interval from the counts', () => {
		const s = shares.find((r) => r.area_code === 'X1' && r.need === 'MLD')!;
		expect(s.share).toBeCloseTo(10, 6);
		expect(s.lower).toBeCloseTo(5.5229, 3);
		expect(s.upper).toBeCloseTo(17.4366, 3);
		expect(s.vsEngland).toBe('lower');
	});

	it('calls a share whose interval contains England’s not significantly different', () => {
		// 27 of 100: Wilson 19.3%–36.4% contains 30%.
		expect(shares.find((r) => r.area_code === 'X1' && r.need === 'ASD')!.vsEngland).toBe('similar');
	});

	it('keeps a suppressed count as a gap with its symbol, never zero', () => {
		const s = shares.find((r) => r.area_code === 'X2')!;
		expect(s).toMatchObject({ count: null, symbol: 'x', share: null, lower: null, vsEngland: null });
		expect(
			flagSentence(
				s,
				shares.find((r) => r.area_code === 'E92000001' && r.need === 'MLD')
			)
		).toBe('MLD: not published (x), England 20%');
	});

	it('states the flag in words', () => {
		const s = shares.find((r) => r.area_code === 'X1' && r.need === 'MLD')!;
		expect(
			flagSentence(
				s,
				shares.find((r) => r.area_code === 'E92000001' && r.need === 'MLD')
			)
		).toBe('MLD: 10% of plans (95% CI 5.5–17.4%), England 20% — significantly lower');
	});
});
