import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../data/lib/node-runner';
import { testModel } from '../../../data/pipeline/test-model';
import { areas } from '../../../data/pipeline/datasets/areas';
import { ehcpAgeGroups } from '../../../data/pipeline/datasets/ehcp-age-groups';
import { ehcpCaseload } from '../../../data/pipeline/datasets/ehcp-caseload';
import { ehcpNeeds } from '../../../data/pipeline/datasets/ehcp-needs';
import { ehcpRequestsAssessments } from '../../../data/pipeline/datasets/ehcp-requests-assessments';
import { laNhsOverlap } from '../../../data/pipeline/datasets/la-nhs-overlap';
import { nhsAreas } from '../../../data/pipeline/datasets/nhs-areas';
import { needShares, flagSentence } from '$lib/sections/needs/profile';
import { ccgNeedEstimates } from './needs-ccg';
import { growthSeries, needCounts, unmetFigures } from './needs-published';

const ESSEX = 'E10000012';
const ENGLAND = 'E92000001';

// Expected values are cells looked up in data/raw/ehcp-sen2/release-2025/*.csv (2025 release).
describe('needs metric SQL on the real published data', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await testModel([areas, ehcpCaseload, ehcpAgeGroups, ehcpNeeds, ehcpRequestsAssessments, nhsAreas, laNhsOverlap]);
	}, 120_000);
	afterAll(() => db.close());

	it('returns Essex and England plans by primary need with DfE’s percentage and the total', async () => {
		const rows = await needCounts(db, [ESSEX, ENGLAND]);
		const at = (area: string, kind: string, need: string) => rows.find((r) => r.area_code === area && r.kind === kind && r.need === need);
		// sen_needs_all_plans.csv, "All EHC plans": Essex 14,240 plans, number_mld 1,254, mld_pc 8.8; England 638,745, 67,861, 10.6.
		expect(at(ESSEX, 'all', 'MLD')).toMatchObject({ period: '2025-01', count: 1254, published_pc: 8.8, total: 14240 });
		expect(at(ENGLAND, 'all', 'MLD')).toMatchObject({ count: 67861, published_pc: 10.6, total: 638745 });
		expect(at(ESSEX, 'all', 'ASD')).toMatchObject({ count: 5929, published_pc: 41.6 });
		// sen_need_newplans.csv: Essex 1,905 new plans in 2024, 78 MLD (4.1%); England 97,563 and 7,359 (7.5%).
		expect(at(ESSEX, 'new', 'MLD')).toMatchObject({ period: '2024', count: 78, published_pc: 4.1, total: 1905 });
		expect(at(ENGLAND, 'new', 'MLD')).toMatchObject({ count: 7359, published_pc: 7.5, total: 97563 });
		expect(rows.filter((r) => r.area_code === ESSEX && r.kind === 'all')).toHaveLength(13);
	});

	it('gives Essex’s MLD share a Wilson interval and flags it significantly lower than England; ASD significantly higher', async () => {
		const shares = needShares(await needCounts(db, [ESSEX, ENGLAND]), 'all');
		const mld = shares.find((s) => s.area_code === ESSEX && s.need === 'MLD')!;
		// 1254 / 14240 = 8.806%; Wilson 95%: 8.352% to 9.283% (hand-computed); England 67861 / 638745 = 10.62%.
		expect(mld.share).toBeCloseTo(8.806, 3);
		expect(mld.lower).toBeCloseTo(8.352, 3);
		expect(mld.upper).toBeCloseTo(9.283, 3);
		expect(mld.vsEngland).toBe('lower');
		const england = shares.find((s) => s.area_code === ENGLAND && s.need === 'MLD');
		expect(flagSentence(mld, england)).toBe('MLD: 8.8% of plans (95% CI 8.4–9.3%), England 10.6% — significantly lower');
		expect(shares.find((s) => s.area_code === ESSEX && s.need === 'ASD')!.vsEngland).toBe('higher');
	});

	it('returns age-group and setting series 2019–2025, with unpublished years as gaps', async () => {
		const g = await growthSeries(db, [ESSEX, ENGLAND]);
		const at = (points: typeof g.settings, area: string, year: number, group: string) =>
			points.find((p) => p.area_code === area && p.year === year && p.group === group);
		expect(at(g.totals, ESSEX, 2019, 'Total')?.value).toBe(8948);
		// caseload.csv Essex 2025: mainstream_total 6,618; special LA maintained + academy/free = 4,585 − 452 − 50 = 4,083;
		// independent 452 + non-maintained 50 = 502; placement_unknown 724; 2019: placement_unknown x, await_prov_2022 42.
		expect(at(g.settings, ESSEX, 2025, 'mainstream')?.value).toBe(6618);
		expect(at(g.settings, ESSEX, 2025, 'special_state')?.value).toBe(4083);
		expect(at(g.settings, ESSEX, 2025, 'special_independent')?.value).toBe(502);
		expect(at(g.settings, ESSEX, 2025, 'placement_unknown')?.value).toBe(724);
		expect(at(g.settings, ESSEX, 2019, 'placement_unknown')).toMatchObject({ value: null, symbol: 'x' });
		expect(at(g.settings, ESSEX, 2019, 'awaiting_provision')?.value).toBe(42);
		const ageYears = [...new Set(g.ageGroups.filter((p) => p.area_code === ESSEX).map((p) => p.year))];
		expect(ageYears).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		const age2025 = g.ageGroups.filter((p) => p.area_code === ENGLAND && p.year === 2025);
		expect(age2025.map((p) => p.group).sort()).toEqual(['11 to 15', '16 to 19', '20 to 25', '5 to 10', 'Under 5']);
	});

	it('returns the unmet-need indicators as published', async () => {
		const rows = await unmetFigures(db, [ESSEX, ENGLAND]);
		const at = (ind: string, year: number) => rows.find((r) => r.area_code === ESSEX && r.indicator === ind && r.year === year);
		// requests.csv / assessments.csv Essex 2024: 4,255 requests, 852 refused; 1,924 assessments, 19 without a plan.
		expect(at('refused_assessment', 2024)).toMatchObject({ numerator: 852, denominator: 4255 });
		expect(at('assessed_no_plan', 2024)).toMatchObject({ numerator: 19, denominator: 1924 });
		expect(at('placement_unknown', 2025)).toMatchObject({ numerator: 724, denominator: 14240 });
	});

	it('apportions Essex’s plans to its five CCGs by share of LSOAs', async () => {
		const rows = await ccgNeedEstimates(db, ESSEX);
		const ccgs = [...new Set(rows.map((r) => r.ccg_code))];
		expect(ccgs).toEqual(['06Q', '06T', '07H', '99E', '99F']);
		const mid = rows.find((r) => r.ccg_code === '06Q' && r.need === 'MLD')!;
		// Mid Essex holds 234 of Essex's 872 LSOAs and no other LA's: 1,254 × 234 / 872 = 336.5.
		expect(mid.share_of_la).toBeCloseTo(234 / 872, 6);
		expect(mid.estimate).toBeCloseTo((1254 * 234) / 872, 6);
		expect(mid.las).toBe(1);
		expect(mid.ccg_name).toMatch(/Mid Essex/);
	});
});
