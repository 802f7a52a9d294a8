/**
 * Years come from the data on the section pages too: with the newest year's rows taken out of every published table
 * (as if the latest release had not yet come out), no page's titles, subtitles, alt text, periods, notes or column
 * labels name the missing year, and the headlines move to the previous one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../../data/lib/node-runner';
import { testModel } from '../../../../data/pipeline/test-model';
import { PUBLISHED_DATASETS } from '../../../../data/pipeline/datasets/index';
import { part, partBases, partSpecs } from './parts';

// The sections whose years these checks follow (each part's own builders, as the pages use them).
const PARTS = ['overview', 'needs', 'waiting-times', 'post-19', 'exclusions'].map(part);

const AREAS = [
	{ code: 'E06000034', name: 'Thurrock' },
	{ code: 'E10000012', name: 'Essex' }
];

/** Every word a page prints around its charts, one text per section and area. */
async function sectionTexts(db: NodeRunner): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	const bases = await partBases(db, PARTS);
	for (const a of AREAS) {
		const all = await partSpecs(db, { area_code: a.code, area_name: a.name }, bases, PARTS);
		for (const s of all) {
			const text = [...s.sentences, ...s.specs.flatMap((c) => [c.title, c.subtitle, c.alt, c.period, ...c.notes, ...c.columns.map((col) => col.label)])].join(
				'\n'
			);
			out.set(`${s.section}/${a.code}`, text);
		}
	}
	return out;
}

let db: NodeRunner;
let newest: number;
let before: Map<string, string>;
let after: Map<string, string>;

beforeAll(async () => {
	db = await testModel(PUBLISHED_DATASETS);
	before = await sectionTexts(db);
	const tables = (
		await db.all<{ table_name: string }>(`SELECT DISTINCT table_name FROM information_schema.columns WHERE table_name LIKE 'pub_%' AND column_name = 'year'`)
	).map((t) => t.table_name);
	newest = Math.max(...(await Promise.all(tables.map(async (t) => (await db.all<{ y: number }>(`SELECT max(year) AS y FROM ${t}`))[0]!.y))));
	for (const t of tables) await db.all(`DELETE FROM ${t} WHERE year = ${newest}`);
	after = await sectionTexts(db);
}, 600_000);
afterAll(async () => db?.close());

describe('section pages with the newest year removed from every published table', () => {
	it('the data really had that year, and the pages named it before', () => {
		expect(newest).toBe(2025);
		expect(before.get('overview/E10000012')).toContain('January 2025');
		expect(before.get('needs/E10000012')).toContain('January 2025');
	});

	it('no section page names the missing year', () => {
		for (const [key, text] of after) {
			// The one allowed mention: the 2024 annual-review round counts meetings held in the following year, a column
			// of that (single) release ("meetings in 2024 or 2025"), not a year of data that is now missing.
			const round = new RegExp(`review meetings? (?:in|recorded in) ${newest - 1} or ${newest}`);
			const lines = text.split('\n').filter((l) => l.includes(String(newest)) && !round.test(l));
			expect(lines, `${key} still names ${newest}`).toEqual([]);
		}
	});

	it('the headlines move to the previous year', () => {
		expect(after.get('overview/E10000012')).toContain('January 2024');
	});
});
