/**
 * Every generated sentence on the section pages, for every current LA, checked against the rows it came from: the
 * views are run over the real published model (built once) exactly as the build prerenders them, and the specs are
 * built by the pages' own builders. A defect found for any LA fails the test, naming the LA, chart and sentence.
 */
import { PROSE_ALL, proseLas } from '../../../../data/pipeline/test-las';
import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../../data/lib/node-runner';
import { testModel } from '../../../../data/pipeline/test-model';
import { PUBLISHED_DATASETS } from '../../../../data/pipeline/datasets/index';
import { currentLas, type Area } from '$lib/metrics/areas';
import { INDICATORS } from '$lib/metrics/indicators';
import { PARTS, partBases, partSpecs, type SectionSpecs } from './parts';
import { sentenceProblems, specProblems } from './prose-checks';

let db: NodeRunner;
let las: Area[];
const found: Record<string, SectionSpecs[]> = {};

beforeAll(async () => {
	db = await testModel(PUBLISHED_DATASETS);
	// All 153 with PROSE_ALL=1 (npm run test:every-la); else the edge-case LAs and a sample (data/pipeline/test-las.ts).
	las = proseLas(await currentLas(db));
	const bases = await partBases(db);
	for (const la of las) found[la.area_code] = await partSpecs(db, la, bases);
}, 1_500_000);
afterAll(() => db?.close());

const bySection = (section: string) => () => {
	const problems: string[] = [];
	for (const la of las) {
		const s = found[la.area_code]!.find((x) => x.section === section)!;
		for (const spec of s.specs)
			for (const p of specProblems(spec, la.area_name)) problems.push(`${la.area_name} (${la.area_code}) ${section}/${spec.id}: ${p}`);
		for (const t of s.sentences) for (const p of sentenceProblems(t)) problems.push(`${la.area_name} (${la.area_code}) ${section}: ${p}`);
	}
	// PROSE_REPORT=<file> keeps every problem (the assertion shows the first 40).
	if (process.env.PROSE_REPORT) appendFileSync(process.env.PROSE_REPORT, problems.map((p) => `${p}\n`).join(''));
	expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
};

describe('every generated sentence holds for every LA', () => {
	it('covers all 153 current LAs, each with specs in every section', () => {
		if (PROSE_ALL) expect(las).toHaveLength(153);
		else if (!process.env.PROSE_LAS) expect(las.length).toBeGreaterThanOrEqual(45);
		for (const la of las)
			for (const s of found[la.area_code]!)
				if (!PARTS.find((p) => p.id === s.section)?.mayBeEmpty) expect(s.specs.length, `${la.area_name} ${s.section}`).toBeGreaterThan(0);
	});
	it('calls tiny bases too few to judge, and says how many flags chance gives (City of London, 13 needs)', () => {
		const profile = found.E09000001?.find((s) => s.section === 'needs')?.specs.find((s) => s.id === 'need-profile-all');
		if (!profile) return; // narrowed run without City of London
		const slcn = profile.rows.find((r) => String(r.need).includes('(SLCN)'));
		expect(slcn?.flag).toBe('too few to judge');
		const essex = found.E10000012?.find((s) => s.section === 'needs')?.specs.find((s) => s.id === 'need-profile-all');
		expect(essex?.notes.join(' ')).toMatch(/13 needs tested against England: with 13 comparisons at the 95% level, chance alone would flag about 0.65/);
	});
	for (const p of PARTS) it(p.title, bySection(p.id));
	it('the profile lists every indicator for every LA, and its band counts agree with its rows', () => {
		for (const la of las) {
			const spec = found[la.area_code]!.find((s) => s.section === 'profile')!.specs[0]!;
			expect(spec.rows, la.area_name).toHaveLength(INDICATORS.length);
			const bands = spec.rows.map((r) => String(r.band).charAt(0));
			const best = bands.filter((b) => b === 'A').length;
			const worst = bands.filter((b) => b === 'D').length;
			const banded = bands.filter((b) => 'ABCD'.includes(b)).length;
			const said = spec.title.match(
				/band A\) on (none|\d+) of (?:the one indicator|the (\d+) indicators) with a band and in the worst quarter \(band D\) on (none|\d+)\./
			);
			if (banded === 0) expect(spec.title, la.area_name).toMatch(/^None of the/);
			else {
				expect(said, `${la.area_name}: ${spec.title}`).not.toBeNull();
				const n = (s: string) => (s === 'none' ? 0 : Number(s));
				expect([n(said![1]!), said![2] ? Number(said![2]) : 1, n(said![3]!)], la.area_name).toEqual([best, banded, worst]);
			}
		}
	});
});
