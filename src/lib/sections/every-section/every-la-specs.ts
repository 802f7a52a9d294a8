/**
 * Test support: every section's published view run for one LA over a QueryRunner, and the chart specs each page
 * builds from it, exactly as the pages build them (the same view functions and spec builders). Used by the prose test
 * over all LAs; no DOM, so charts are never rendered.
 */
import type { ChartSpec } from '$lib/charts/spec';
import type { QueryRunner } from '$lib/db/runner';
import { exclusionsCharts } from '$lib/sections/exclusions/published-exclusions';
import { timelinessCharts } from '$lib/sections/exclusions/timeliness-charts';
import { exclusionsView } from '$lib/sections/exclusions/view';
import { schoolOutcomeCharts } from '$lib/sections/exclusions/school-outcomes-charts';
import { schoolOutcomesView } from '$lib/sections/exclusions/school-outcomes-view';
import { moneyCharts } from '$lib/sections/money/charts';
import { moneyView } from '$lib/sections/money/view';
import { NEED_CODES } from '$lib/metrics/needs-published';
import { SNAPSHOT_AGES, SERIES_BANDS } from '$lib/metrics/autism-waits';
import { ccgChart, unmetCharts } from '$lib/sections/needs/ccg-unmet-charts';
import { growthCharts } from '$lib/sections/needs/growth-charts';
import { needNeighboursChart, needProfileChart } from '$lib/sections/needs/published-charts';
import { needsView } from '$lib/sections/needs/view';
import { overviewCharts } from '$lib/sections/overview/build-charts';
import { overviewView } from '$lib/sections/overview/view';
import { post19PublishedCharts } from '$lib/sections/post-19';
import { post19View } from '$lib/sections/post-19/view';
import { ALL_AREAS } from '$lib/published-views/view';
import type { IndicatorAcrossLas } from '$lib/metrics/indicators';
import { profileSpec } from '$lib/sections/profile/charts';
import { areaProfile } from '$lib/sections/profile/profile';
import { profileBaseView, profileView } from '$lib/sections/profile/view';
import { travelSummary } from '$lib/sections/profile/words';
import { funnelSpec, rankedChart, sideBySideSpec, trendSpec } from '$lib/sections/waiting-times/published-charts';
import { WAIT_MEASURES } from '$lib/sections/waiting-times/published-rows';
import { waitsBaseView, waitsLaView, type WaitsBase } from '$lib/sections/waiting-times/view';
import { healthSentences, healthSpecs } from '$lib/sections/waiting-times/health-charts';
import { healthBaseView, healthLaView, type HealthBase } from '$lib/sections/waiting-times/health-view';

export interface SectionSpecs {
	section: 'overview' | 'needs' | 'waiting-times' | 'health-waits' | 'post-19' | 'exclusions' | 'school-outcomes' | 'money' | 'profile';
	specs: ChartSpec[];
	/** Extra sentences a page prints outside the specs (e.g. the needs flags list). */
	sentences: string[];
}

export async function overviewSpecs(db: QueryRunner, area: string): Promise<SectionSpecs> {
	const { comparators, figures } = await overviewView.query(db, area);
	return { section: 'overview', specs: figures ? overviewCharts({ comparators, series: figures }) : [], sentences: [] };
}

export async function needsSpecs(db: QueryRunner, area: string): Promise<SectionSpecs> {
	const { comparators, figures } = await needsView.query(db, area);
	const la = comparators.find((c) => c.role === 'selected');
	if (!la || !figures) return { section: 'needs', specs: [], sentences: [] };
	const input = { comparators, counts: figures.counts };
	return {
		section: 'needs',
		specs: [
			needProfileChart(input, 'all'),
			needProfileChart(input, 'new'),
			...NEED_CODES.map((need) => needNeighboursChart(input, need)),
			...growthCharts({ comparators, growth: figures.growth }),
			ccgChart(la, figures.ccg),
			...unmetCharts(comparators, figures.unmet)
		],
		sentences: []
	};
}

/** The site-wide waiting-times view, run once. */
export const waitsBase = (db: QueryRunner): Promise<WaitsBase> => waitsBaseView.query(db, ALL_AREAS);

