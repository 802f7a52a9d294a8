import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../data/lib/node-runner';
import { PUBLISHED_DATASETS } from '../../../data/pipeline/datasets/index';
import { testModel } from '../../../data/pipeline/test-model';
import type { Manifest } from '$lib/data/manifest';
import { parseNotebook, NotebookError } from './parse';
import { runNotebook, type RenderedNotebook } from './run';

const NOTEBOOKS = new URL('../../../notebooks/', import.meta.url);

/**
 * Golden SVGs: each published chart, rendered in Node, must equal its committed snapshot in __golden__/.
 * After an intended change, update them with `npm run test:golden:update` and review the diff.
 * Plot numbers clip paths and markers with a counter; that is normalised so only the drawing is compared.
 */
async function expectGolden(report: RenderedNotebook) {
	for (const section of report.sections) {
		if (section.kind !== 'chart') continue;
		const svg = section.chart.svg.replace(/plot-(clip|marker|pattern)-\d+/g, 'plot-$1');
		await expect(svg).toMatchFileSnapshot(`./__golden__/${report.id}-${report.area.code}-${section.chart.id.split('-').at(-1)}.svg`);
	}
}
const load = (id: string) => parseNotebook(id, readFileSync(new URL(`${id}.md`, NOTEBOOKS), 'utf8'));

/** A manifest with the datasets' sources and notes (files are not needed: the tables are built in memory). */
const manifest: Manifest = {
	schemaVersion: 1,
	contentHash: 'test',
	local: { id: 'synthetic', label: 'Northmoor (synthetic)', synthetic: true },
	datasets: PUBLISHED_DATASETS.map((d) => ({
		id: d.id,
		title: d.title,
		layer: 'published',
		table: d.table,
		file: '',
		format: 'arrow-ipc',
		rows: 0,
		bytes: 0,
		sha256: '',
		periods: ['2025-01'],
		columns: [],
		source: d.source,
		licence: 'OGL',
		attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.',
		notes: d.notes
	}))
};

/** The published model (built once per run, see test-model.ts), shared by every notebook run in this file. */
let shared: Promise<NodeRunner> | undefined;
function model(): Promise<NodeRunner> {
	shared ??= testModel();
	return shared;
}
afterAll(async () => (await shared)?.close());

/** Runs a shipped notebook for an area over the shared model, rendering charts with a JSDOM document. */
async function render(id: string, area: string): Promise<RenderedNotebook> {
	const { document } = new JSDOM('<!doctype html><body></body>').window;
	return runNotebook(load(id), area, await model(), manifest, document);
}

describe('notebook parsing', () => {
	it('finds named SQL blocks and charts in every shipped notebook', () => {
		for (const file of readdirSync(NOTEBOOKS).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
			const nb = load(file.replace(/\.md$/, ''));
			expect(nb.blocks.some((b) => b.kind === 'chart')).toBe(true);
		}
	});
	it('refuses a chart that draws a query that does not exist, naming the notebook', () => {
		const text = '---\ntitle: T\ndescription: D\ndatasets: []\n---\n\n```chart\ntype: trend\ndata: nowhere\n```\n';
		expect(() => parseNotebook('broken', text)).toThrow(new NotebookError('broken', 'a chart block draws "nowhere", but no sql block above it has that name'));
	});
});

