/**
 * The CCG / sub-ICB codes a local extract may use, with their NHS names: every sub-ICB location (July 2022) and every
 * former CCG in the published nhs_areas lookup. A user's extract is checked against these codes at load, and its
 * figures are labelled with these names.
 */
import type { QueryRunner } from '$lib/db/runner';

export const NHS_AREA_NAME_DATASETS = ['nhs_areas'] as const;

/** One row per ODS code; where a code is both a sub-ICB location and a former CCG, the sub-ICB name is used. */
const nhsAreaNamesSql = `
	SELECT ods_code AS code,
		arg_min(regexp_replace(regexp_replace(coalesce(ccg_name, name), '^NHS ', ''), ' CCG$', ''), CASE level WHEN 'sub_icb' THEN 0 ELSE 1 END) AS name
	FROM nhs_areas WHERE level IN ('sub_icb', 'ccg') GROUP BY ods_code ORDER BY ods_code`;

export async function nhsAreaNames(db: QueryRunner): Promise<Map<string, string>> {
	const rows = await db.all<{ code: string; name: string }>(nhsAreaNamesSql);
	return new Map(rows.map((r) => [r.code, r.name]));
}
