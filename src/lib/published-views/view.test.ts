import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../data/lib/node-runner';
import { testModel } from '../../../data/pipeline/test-model';
import { areas } from '../../../data/pipeline/datasets/areas';
import { CORE_DATASETS } from '../../../data/pipeline/datasets/core';
import { PUBLISHED_DATASETS } from '../../../data/pipeline/datasets/index';
import { NHS_DATASETS } from '../../../data/pipeline/datasets/nhs-group';
import type { Manifest } from '$lib/data/manifest';
import { overviewView } from '$lib/sections/overview/view';
import { waitsBaseView, waitsLaView } from '$lib/sections/waiting-times/view';
import { PUBLISHED_VIEWS } from './index';
import { ALL_AREAS, assertPublishedOnly, datasetHashes, isCurrent, type PrerenderedView } from './view';

const manifest = (hashes: Record<string, string>) => ({ datasets: Object.entries(hashes).map(([id, sha256]) => ({ id, sha256 })) }) as unknown as Manifest;
const view = { id: 'overview', datasets: ['areas', 'ehcp_caseload'], query: async () => null };
const shipped = manifest({ areas: 'a1', ehcp_caseload: 'c1', pupils_sen: 'p1' });
const file = (over: Partial<PrerenderedView<null>> = {}): PrerenderedView<null> => ({
	view: 'overview',
	area: 'E10000012',
	datasets: datasetHashes(view, shipped),
	data: null,
	...over
});

describe('prerendered views hold published data only', () => {
	it('every view reads only datasets the pipeline publishes', () => {
		const published = new Set(PUBLISHED_DATASETS.map((d) => d.id));
		for (const v of PUBLISHED_VIEWS)
			expect(
				v.datasets.filter((id) => !published.has(id)),
				v.id
			).toEqual([]);
	});
	it('the build refuses a view that would read a local (record-level) dataset', () => {
		const m = {
			datasets: [
				{ id: 'areas', layer: 'published' },
				{ id: 'local_ehc_plans', layer: 'local' }
			]
		} as unknown as Manifest;
		expect(() => assertPublishedOnly({ id: 'x', datasets: ['areas'] }, m)).not.toThrow();
		expect(() => assertPublishedOnly({ id: 'x', datasets: ['areas', 'local_ehc_plans'] }, m)).toThrow(/local dataset: only published data/);
		expect(() => assertPublishedOnly({ id: 'x', datasets: ['nope'] }, m)).toThrow(/does not list/);
	});
});

describe('a prerendered view is used only when it answers exactly this question from these data', () => {
	it('records the sha256 of just the datasets the view reads', () => {
		expect(datasetHashes(view, shipped)).toEqual({ areas: 'a1', ehcp_caseload: 'c1' });
	});
	it('accepts the file built from the shipped data for this view and area', () => {
		expect(isCurrent(file(), view, 'E10000012', shipped)).toBe(true);
	});
	it('refuses a file built from another release of any dataset it read', () => {
		expect(isCurrent(file(), view, 'E10000012', manifest({ areas: 'a1', ehcp_caseload: 'c2' }))).toBe(false);
		// ...but not for a dataset it did not read
		expect(isCurrent(file(), view, 'E10000012', manifest({ areas: 'a1', ehcp_caseload: 'c1', pupils_sen: 'p2' }))).toBe(true);
	});
	it('refuses a file for another area or view, or when the manifest lacks a dataset', () => {
		expect(isCurrent(file({ area: 'E06000034' }), view, 'E10000012', shipped)).toBe(false);
		expect(isCurrent(file({ view: 'needs' }), view, 'E10000012', shipped)).toBe(false);
		expect(isCurrent(file(), view, 'E10000012', manifest({ areas: 'a1' }))).toBe(false);
	});
});

// What the build prerenders for the overview: the same SQL over the same model as the browser.
describe('the overview view on the real published data', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await testModel(CORE_DATASETS);
	});
	afterAll(() => db.close());

	it('answers for Essex with its comparators and the published headline series', async () => {
		const { comparators, figures: series } = await overviewView.query(db, 'E10000012');
		expect(comparators.map((c) => c.role)).toEqual(['selected', 'region', 'england', ...Array(10).fill('neighbour')]);
		expect(series?.activePlans.find((p) => p.area_code === 'E10000012' && p.year === 2025)?.value).toBe(14240);
		expect(series?.activePlans.find((p) => p.area_code === 'E92000001' && p.year === 2025)?.value).toBe(638745);
	});
	it('answers "no such LA" for a code that is not a current LA, without running the series', async () => {
		expect(await overviewView.query(db, 'E99999999')).toEqual({
			comparators: [{ area_code: 'E92000001', area_name: 'England', role: 'england', rank: null }],
			figures: null
		});
	});
});

describe('the waiting-times views on the real published data', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await testModel([areas, ...NHS_DATASETS.filter((d) => (waitsLaView.datasets as readonly string[]).includes(d.id))]);
	});
	afterAll(() => db.close());

	it('prerender Essex’s five sub-ICB locations with their series, and the snapshot once for the whole site', async () => {
		const la = await waitsLaView.query(db, 'E10000012');
		expect([...la.laCodes].sort()).toEqual(['06Q', '06T', '07H', '99E', '99F']);
		expect(new Set(la.laSeries.filter((c) => c.area_level !== 'national').map((c) => c.area_code))).toEqual(new Set(la.laCodes));
		const all = await waitsBaseView.query(db, ALL_AREAS);
		expect(waitsBaseView.scope).toBe('site');
		expect(all.snapshot?.period).toBe('2022-09');
		const midEssex = all.snapshot?.cells.find((c) => c.area_code === '06Q' && c.measure === 'asd_no_contact_13w_plus_pc' && c.breakdown === 'Total');
		expect(midEssex?.value).toBe(90);
	});
});
