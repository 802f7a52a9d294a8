/**
 * Years come from the data, not the text: with the newest year's rows taken out of every published table (as if the
 * latest release had not yet come out), every report moves back a year and never names the missing one.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../data/lib/node-runner';
import { testModel } from '../../../data/pipeline/test-model';
import { parseNotebook } from './parse';
import { testManifest } from './test-manifest';
import { runNotebook, type RenderedNotebook } from './run';

const NOTEBOOKS = new URL('../../../notebooks/', import.meta.url);
const manifest = testManifest();
const IDS = ['scrutiny-pack', 'autism-waiting-list', 'mld-over-identification'];

function words(r: RenderedNotebook): string {
	const parts = [r.title, r.description];
	for (const s of r.sections)
		parts.push(s.kind === 'prose' ? s.html : [s.chart.title, s.chart.subtitle, s.chart.alt, s.chart.period, JSON.stringify(s.chart.columns)].join(' \n '));
	return parts
		.join('\n')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ');
}

let db: NodeRunner;
let newest: number;
const before = new Map<string, string>();
const after = new Map<string, string>();

beforeAll(async () => {
	db = await testModel();
	const { document } = new JSDOM('<!doctype html><body></body>').window;
	const render = async (into: Map<string, string>) => {
		for (const id of IDS) {
			const nb = parseNotebook(id, readFileSync(new URL(`${id}.md`, NOTEBOOKS), 'utf8'));
			for (const area of ['E06000034', 'E10000012']) into.set(`${id}/${area}`, words(await runNotebook(nb, area, db, manifest, document)));
		}
	};
	await render(before);
	const tables = (
		await db.all<{ table_name: string }>(`SELECT DISTINCT table_name FROM information_schema.columns WHERE table_name LIKE 'pub_%' AND column_name = 'year'`)
	).map((t) => t.table_name);
	newest = Math.max(...(await Promise.all(tables.map(async (t) => (await db.all<{ y: number }>(`SELECT max(year) AS y FROM ${t}`))[0]!.y))));
	for (const t of tables) await db.all(`DELETE FROM ${t} WHERE year = ${newest}`);
	await render(after);
}, 300_000);
afterAll(async () => db?.close());

describe('with the newest year removed from every published table', () => {
	it('the data really had that year, and the reports named it before', () => {
		expect(newest).toBe(2025);
		expect(before.get('scrutiny-pack/E06000034')).toContain('January 2025');
	});

	it('no report names the missing year', () => {
		for (const [key, text] of after) expect(text.includes(String(newest)), `${key} still says ${newest}`).toBe(false);
	});

	it('the headlines move to the previous year (Thurrock: plans January 2024; NEET 2024)', () => {
		const pack = after.get('scrutiny-pack/E06000034')!;
		expect(pack).toMatch(/Thurrock maintained [\d,]+ EHC plans in January 2024/);
		expect(pack).toMatch(/EHC plans maintained \(neither higher nor lower is better in itself\): up from [\d,]+ in January 2019 to [\d,]+ in January 2024/);
		expect(pack).toMatch(/not known in 2024/);
		expect(pack).toContain('In January 2024 Thurrock maintained');
	});
});
