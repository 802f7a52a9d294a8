// @vitest-environment node
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../../../data/lib/node-runner';
import { testModel } from '../../../../data/pipeline/test-model';
import { areas } from '../../../../data/pipeline/datasets/areas';
import { ehcpAgeGroups } from '../../../../data/pipeline/datasets/ehcp-age-groups';
import { ehcpCaseload } from '../../../../data/pipeline/datasets/ehcp-caseload';
import { statisticalNeighbours } from '../../../../data/pipeline/datasets/statistical-neighbours';
import { ehcpCeased } from '../../../../data/pipeline/datasets/ehcp-ceased';
import { ehcpPost16Settings } from '../../../../data/pipeline/datasets/ehcp-post16-settings';
import { ks4DestinationsSen } from '../../../../data/pipeline/datasets/ks4-destinations-sen';
import { neetSend } from '../../../../data/pipeline/datasets/neet-send';
import { generateSyntheticExtract, loadSyntheticIntoDuckDB } from '../../../../data/synthetic';
import type { ChartSpec } from '$lib/charts/spec';
import { comparators } from '$lib/metrics/areas';
import { post19Published } from '$lib/metrics/post19';
import { POST19_LOCAL_DATASETS, post19Local } from '$lib/metrics/post19-local';
import { buildGapModel } from './gap-model';
import { post19LocalCharts, post19PublishedCharts } from './index';
import { emptyInputs } from '$lib/local/missing-input';
import { tableRowCounts } from '$lib/db/table-counts';

const document = new JSDOM('<!doctype html><body></body>').window.document;

function expectComplete(spec: ChartSpec) {
	expect(spec.title.length).toBeGreaterThan(30);
	expect(spec.subtitle.length).toBeGreaterThan(20);
	expect(spec.alt.length).toBeGreaterThan(40);
	expect(spec.datasets.length).toBeGreaterThan(0);
	expect(spec.rows.length).toBeGreaterThan(0);
	expect(spec.render(document).outerHTML).toContain('<svg');
}

describe('19–25 published charts for Essex', () => {
	let db: NodeRunner;
	let charts: ChartSpec[];
	beforeAll(async () => {
		db = await testModel([areas, statisticalNeighbours, ehcpCaseload, ehcpAgeGroups, ehcpPost16Settings, ehcpCeased, neetSend, ks4DestinationsSen]);
		const comps = await comparators(db, 'E10000012');
		const data = await post19Published(
			db,
			comps.map((c) => c.area_code)
		);
		charts = post19PublishedCharts({ comparators: comps, data });
	});
	afterAll(() => db.close());

	it('state the published figures in their titles', () => {
		const byId = Object.fromEntries(charts.map((c) => [c.id, c]));
		expect(byId['age-groups']!.title).toMatch(/^743 young people aged 20–25 held EHC plans in Essex in January 2025/);
		// 696 of 1,195 plans held by 19–25-year-olds at general FE colleges = 58.2%; NEET 95 = 7.9%; not recorded 206 = 17.2%.
		expect(byId['settings-19-25']!.title).toMatch(
			/^In Essex, 58\.2% of 19–25-year-olds .* 7\.9% are not in education, employment or training and 17\.2% have no placement recorded/
		);
		expect(byId['neet-by-sen']!.title).toMatch(/^9\.4% of 16–17-year-olds with an EHC plan in Essex/);
		// 208 of 896 ceased plans (2024) = 23.2% to employment.
		expect(byId['ceased-reasons']!.title).toMatch(/^Of the 896 EHC plans Essex ceased in 2024, 23\.2% ended/);
		expect(byId['settings-19-25']!.rows).toContainEqual({ setting: 'Not in education, employment or training', area: 'Essex', plans: 95, share: 7.9 });
		for (const c of charts) expectComplete(c);
	});

	// work_based_placements.csv, England, January 2025: 1,890 supported internships at ages 19–24; caseload.csv: 57,624
	// plans at ages 19–24. The file's "25 or over" is left out of both sides (it cannot be set against plans at 25).
	it('sets work-based placements at 19–24 against plans at 19–24', () => {
		const spec = charts.find((c) => c.id === 'work-based-19-25')!;
		const eng = spec.rows.find((r) => r.area === 'England' && r.type === 'Supported internship')!;
		expect(eng.placements).toBe(1890);
		expect(eng.rate).toBe(3.3); // 1,890 ÷ 57,624 = 3.28 (not 1,890 ÷ 57,995 plans at 19–25 = 3.26)
		expect(spec.notes.join(' ')).toContain('ages 19 to 24 ÷ plans held at ages 19 to 24');
	});

	it('show post-16 destinations by SEN provision for Essex against the East of England and its neighbours', () => {
		const byId = Object.fromEntries(charts.map((c) => [c.id, c]));
		// prepared_data.Rdata__ks4_destinations.csv, 202122, overall: Essex EHC plan 90.1, no identified SEN 94.6; East of England EHC plan 90.4.
		expect(byId['destinations-by-sen']!.title).toBe(
			'90.1% of pupils with an EHC plan in Essex went on to a sustained education, apprenticeship or employment destination after year 11 (2021/22), against 94.6% of those with no identified SEN and 90.4% of those with plans in East of England (higher is better; only 2021/22 is published here, so no direction of travel)'
		);
		expect(byId['destinations-by-sen']!.rows).toContainEqual({
			group: 'EHC plan or Statement',
			area: 'Essex',
			sustained_pc: 90.1,
			education_pc: 86,
			apprenticeship_pc: 0.7,
			employment_pc: 3.4,
			not_sustained_pc: 7.5,
			unknown_pc: 2.4,
			cohort: 587
		});
		expect(byId['neighbours-destinations-ehcp']!.rows).toContainEqual({ area: 'Essex', role: 'Selected LA', value: 90.1 });
		expect(charts.slice(-2).map((c) => c.id)).toEqual(['destinations-by-sen', 'neighbours-destinations-ehcp']);
	});
});