describe('the scrutiny pack for Essex, from the real published data', () => {
	let report: RenderedNotebook;
	beforeAll(async () => {
		report = await render('scrutiny-pack', 'E10000012');
	}, 120_000);

	it('writes the published figures into the text from its queries', () => {
		const prose = report.sections
			.filter((s) => s.kind === 'prose')
			.map((s) => s.html)
			.join('\n')
			.replace(/\s+/g, ' ');
		expect(report.title).toBe('SEND scrutiny pack: Essex');
		expect(prose).toContain('Essex maintained 14,240 EHC plans in January 2025, +59.1%');
		expect(prose).toContain('(8,948)');
		expect(prose).toContain('issued 16.2% of new EHC plans within the statutory 20 weeks');
		// MLD share, January 2025, sen_needs_all_plans.csv: Essex 8.8%.
		expect(prose).toContain('Moderate learning difficulty (MLD) is the primary need on 8.8%');
		// AutismStatsDec22_subICB, September 2022, ASD19b (no care contact, all ages), Essex's five sub-ICB locations:
		// 99E Basildon and Brentwood 34% is the lowest, 07H West Essex 94% the highest.
		expect(prose).toMatch(/between 34%\s+and 94% had had no care contact at all, across the\s+5 NHS sub-ICB locations serving Essex/);
		// Years read from the data: the latest timeliness year (2024) and the inspections' year (2019) as the baseline.
		expect(prose).toContain('Since 2019: worse: down from 72.5% in 2019 to 16.2% in 2024 (higher is better).');
		expect(prose).toContain('The most common primary need on plans in Essex is ASD (41.6%)');
		expect(report.contents.map((c) => c.text)).toEqual([
			'Summary',
			'EHC plans',
			'Needs',
			'Timeliness and annual reviews',
			'Exclusions',
			'Autism assessment waits',
			'Young people aged 16 to 25',
			'Area profile: every indicator'
		]);
		// The profile from the registry: Essex is in band D on 20-week timeliness (16.2% against England's 45.9%).
		expect(prose).toMatch(/Essex is in the best quarter of LAs \(band A\) on \d+ of the \d+ indicators with a band/);
	});

	it('draws the same SVG as the committed golden files', () => expectGolden(report));

	it('renders every chart as SVG with title, alt text, table rows and source', () => {
		const charts = report.sections.flatMap((s) => (s.kind === 'chart' ? [s.chart] : []));
		expect(charts).toHaveLength(9);
		const profile = charts.at(-1)!;
		expect(profile.rows.find((r) => r.label === 'New EHC plans issued within 20 weeks')).toMatchObject({
			value_text: '16.2%',
			england_text: '45.9%',
			band_text: 'D (worst quarter of LAs)',
			significance: 'significantly lower'
		});
		for (const c of charts) {
			expect(c.svg).toMatch(/^<(svg|figure)/);
			expect(c.alt).not.toContain('{{');
			expect(c.rows.length).toBeGreaterThan(0);
			expect(c.source).toContain('Open Government Licence');
		}
		expect(charts[0]!.rows).toContainEqual({ area_name: 'Essex', year: 2025, value: 14240, index: 159.1 });
	});
});

describe('Is MLD over-identified here? for Essex', () => {
	let report: RenderedNotebook;
	beforeAll(async () => {
		report = await render('mld-over-identification', 'E10000012');
	}, 120_000);

	it('draws the same SVG as the committed golden files', () => expectGolden(report));

	it('states the share with its Wilson interval and the verdict against England, from the published counts', () => {
		const prose = report.sections
			.filter((s) => s.kind === 'prose')
			.map((s) => s.html)
			.join('\n');
		// sen_needs_all_plans.csv, January 2025: Essex 1,254 of 14,240 plans have MLD as primary need (8.8%).
		expect(prose).toMatch(/MLD is the primary need on 1,254 of Essex(&#39;|')s 14,240 EHC plans:\s+8\.8%/);
		expect(prose).toMatch(/significantly (higher|lower) than|not significantly different from/);
	});
});

describe('How long will today’s autism waiting list take to clear? for Essex', () => {
	let report: RenderedNotebook;
	beforeAll(async () => {
		report = await render('autism-waiting-list', 'E10000012');
	}, 120_000);

	it('draws the same SVG as the committed golden files', () => expectGolden(report));

	it('uses the published open referrals for Essex’s five sub-ICB locations and works out each outlook', () => {
		const table = report.sections.flatMap((s) => (s.kind === 'chart' ? [s.chart] : [])).at(-1)!;
		expect(table.rows).toHaveLength(5);
		// AutismStatsDec22_subICB, 99E (Basildon and Brentwood): ASD16 September 2022 = 120; ASD12 = 5, 10, 10;
		// ASD13 = *, 10, * — so its closing rate, and so its outlook, are not published rather than guessed.
		const basildon = table.rows.find((r) => String(r.area_name).includes('Basildon'))!;
		expect(basildon).toMatchObject({ waiting: 120, arriving: 8, closing: '*', outlook: 'not published (suppressed)' });
		for (const r of table.rows) expect(String(r.outlook)).toMatch(/clears in about \d+ months|growing|too close to call|not published/);
	});
});
