import { describe, expect, it } from 'vitest';
import { suppressCounts, type CountCell } from './suppression';

const cell = (quadrant: string, need: string, count: number): CountCell => ({ dims: { quadrant, need }, count });
const shown = (cells: ReturnType<typeof suppressCounts>) => Object.fromEntries(cells.map((c) => [`${c.dims.quadrant}/${c.dims.need}`, c.shown]));

describe('suppressCounts', () => {
	it('hides 1–4 but shows 0 and 5+', () => {
		const out = suppressCounts([cell('N', 'ASD', 0), cell('N', 'MLD', 4), cell('N', 'SEMH', 5), cell('N', 'SLCN', 1)]);
		expect(shown(out)).toEqual({ 'N/ASD': 0, 'N/MLD': null, 'N/SEMH': 5, 'N/SLCN': null });
	});

	it('hides one more cell when a lone suppressed count could be recovered from the total', () => {
		const out = suppressCounts([cell('N', 'ASD', 40), cell('N', 'MLD', 3), cell('N', 'SEMH', 12), cell('N', 'Total', 55)]);
		// 55 − 40 − 12 = 3 would give MLD away, so the smallest other cell (SEMH) is hidden too; the total stays.
		expect(shown(out)).toEqual({ 'N/ASD': 40, 'N/MLD': null, 'N/SEMH': null, 'N/Total': 55 });
		expect(out.find((c) => c.dims.need === 'SEMH')?.reason).toBe('secondary');
	});

	it('protects both directions of a two-way table until no row or column has a single hidden cell', () => {
		const table = [
			cell('N', 'ASD', 20),
			cell('N', 'MLD', 2),
			cell('N', 'Total', 22),
			cell('S', 'ASD', 30),
			cell('S', 'MLD', 9),
			cell('S', 'Total', 39),
			cell('Total', 'ASD', 50),
			cell('Total', 'MLD', 11),
			cell('Total', 'Total', 61)
		];
		const out = suppressCounts(table);
		const groups = [
			['N/ASD', 'N/MLD', 'N/Total'],
			['S/ASD', 'S/MLD', 'S/Total'],
			['Total/ASD', 'Total/MLD', 'Total/Total'],
			['N/ASD', 'S/ASD', 'Total/ASD'],
			['N/MLD', 'S/MLD', 'Total/MLD'],
			['N/Total', 'S/Total', 'Total/Total']
		];
		const s = shown(out);
		for (const g of groups) expect(g.filter((k) => s[k] === null).length).not.toBe(1);
		expect(s['N/MLD']).toBeNull();
	});
});
