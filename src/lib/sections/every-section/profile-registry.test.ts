/**
 * The area profile's indicator registry against the sections it summarises: every indicator has a polarity equal to
 * the one its section declares and a link to a section in the navigation, and over the real model Essex's figures
 * equal the ones the sections' own queries give (the published figures the pages show).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../../data/lib/node-runner';
import { testModel } from '../../../../data/pipeline/test-model';
import { PUBLISHED_DATASETS } from '../../../../data/pipeline/datasets/index';
import type { Polarity } from '$lib/format/prose';
import { exclusionsBySen } from '$lib/metrics/exclusions';
import { headlineSeries } from '$lib/metrics/headline';
import { allIndicatorsAcrossLas, areaIndicatorSeries, INDICATORS, type IndicatorRow } from '$lib/metrics/indicators';
import { unmetFigures } from '$lib/metrics/needs-published';
import { post19Published } from '$lib/metrics/post19';
import { annualReviews, appealRate, timelinessSeries } from '$lib/metrics/timeliness';
import { SECTIONS } from '$lib/navigation/sections';
import { EXCLUSION_MEASURES } from '$lib/sections/exclusions/published-exclusions';
import { reviewRates, TIMELINESS_POLARITY } from '$lib/sections/exclusions/timeliness-charts';
import { UNMET_INDICATORS } from '$lib/sections/needs/ccg-unmet-charts';
import { HEADLINE_POLARITY } from '$lib/sections/overview/build-charts';
import { OUTCOME_POLARITY } from '$lib/sections/post-19/outcome-charts';
import { PROSE_POLARITY } from '$lib/sections/profile/model';

const ESSEX = 'E10000012';

/** The polarity each section declares for the measure an indicator shows. */
const SECTION_POLARITY: Record<string, Polarity> = {
	'ehc-plans': HEADLINE_POLARITY.activePlans,
	'pupils-with-plan': HEADLINE_POLARITY.pupilsWithPlan,
	'within-20-weeks': HEADLINE_POLARITY.within20Weeks,
	'within-20-weeks-excl': TIMELINESS_POLARITY.within20Excl,
	'within-6-weeks': TIMELINESS_POLARITY.within6,
	'refused-assessment': UNMET_INDICATORS.find((u) => u.id === 'refused_assessment')!.polarity,
	'assessed-no-plan': UNMET_INDICATORS.find((u) => u.id === 'assessed_no_plan')!.polarity,
	'placement-unknown': UNMET_INDICATORS.find((u) => u.id === 'placement_unknown')!.polarity,
	'awaiting-provision': UNMET_INDICATORS.find((u) => u.id === 'awaiting_provision')!.polarity,
	'plans-neet': OUTCOME_POLARITY.neet,
	'reviews-held': TIMELINESS_POLARITY.reviewsHeld,
	'review-decisions-4-weeks': TIMELINESS_POLARITY.decisions4Weeks,
	'appeal-rate': TIMELINESS_POLARITY.appeals,
	'suspensions-ehc-plan': EXCLUSION_MEASURES.find((m) => m.key === 'susp_rate')!.polarity,
	'suspensions-sen-support': EXCLUSION_MEASURES.find((m) => m.key === 'susp_rate')!.polarity,
	'permanent-exclusions-ehc-plan': EXCLUSION_MEASURES.find((m) => m.key === 'perm_excl_rate')!.polarity,
	'neet-ehc-plan': OUTCOME_POLARITY.neet,
	'neet-sen-support': OUTCOME_POLARITY.neet,
	'sustained-destination-ehc-plan': OUTCOME_POLARITY.destinations,
	// School outcomes: absence lower is better; KS2 and Progress 8 take LAIT's polarity (higher is better), as the section does.
	'absence-ehc-plan': 'lower_better',
	'ks2-rwm-ehc-plan': 'higher_better',
	'progress8-ehc-plan': 'higher_better',
	'dsg-balance': 'higher_better',
	'independent-spend-per-head': 'neutral'
};

describe('the indicator registry', () => {
	it('gives every indicator a unique id, a polarity and a link to a section in the navigation', () => {
		expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
		const paths = SECTIONS.map((s) => s.path);
		for (const i of INDICATORS) {
			expect(['higher-better', 'lower-better', 'none'], i.id).toContain(i.polarity);
			expect(paths, i.id).toContain(i.section);
			for (const d of i.datasets)
				expect(
					PUBLISHED_DATASETS.map((p) => p.id),
					`${i.id} reads ${d}`
				).toContain(d);
		}
	});
	it('declares the polarity its section declares, for every indicator', () => {
		for (const i of INDICATORS) expect(PROSE_POLARITY[i.polarity], i.id).toBe(SECTION_POLARITY[i.id]);
	});
});

