/**
 * The LA's published need profile carried to the CCGs that serve it, by apportioning. DfE does not publish EHC plans
 * by CCG, so a CCG's plans are estimated as the sum, over every LA it overlaps, of that LA's plans times the share of
 * the LA's LSOAs that lie in the CCG (`la_nhs_overlap`, April 2020 CCGs — the latest vintage with shares).
 * Limits: LSOAs are counted, not weighted by population or by where children with plans live, and each LA's need
 * mix is assumed to be the same across the LA.
 */
import type { QueryRunner } from '$lib/db/runner';
import { areaList } from './sql';

export const NEEDS_CCG_DATASETS = ['ehcp_needs', 'la_nhs_overlap', 'nhs_areas', 'areas'] as const;
const OVERLAP_VINTAGE = '2020';

export interface CcgNeedEstimate {
	ccg_code: string;
	ccg_name: string;
	need: string;
	/** The published period of the plans counted ('2025-01'): the latest January census. */
	period: string | null;
	/** Estimated plans in the CCG for this need (all LAs it overlaps); null if any contributing LA's count is suppressed. */
	estimate: number | null;
	/** The part of the estimate that comes from the chosen LA. */
	from_la: number | null;
	/** Share of the chosen LA's LSOAs in this CCG (0–1). */
	share_of_la: number;
	/** How many LAs the CCG overlaps. */
	las: number;
	/** Names of the other LAs it overlaps, comma-separated (empty when none). */
	other_las: string;
}

function ccgNeedEstimatesSql(laCode: string): string {
	const la = areaList([laCode]);
	return `
		WITH ccgs AS (
			SELECT nhs_code, share_of_la FROM la_nhs_overlap WHERE la_code = ${la} AND vintage = '${OVERLAP_VINTAGE}'
		),
		parts AS (
			SELECT o.nhs_code, o.la_code, o.lsoas_in_both::DOUBLE / o.la_lsoas AS share
			FROM la_nhs_overlap o JOIN ccgs USING (nhs_code) WHERE o.vintage = '${OVERLAP_VINTAGE}'
		),
		counts AS (
			SELECT area_code, breakdown AS need, value, period FROM pub_ehcp_needs
			WHERE measure = 'ehc_plans' AND breakdown_topic = 'Primary need'
			  AND period = (SELECT max(period) FROM pub_ehcp_needs WHERE measure = 'ehc_plans')
		)
		SELECT p.nhs_code AS ccg_code, any_value(n.name) AS ccg_name, c.need, any_value(c.period) AS period,
			CASE WHEN bool_and(c.value IS NOT NULL) THEN sum(c.value * p.share) END AS estimate,
			max(CASE WHEN p.la_code = ${la} THEN c.value * p.share END) AS from_la,
			any_value(ccgs.share_of_la) AS share_of_la,
			count(DISTINCT p.la_code) AS las,
			coalesce(string_agg(DISTINCT CASE WHEN p.la_code <> ${la} THEN a.area_name END, ', ' ORDER BY CASE WHEN p.la_code <> ${la} THEN a.area_name END), '') AS other_las
		FROM parts p
		JOIN ccgs USING (nhs_code)
		JOIN counts c ON c.area_code = p.la_code
		LEFT JOIN nhs_areas n ON n.ods_code = p.nhs_code AND n.level = 'ccg'
		LEFT JOIN areas a ON a.area_code = p.la_code
		GROUP BY p.nhs_code, c.need
		ORDER BY share_of_la DESC, p.nhs_code, c.need`;
}

export function ccgNeedEstimates(db: QueryRunner, laCode: string): Promise<CcgNeedEstimate[]> {
	return db.all<CcgNeedEstimate>(ccgNeedEstimatesSql(laCode));
}
