/**
 * Published needs profiles for an LA and its comparators: EHC plans by primary need (all active plans, January 2025;
 * new plans, 2024), active plans by age group and by type of setting 2019–2025, and the unmet-need indicators
 * (requests refused assessment, assessments not leading to a plan, placement unknown / awaiting provision).
 * Every figure is the published one; suppressed cells keep their symbol.
 */
import type { QueryRunner } from '$lib/db/runner';
import { NEET_MEASURES } from './neet-definition';
import { areaList } from './sql';

export const NEEDS_PUBLISHED_DATASETS = ['ehcp_needs', 'ehcp_age_groups', 'ehcp_caseload', 'ehcp_requests_assessments'] as const;

/** SEN2 primary-need codes in the order the issue and DfE list them; UNKNOWN = need not recorded. */
export const NEED_CODES = ['ASD', 'SLCN', 'MLD', 'SEMH', 'SPLD', 'SLD', 'PMLD', 'PD', 'HI', 'VI', 'MSI', 'OTH', 'UNKNOWN'] as const;

export type PlanKind = 'all' | 'new';

export interface NeedCountRow {
	area_code: string;
	kind: PlanKind;
	period: string;
	need: string;
	count: number | null;
	count_symbol: string | null;
	/** DfE's published percentage (1 dp). */
	published_pc: number | null;
	/** All plans of this kind in the area (the share's denominator), or null when not published. */
	total: number | null;
}

/** Counts by need with DfE's % and the area's total, for all plans and new plans, each at its latest published period. */
function needCountsSql(codes: readonly string[]): string {
	const areas = areaList(codes);
	return `
		WITH n AS (
			SELECT * FROM pub_ehcp_needs
			WHERE area_code IN (${areas}) AND measure IN ('ehc_plans', 'new_ehc_plans', 'ehc_plans_pc', 'new_ehc_plans_pc')
			  AND breakdown_topic IN ('Primary need', 'Total')
		)
		SELECT c.area_code,
			CASE c.measure WHEN 'ehc_plans' THEN 'all' ELSE 'new' END AS kind,
			c.period, c.breakdown AS need, c.value AS count, c.symbol AS count_symbol,
			p.value AS published_pc, t.value AS total
		FROM n c
		LEFT JOIN n p ON p.area_code = c.area_code AND p.period = c.period AND p.breakdown = c.breakdown
			AND p.breakdown_topic = 'Primary need' AND p.measure = c.measure || '_pc'
		LEFT JOIN n t ON t.area_code = c.area_code AND t.period = c.period AND t.measure = c.measure
			AND t.breakdown_topic = 'Total'
		WHERE c.measure IN ('ehc_plans', 'new_ehc_plans') AND c.breakdown_topic = 'Primary need'
			AND c.period = (SELECT max(period) FROM pub_ehcp_needs WHERE measure = c.measure)
		ORDER BY c.area_code, kind, c.breakdown`;
}

export function needCounts(db: QueryRunner, codes: readonly string[]): Promise<NeedCountRow[]> {
	return db.all<NeedCountRow>(needCountsSql(codes));
}

export interface GroupPoint {
	area_code: string;
	year: number;
	group: string;
	value: number | null;
	symbol: string | null;
}

/** Active plans by age group at each January census, 2019–2025. */
function ageGroupSeriesSql(codes: readonly string[]): string {
	return `
		SELECT area_code, year, breakdown AS "group", value, symbol FROM pub_ehcp_age_groups
		WHERE measure = 'ehc_plans' AND breakdown_topic = 'Age group' AND area_code IN (${areaList(codes)}) AND year >= 2019
		ORDER BY area_code, year`;
}

/**
 * The setting groups from the caseload's published columns. A group summed from several columns is null
 * (a gap) when any of them is suppressed or not published; the first symbol found is kept.
 */
export const SETTING_GROUPS: { group: string; label: string; measures: string[] }[] = [
	{ group: 'mainstream', label: 'Mainstream school', measures: ['ehc_plans_mainstream'] },
	{ group: 'special_state', label: 'State special school', measures: ['ehc_plans_special_la_maintained', 'ehc_plans_special_academy_free'] },
	{
		group: 'special_independent',
		label: 'Independent or non-maintained special school',
		measures: ['ehc_plans_special_independent', 'ehc_plans_special_non_maintained']
	},
	{ group: 'ap', label: 'Alternative provision / PRU', measures: ['ehc_plans_ap_pru'] },
	{ group: 'fe_post16', label: 'FE / specialist post-16', measures: ['ehc_plans_fe'] },
	{ group: 'neet', label: 'NEET', measures: [...NEET_MEASURES] },
	{ group: 'placement_unknown', label: 'Placement not recorded', measures: ['ehc_plans_placement_unknown'] },
	{ group: 'awaiting_provision', label: 'Awaiting provision', measures: ['ehc_plans_awaiting_provision'] }
];