describe('the registry over the real published model', () => {
	let db: NodeRunner;
	let essex: Record<string, IndicatorRow[]>;
	beforeAll(async () => {
		db = await testModel(PUBLISHED_DATASETS);
		essex = await areaIndicatorSeries(db, ESSEX);
	}, 300_000);
	afterAll(() => db?.close());

	const latest = (id: string) => essex[id]!.filter((r) => r.value !== null).sort((a, b) => b.year - a.year)[0]!;

	it('gives Essex the published money and school-outcome figures (as in the raw files)', () => {
		// dsg_deficit.csv 2021-22: 0.53; absence.csv 2022/23 EHC plan overall: 12.16; LAIT KS2 RWM EHC plan: 8; Progress 8: −0.93.
		expect(latest('dsg-balance')).toMatchObject({ period: '2021-22', value: 0.53 });
		expect(latest('absence-ehc-plan')).toMatchObject({ period: '2022/23', value: 12.16 });
		expect(latest('ks2-rwm-ehc-plan').value).toBe(8);
		expect(essex['progress8-ehc-plan']!.some((r) => r.value === -0.93)).toBe(true);
		expect(latest('independent-spend-per-head').value).toBeGreaterThan(0);
	});

	it('gives Essex the published headline figures: 14,240 plans in January 2025, 16.2% within 20 weeks in 2024', async () => {
		expect(latest('ehc-plans')).toMatchObject({ year: 2025, value: 14240 });
		expect(latest('within-20-weeks')).toMatchObject({ year: 2024, value: 16.2, numerator: 297, denominator: 1833 });
		const h = await headlineSeries(db, [ESSEX]);
		for (const [id, series] of [
			['ehc-plans', h.activePlans],
			['pupils-with-plan', h.pupilsWithPlan],
			['within-20-weeks', h.within20Weeks]
		] as const) {
			expect(
				essex[id]!.map((r) => [r.year, r.value, r.symbol]),
				id
			).toEqual(series.map((p) => [p.year, p.value, p.symbol]));
		}
	});

	it('equals the timeliness, annual review and appeal figures of the Exclusions & timeliness section', async () => {
		const t = await timelinessSeries(db, [ESSEX]);
		const pick = (rows: { year: number; pc: number | null }[]) => rows.map((r) => [r.year, r.pc]);
		expect(essex['within-20-weeks-excl']!.map((r) => [r.year, r.value])).toEqual(pick(t.within20Excl));
		expect(essex['within-6-weeks']!.map((r) => [r.year, r.value])).toEqual(pick(t.within6));
		expect(essex['within-6-weeks']!.map((r) => r.denominator)).toEqual(t.within6.map((r) => r.denominator));
		const { held, decided } = reviewRates(await annualReviews(db, [ESSEX]));
		expect(essex['reviews-held']!.map((r) => [r.year, r.value])).toEqual(pick(held));
		expect(essex['review-decisions-4-weeks']!.map((r) => [r.year, r.value, r.denominator])).toEqual(decided.map((r) => [r.year, r.pc, r.denominator]));
		const appeals = (await appealRate(db, [ESSEX], null)).map((r) => [r.year, r.pc, r.numerator, r.denominator]);
		expect(essex['appeal-rate']!.map((r) => [r.year, r.value, r.numerator, r.denominator])).toEqual(appeals);
		expect(latest('appeal-rate')).toMatchObject({ year: 2024, value: 4.7, numerator: 709, denominator: 15188 });
	});

	it('equals the unmet-need rates of the Needs section', async () => {
		const unmet = await unmetFigures(db, [ESSEX]);
		const ids = {
			'refused-assessment': 'refused_assessment',
			'assessed-no-plan': 'assessed_no_plan',
			'placement-unknown': 'placement_unknown',
			'awaiting-provision': 'awaiting_provision'
		} as const;
		for (const [id, indicator] of Object.entries(ids)) {
			const rate = unmet
				.filter((u) => u.indicator === indicator)
				.map((u) => [u.year, u.numerator !== null && u.denominator ? (u.numerator / u.denominator) * 100 : null]);
			expect(
				essex[id]!.map((r) => [r.year, r.value]),
				id
			).toEqual(rate);
		}
	});

	it('equals the exclusions, NEET and destination figures of their sections, and computes England as they do', async () => {
		const bySen = await exclusionsBySen(db, [ESSEX], ['E92000001']);
		const row = (area: string, group: string) => bySen.find((r) => r.area_code === area && r.group === group)!;
		expect(latest('suspensions-ehc-plan').value).toBe(row(ESSEX, 'EHC plan').susp_rate);
		expect(latest('suspensions-sen-support').value).toBe(row(ESSEX, 'SEN support').susp_rate);
		expect(latest('permanent-exclusions-ehc-plan').value).toBe(row(ESSEX, 'EHC plan').perm_excl_rate);
		const across = await allIndicatorsAcrossLas(
			db,
			INDICATORS.filter((i) => i.id === 'suspensions-ehc-plan')
		);
		expect(across[0]!.england).toEqual([expect.objectContaining({ year: 2023, value: row('E92000001', 'EHC plan').susp_rate, computed: true })]);
		const p = await post19Published(db, [ESSEX]);
		const neet = (group: string) => p.neet.filter((n) => n.group === group).map((n) => [n.year, n.value]);
		expect(essex['neet-ehc-plan']!.map((r) => [r.year, r.value])).toEqual(neet('EHC plan'));
		expect(essex['neet-sen-support']!.map((r) => [r.year, r.value])).toEqual(neet('SEN support'));
		const sustained = p.destinations.find((d) => d.group === 'EHC plan or Statement' && d.measure === 'sustained_pc')!;
		expect(latest('sustained-destination-ehc-plan')).toMatchObject({ year: sustained.year, value: sustained.value });
	});

	it('bands across the LAs only: every indicator’s LA rows are LA codes, and England is never among them', async () => {
		const across = await allIndicatorsAcrossLas(db);
		for (const a of across) {
			expect(
				a.las.some((l) => l.area_code === 'E92000001' || l.area_code.startsWith('E12')),
				a.id
			).toBe(false);
			expect(a.las.filter((l) => l.value !== null).length, a.id).toBeGreaterThan(100);
		}
	});
});