describe('19–25 local charts on the synthetic extract', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await createNodeRunner();
		await loadSyntheticIntoDuckDB(db.connection, generateSyntheticExtract({ seed: 20250116, scale: 1 }));
	});
	afterAll(() => db.close());

	it('label every figure with the extract and never show a count of 1–4', async () => {
		const local = await post19Local(db);
		const charts = post19LocalCharts({ model: buildGapModel(local, 100), local, ceasingPercent: 100, label: 'Northmoor (synthetic)' }, 'Northmoor (synthetic)');
		expect(charts.map((c) => c.id)).toEqual(['projected-gap', 'gap-by-quadrant', 'gap-by-need', 'ceasing-rates', 'records-19-25']);
		for (const c of charts) {
			expectComplete(c);
			expect(c.title).toMatch(/^Northmoor \(synthetic\)/);
			for (const row of c.rows)
				for (const col of c.columns.filter((k) => k.unit === 'count' && !/places|gap/i.test(k.key))) {
					const v = row[col.key];
					if (typeof v === 'number') expect(v === 0 || v > 4).toBe(true);
				}
		}
	});

	it('with no commissioned places loaded, the gap charts say so and draw nothing; the plan-only charts still draw', async () => {
		await db.all('DELETE FROM local_post16_places');
		const empty = emptyInputs(await tableRowCounts(db, POST19_LOCAL_DATASETS), POST19_LOCAL_DATASETS);
		expect(empty).toEqual(['local_post16_places']);
		const local = await post19Local(db);
		const charts = post19LocalCharts({ model: buildGapModel(local, 100), local, ceasingPercent: 100, label: 'Your extract' }, 'Your extract', empty);
		const [gap, byQuadrant, byNeed, ceasing, quality] = charts;
		for (const c of [gap!, byQuadrant!, byNeed!]) {
			expect(c.rows).toEqual([]);
			expect(c.title).toMatch(/cannot be shown without commissioned post-16 and post-19 places \(post16_places\.csv\)$/);
			expect(c.title).not.toMatch(/places open to them|more young people than places/);
		}
		expect(ceasing!.rows.length).toBeGreaterThan(0);
		expect(quality!.rows.length).toBeGreaterThan(0);
		// No plans at all: every chart is a notice.
		expect(post19LocalCharts(null, 'Your extract', ['local_ehc_plans', 'local_post16_places']).every((c) => c.rows.length === 0)).toBe(true);
	});
});
