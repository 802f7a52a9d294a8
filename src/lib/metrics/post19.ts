/**
 * Published figures for the 19–25 section: plans held by 16–19 and 20–25-year-olds, where 19–25-year-olds with plans
 * are, why plans ceased, NEET / not-known % by SEN provision (NCCIS) and post-16 destinations after key stage 4 by SEN
 * provision. Suppressed figures keep their symbol.
 */
import type { QueryRunner } from '$lib/db/runner';
import { NEET_MEASURES } from './neet-definition';
import { areaList } from './sql';

export const POST19_DATASETS = ['ehcp_age_groups', 'ehcp_caseload', 'ehcp_post16_settings', 'ehcp_ceased', 'neet_send', 'ks4_destinations_sen'] as const;

interface AgeGroupPoint {
	area_code: string;
	year: number;
	/** '16 to 19', '20 to 25' or 'All ages'. */
	group: string;
	value: number | null;
	symbol: string | null;
}

/** Plans held by 16–19 and 20–25-year-olds, and all plans, January 2019–2025. */
function ageGroupSql(codes: readonly string[]): string {
	const areas = areaList(codes);
	return `
		SELECT area_code, year, breakdown AS "group", value, symbol FROM pub_ehcp_age_groups
		WHERE measure = 'ehc_plans' AND breakdown IN ('16 to 19', '20 to 25') AND area_code IN (${areas}) AND year >= 2019
		UNION ALL
		SELECT area_code, year, 'All ages', value, symbol FROM pub_ehcp_caseload
		WHERE measure = 'ehc_plans' AND breakdown_topic = 'Total' AND area_code IN (${areas}) AND year >= 2019
		ORDER BY area_code, "group", year`;
}

/** The reporting groups for where young people with plans are; parts add up to all plans (DfE's own identity). */
export const SETTING_GROUPS = [
	{ key: 'general_fe', label: 'General FE or tertiary college', measures: ['ehc_plans_general_fe'] },
	{ key: 'specialist_post16', label: 'Specialist post-16 institution', measures: ['ehc_plans_specialist_post16'] },
	{ key: 'other_post16', label: 'Other post-16 provider (training provider)', measures: ['ehc_plans_other_post16_provider'] },
	{ key: 'school', label: 'School (mainstream, special or AP)', measures: ['ehc_plans_mainstream', 'ehc_plans_special', 'ehc_plans_ap_pru'] },
	{ key: 'neet', label: 'Not in education, employment or training', measures: NEET_MEASURES },
	{ key: 'unknown', label: 'Placement not recorded', measures: ['ehc_plans_placement_unknown'] }
] as const;
export const OTHER_SETTING = { key: 'other', label: 'Other (home education, other arrangements, elsewhere)' } as const;

const AGES_19_25 = ['age 19', 'age 20', 'age 21', 'age 22', 'age 23', 'age 24', 'age 25'];

interface SettingRow {
	area_code: string;
	setting: string;
	value: number | null;
	symbol: string | null;
}

/**
 * Plans held by 19–25-year-olds in each setting group at one January census; 'all' is every plan, 'other' the rest
 * (all minus the named groups). A group with any suppressed part is suppressed, keeping the first symbol.
 */
function settingsSql(codes: readonly string[], year: number): string {
	const groups = [...SETTING_GROUPS.map((g) => ({ key: g.key, measures: g.measures as readonly string[] })), { key: 'all', measures: ['ehc_plans'] }];
	const caseOf = groups.flatMap((g) => g.measures.map((m) => `WHEN '${m}' THEN '${g.key}'`)).join(' ');
	return `
		WITH parts AS (
			SELECT area_code, CASE measure ${caseOf} END AS setting, value, symbol FROM pub_ehcp_post16_settings
			WHERE area_code IN (${areaList(codes)}) AND year = ${Math.trunc(year)} AND breakdown IN (${AGES_19_25.map((a) => `'${a}'`).join(', ')})
		), grouped AS (
			SELECT area_code, setting,
				CASE WHEN bool_and(value IS NOT NULL) THEN sum(value) END AS value,
				CASE WHEN NOT bool_and(value IS NOT NULL) THEN min(symbol) END AS symbol
			FROM parts WHERE setting IS NOT NULL GROUP BY ALL
		)
		SELECT * FROM grouped
		UNION ALL
		SELECT a.area_code, 'other', a.value - n.named, CASE WHEN a.value IS NULL OR n.named IS NULL THEN coalesce(a.symbol, n.symbol) END
		FROM grouped a JOIN (
			SELECT area_code, CASE WHEN bool_and(value IS NOT NULL) THEN sum(value) END AS named, min(symbol) AS symbol FROM grouped WHERE setting <> 'all' GROUP BY ALL
		) n USING (area_code) WHERE a.setting = 'all'
		ORDER BY area_code, setting`;
}

/**
 * Ages for work-based placements per plan: 19 to 24. The placements file's top age is "age 25 or over", which would
 * put placements of people over 25 over plans of 25-year-olds, so ages 25+ are left out of both sides.
 */
const WORK_BASED_AGES = AGES_19_25.slice(0, -1);

