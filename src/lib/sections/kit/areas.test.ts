import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparator } from '$lib/metrics/areas';
import { roleLabel, trendAreas } from './areas';

const essex: Comparator[] = [
	{ area_code: 'E92000001', area_name: 'England', role: 'england', rank: null },
	{ area_code: 'E10000015', area_name: 'Hertfordshire', role: 'neighbour', rank: 1 },
	{ area_code: 'E12000006', area_name: 'East of England', role: 'region', rank: null },
	{ area_code: 'E10000012', area_name: 'Essex', role: 'selected', rank: 0 }
];

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|svelte)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []
	);
}

describe('area helpers', () => {
	it('labels every comparator role, in full and short', () => {
		expect(essex.map((c) => roleLabel(c))).toEqual(['England', 'Statistical neighbour 1', 'Region', 'Selected LA']);
		expect(essex.map((c) => roleLabel(c, 'short'))).toEqual(['England', 'Neighbour 1', 'Region', 'Selected']);
	});

	it('draws the LA, its region and England as trend lines, in that order', () => {
		expect(trendAreas(essex).map((c) => c.area_name)).toEqual(['Essex', 'East of England', 'England']);
	});

	it('is, with data/provenance.ts, the only place that words a role or a source line', () => {
		const copies = [...sources('src/lib'), ...sources('src/routes')].filter((file) => {
			if (file.endsWith(join('kit', 'areas.ts')) || file.endsWith(join('data', 'provenance.ts'))) return false;
			const text = readFileSync(file, 'utf8');
			return /Statistical neighbour \$\{|Neighbour \$\{|(function|const) (roleLabel|provenance|trendAreas)\b|\bsource: `|: local record-level extract/.test(
				text
			);
		});
		expect(copies).toEqual([]);
	});
});
