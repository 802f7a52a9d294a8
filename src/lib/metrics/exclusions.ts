/**
 * Exclusions from published data: suspensions and permanent exclusions by SEN provision (2022/23, LA rows only, from
 * a re-cut of DfE data) and all-pupil trends by LA, region and England (DfE, 2006/07–2022/23).
 * The re-cut has no England or region rows: those are computed here as Σ counts ÷ Σ headcounts over the LAs it has,
 * and returned with `computed = true` so every chart can say so.
 */
import type { QueryRunner } from '$lib/db/runner';
import { areaList } from './sql';

export const EXCLUSIONS_DATASETS = ['exclusions_sen', 'exclusions_all_pupils'] as const;

export const SEN_GROUPS = ['EHC plan', 'SEN support', 'No SEN'] as const;
export type SenGroup = (typeof SEN_GROUPS)[number];

export interface SenExclusionRow {
	area_code: string;
	group: SenGroup;
	headcount: number | null;
	perm_excl: number | null;
	suspension: number | null;
	one_plus_susp: number | null;
	/** Rates per 100 pupils in the group: as published for LAs, Σ counts ÷ Σ headcounts × 100 when computed. */
	perm_excl_rate: number | null;
	susp_rate: number | null;
	one_plus_susp_rate: number | null;
	/** The symbol of a missing figure ('' = blank in the file). */
	symbol: string | null;
	computed: boolean;
	/** For computed rows: how many LAs were summed. */
	las: number | null;
	period: string;
}

const pick = (m: string) => `max(CASE WHEN measure = '${m}' THEN value END) AS ${m}`;
const MEASURES = ['headcount', 'perm_excl', 'suspension', 'one_plus_susp', 'perm_excl_rate', 'susp_rate', 'one_plus_susp_rate'];

/** Published LA rows by SEN provision for the LAs asked. */
function laExclusionsBySenSql(codes: readonly string[]): string {
	return `
		SELECT area_code, breakdown AS "group", ${MEASURES.map(pick).join(', ')},
		       max(symbol) AS symbol, false AS computed, NULL::INTEGER AS las, max(period) AS period
		FROM pub_exclusions_sen
		WHERE breakdown_topic = 'SEN provision' AND area_code IN (${areaList(codes)})
		GROUP BY area_code, breakdown ORDER BY area_code, breakdown`;
}

/**
 * England (E92000001) and each region, computed from the LA rows: Σ counts ÷ Σ headcounts × 100. An LA whose group
 * figures are missing is left out of the sums for that group (never counted as zero).
 */
export const computedExclusionsBySenSql = `
	WITH la AS (
		SELECT e.area_code, a.region_code, e.breakdown AS "group", e.period, ${MEASURES.slice(0, 4).map(pick).join(', ')}
		FROM pub_exclusions_sen e LEFT JOIN areas a ON a.area_code = e.area_code
		WHERE e.breakdown_topic = 'SEN provision'
		GROUP BY e.area_code, a.region_code, e.breakdown, e.period
		HAVING count(value) = count(*)
	),
	scoped AS (
		SELECT 'E92000001' AS area_code, * EXCLUDE (area_code, region_code) FROM la
		UNION ALL SELECT region_code, * EXCLUDE (area_code, region_code) FROM la WHERE region_code IS NOT NULL
	)
	SELECT area_code, "group", sum(headcount) AS headcount, sum(perm_excl) AS perm_excl, sum(suspension) AS suspension,
	       sum(one_plus_susp) AS one_plus_susp,
	       sum(perm_excl) / sum(headcount) * 100 AS perm_excl_rate,
	       sum(suspension) / sum(headcount) * 100 AS susp_rate,
	       sum(one_plus_susp) / sum(headcount) * 100 AS one_plus_susp_rate,
	       NULL AS symbol, true AS computed, count(*)::INTEGER AS las, max(period) AS period
	FROM scoped GROUP BY area_code, "group" ORDER BY area_code, "group"`;

export async function exclusionsBySen(db: QueryRunner, laCodes: readonly string[], aggregateCodes: readonly string[]): Promise<SenExclusionRow[]> {
	const [las, computed] = await Promise.all([db.all<SenExclusionRow>(laExclusionsBySenSql(laCodes)), db.all<SenExclusionRow>(computedExclusionsBySenSql)]);
	return [...las, ...computed.filter((r) => aggregateCodes.includes(r.area_code))];
}

export interface ExclusionTrendPoint {
	area_code: string;
	measure: 'susp_rate' | 'perm_excl_rate' | 'one_plus_susp_rate';
	period: string;
	year: number;
	value: number | null;
	symbol: string | null;
}

/** All-pupil rates per 100 pupils (all school types), every published year, for the areas asked. */
function allPupilTrendSql(codes: readonly string[]): string {
	return `
		SELECT area_code, measure, period, year, value, symbol FROM pub_exclusions_all_pupils
		WHERE breakdown_topic = 'Total' AND measure IN ('susp_rate', 'perm_excl_rate', 'one_plus_susp_rate')
		  AND area_code IN (${areaList(codes)})
		ORDER BY area_code, measure, year`;
}

export function allPupilTrend(db: QueryRunner, codes: readonly string[]): Promise<ExclusionTrendPoint[]> {
	return db.all<ExclusionTrendPoint>(allPupilTrendSql(codes));
}

/** Disproportionality: a group's rate ÷ the no-SEN rate in the same area (null when either is missing or no-SEN is 0). */
export function disproportionality(groupRate: number | null, noSenRate: number | null): number | null {
	if (groupRate === null || noSenRate === null || noSenRate === 0) return null;
	return groupRate / noSenRate;
}