/** Open work-based placements held by 19–24-year-olds with plans, and (setting 'plans') all plans held at 19–24. */
function workBasedSql(codes: readonly string[]): string {
	return `
		SELECT area_code, year, CASE WHEN measure = 'ehc_plans' THEN 'plans' ELSE measure END AS setting,
			CASE WHEN bool_and(value IS NOT NULL) THEN sum(value) END AS value,
			CASE WHEN NOT bool_and(value IS NOT NULL) THEN min(symbol) END AS symbol
		FROM pub_ehcp_post16_settings
		WHERE area_code IN (${areaList(codes)}) AND (measure LIKE 'work_based_%' OR measure = 'ehc_plans')
		  AND year = (SELECT max(year) FROM pub_ehcp_post16_settings WHERE measure LIKE 'work_based_%')
		  AND breakdown IN (${WORK_BASED_AGES.map((a) => `'${a}'`).join(', ')})
		GROUP BY ALL ORDER BY area_code, setting`;
}

interface CeasedRow {
	area_code: string;
	year: number;
	reason: string;
	value: number | null;
	symbol: string | null;
}

/** Plans ceased in a calendar year by reason (all ages; DfE does not publish reasons by age), and the total. */
function ceasedSql(codes: readonly string[], year: number): string {
	return `
		SELECT area_code, year, CASE WHEN breakdown_topic = 'Total' THEN 'All ceased plans' ELSE breakdown END AS reason, value, symbol
		FROM pub_ehcp_ceased
		WHERE measure = 'ceased_plans' AND breakdown_topic IN ('Total', 'Reason ceased') AND area_code IN (${areaList(codes)}) AND year = ${Math.trunc(year)}
		ORDER BY area_code, reason`;
}

interface NeetPoint {
	area_code: string;
	year: number;
	/** 'EHC plan', 'SEN support', 'No SEN' or 'All young people'. */
	group: string;
	value: number | null;
	symbol: string | null;
}

/** NEET or activity not known, % of 16–17-year-olds (NCCIS, December–February average), by SEN provision. */
function neetSql(codes: readonly string[]): string {
	return `
		SELECT area_code, year, CASE WHEN breakdown_topic = 'Total' THEN 'All young people' ELSE breakdown END AS "group", value, symbol
		FROM pub_neet_send
		WHERE measure = 'neet_nk_pc' AND breakdown_topic IN ('Total', 'SEN provision') AND area_code IN (${areaList(codes)})
		ORDER BY area_code, "group", year`;
}

/** The SEN groups shown for post-16 destinations, as the KS4 destination measures publish them. */
export const DESTINATION_GROUPS = ['EHC plan or Statement', 'SEN support', 'No identified SEN'] as const;
export const DESTINATION_MEASURES = [
	{ measure: 'sustained_pc', label: 'Sustained destination' },
	{ measure: 'education_pc', label: 'Education' },
	{ measure: 'apprenticeship_pc', label: 'Apprenticeship' },
	{ measure: 'employment_pc', label: 'Employment' },
	{ measure: 'not_sustained_pc', label: 'Not sustained' },
	{ measure: 'unknown_pc', label: 'Activity unknown' },
	{ measure: 'cohort', label: 'Pupils' }
] as const;

interface DestinationRow {
	area_code: string;
	year: number;
	/** The destination year, e.g. '2021/22'. */
	period: string;
	group: string;
	measure: string;
	value: number | null;
	symbol: string | null;
}

/** Post-16 destinations of pupils leaving key stage 4 by SEN provision, in the latest destination year (LA and region only). */
function destinationsSql(codes: readonly string[]): string {
	return `
		SELECT area_code, year, period, breakdown AS "group", measure, value, symbol FROM pub_ks4_destinations_sen
		WHERE area_code IN (${areaList(codes)}) AND breakdown IN (${DESTINATION_GROUPS.map((g) => `'${g}'`).join(', ')})
		  AND year = (SELECT max(year) FROM pub_ks4_destinations_sen)
		ORDER BY area_code, "group", measure`;
}

export interface Post19Published {
	ageGroups: AgeGroupPoint[];
	settings: SettingRow[];
	settingsYear: number;
	workBased: (SettingRow & { year: number })[];
	ceased: CeasedRow[];
	ceasedYear: number;
	neet: NeetPoint[];
	destinations: DestinationRow[];
}

const latest = async (db: QueryRunner, table: string, where: string) =>
	(await db.all<{ year: number | null }>(`SELECT max(year) AS year FROM ${table} WHERE ${where}`))[0]?.year ?? null;

export async function post19Published(db: QueryRunner, codes: readonly string[]): Promise<Post19Published> {
	const [settingsYear, ceasedYear] = await Promise.all([
		latest(db, 'pub_ehcp_post16_settings', `measure = 'ehc_plans'`),
		latest(db, 'pub_ehcp_ceased', `measure = 'ceased_plans' AND breakdown_topic = 'Reason ceased'`)
	]);
	if (settingsYear === null || ceasedYear === null) throw new Error('The 19–25 datasets are empty.');
	const [ageGroups, settings, workBased, ceased, neet, destinations] = await Promise.all([
		db.all<AgeGroupPoint>(ageGroupSql(codes)),
		db.all<SettingRow>(settingsSql(codes, settingsYear)),
		db.all<SettingRow & { year: number }>(workBasedSql(codes)),
		db.all<CeasedRow>(ceasedSql(codes, ceasedYear)),
		db.all<NeetPoint>(neetSql(codes)),
		db.all<DestinationRow>(destinationsSql(codes))
	]);
	return { ageGroups, settings, settingsYear, workBased, ceased, ceasedYear, neet, destinations };
}