export async function waitsSpecs(db: QueryRunner, area: string, name: string, base: WaitsBase): Promise<SectionSpecs> {
	const { laCodes, laSeries } = await waitsLaView.query(db, area);
	if (!base.snapshot) return { section: 'waiting-times', specs: [], sentences: [] };
	const input = {
		period: base.snapshot.period,
		cells: base.snapshot.cells,
		areas: base.subIcbs,
		chosen: laCodes,
		chosenLabel: `${name}'s sub-ICB location${laCodes.length === 1 ? '' : 's'}`,
		entry: undefined
	};
	const specs: ChartSpec[] = [];
	for (const age of SNAPSHOT_AGES) {
		if (laCodes.length > 0) specs.push(sideBySideSpec(input, age));
		for (const m of WAIT_MEASURES) {
			specs.push(rankedChart(input, m, age));
			const funnel = funnelSpec(input, m, age);
			if (funnel) specs.push(funnel);
		}
	}
	if (laCodes.length > 0) for (const band of SERIES_BANDS) specs.push(trendSpec(input, laSeries, band));
	return { section: 'waiting-times', specs, sentences: [] };
}

/** The site-wide health view, run once. */
export const healthBase = (db: QueryRunner): Promise<HealthBase> => healthBaseView.query(db, ALL_AREAS);

export async function healthWaitsSpecs(db: QueryRunner, area: string, name: string, base: HealthBase): Promise<SectionSpecs> {
	const la = await healthLaView.query(db, area);
	const input = { base, la, laName: name, autismEntry: undefined };
	return { section: 'health-waits', specs: healthSpecs(input), sentences: healthSentences(input) };
}

export async function post19Specs(db: QueryRunner, area: string): Promise<SectionSpecs> {
	const { comparators, figures } = await post19View.query(db, area);
	return { section: 'post-19', specs: figures ? post19PublishedCharts({ comparators, data: figures }) : [], sentences: [] };
}

export async function exclusionsSpecs(db: QueryRunner, area: string): Promise<SectionSpecs> {
	const { comparators, figures } = await exclusionsView.query(db, area);
	if (!figures) return { section: 'exclusions', specs: [], sentences: [] };
	const { bySen, trend, series, las, allLas20, reviews, appeals } = figures;
	const excl = exclusionsCharts({ comparators, bySen, trend });
	const timeliness = timelinessCharts({
		comparators,
		series,
		allLas20,
		lasByCode: new Map(las.map((a) => [a.area_code, a])),
		reviews,
		appeals
	});
	return { section: 'exclusions', specs: [...excl.bySen, ...excl.ratios, ...excl.trends, ...timeliness], sentences: [] };
}

export async function schoolOutcomesSpecs(db: QueryRunner, area: string): Promise<SectionSpecs> {
	const { comparators, figures } = await schoolOutcomesView.query(db, area);
	return { section: 'school-outcomes', specs: figures ? schoolOutcomeCharts(figures, comparators) : [], sentences: [] };
}

export async function moneySpecs(db: QueryRunner, area: string): Promise<SectionSpecs> {
	const { comparators, figures } = await moneyView.query(db, area);
	return { section: 'money', specs: figures ? moneyCharts(figures, comparators) : [], sentences: [] };
}

/** The profile's site-wide view, run once. */
export const profileBase = (db: QueryRunner): Promise<IndicatorAcrossLas[]> => profileBaseView.query(db, ALL_AREAS);

export async function profileSpecs(db: QueryRunner, area: string, base: IndicatorAcrossLas[]): Promise<SectionSpecs> {
	const { comparators, figures } = await profileView.query(db, area);
	const la = comparators.find((c) => c.role === 'selected');
	if (!la || !figures) return { section: 'profile', specs: [], sentences: [] };
	const rows = areaProfile(base, figures);
	// The page prints the band sentence (the spec's title) and the travel summary, and each row's direction.
	return {
		section: 'profile',
		specs: [profileSpec({ name: la.area_name, rows })],
		sentences: [travelSummary(rows), ...rows.map((r) => r.directionText)]
	};
}