function settingSeriesSql(codes: readonly string[]): string {
	const mapping = SETTING_GROUPS.flatMap((g) => g.measures.map((m) => `('${m}', '${g.group}')`)).join(', ');
	return `
		WITH map(measure, grp) AS (VALUES ${mapping})
		SELECT c.area_code, c.year, map.grp AS "group",
			CASE WHEN bool_and(c.value IS NOT NULL) THEN sum(c.value) END AS value,
			CASE WHEN bool_and(c.value IS NOT NULL) THEN NULL ELSE min(c.symbol) END AS symbol
		FROM pub_ehcp_caseload c JOIN map USING (measure)
		WHERE c.breakdown_topic = 'Total' AND c.breakdown = 'Total' AND c.area_code IN (${areaList(codes)}) AND c.year >= 2019
		GROUP BY c.area_code, c.year, map.grp
		ORDER BY c.area_code, c.year`;
}

export interface GrowthSeries {
	ageGroups: GroupPoint[];
	settings: GroupPoint[];
	totals: GroupPoint[];
}

export async function growthSeries(db: QueryRunner, codes: readonly string[]): Promise<GrowthSeries> {
	const totalsSql = `
		SELECT area_code, year, 'Total' AS "group", value, symbol FROM pub_ehcp_caseload
		WHERE measure = 'ehc_plans' AND breakdown_topic = 'Total' AND area_code IN (${areaList(codes)}) AND year >= 2019
		ORDER BY area_code, year`;
	const [ageGroups, settings, totals] = await Promise.all([
		db.all<GroupPoint>(ageGroupSeriesSql(codes)),
		db.all<GroupPoint>(settingSeriesSql(codes)),
		db.all<GroupPoint>(totalsSql)
	]);
	return { ageGroups, settings, totals };
}

export interface UnmetFigure {
	area_code: string;
	indicator: 'refused_assessment' | 'assessed_no_plan' | 'placement_unknown' | 'awaiting_provision';
	year: number;
	numerator: number | null;
	denominator: number | null;
	symbol: string | null;
}

/**
 * Unmet-need indicators, latest year with a published figure for each: requests refused assessment (of requests),
 * assessments not leading to a plan (of assessments), plans with placement not recorded / awaiting provision (of plans).
 */
function unmetSql(codes: readonly string[]): string {
	const areas = areaList(codes);
	const pair = (indicator: string, table: string, num: string, den: string) => `
		SELECT a.area_code, '${indicator}' AS indicator, a.year, a.value AS numerator, b.value AS denominator,
			coalesce(a.symbol, b.symbol) AS symbol
		FROM ${table} a JOIN ${table} b ON b.area_code = a.area_code AND b.year = a.year AND b.measure = '${den}'
			AND b.breakdown_topic = 'Total' AND b.breakdown = 'Total'
		WHERE a.measure = '${num}' AND a.breakdown_topic = 'Total' AND a.breakdown = 'Total' AND a.area_code IN (${areas})`;
	return `
		SELECT * FROM (
			${pair('refused_assessment', 'pub_ehcp_requests_assessments', 'requests_decided_not_to_assess', 'requests')}
			UNION ALL ${pair('assessed_no_plan', 'pub_ehcp_requests_assessments', 'assessments_plan_not_issued', 'assessments')}
			UNION ALL ${pair('placement_unknown', 'pub_ehcp_caseload', 'ehc_plans_placement_unknown', 'ehc_plans')}
			UNION ALL ${pair('awaiting_provision', 'pub_ehcp_caseload', 'ehc_plans_awaiting_provision', 'ehc_plans')}
		)
		WHERE year >= 2019
		ORDER BY indicator, area_code, year`;
}

export function unmetFigures(db: QueryRunner, codes: readonly string[]): Promise<UnmetFigure[]> {
	return db.all<UnmetFigure>(unmetSql(codes));
}
