/**
 * Published NHS England autism statistics by CCG / sub-ICB location (table pub_autism_waits): the all-metric
 * snapshot of the July–September 2022 sub-ICB file, the April 2019 – June 2023 monthly series of % first appointment
 * after more than 13 weeks, and which sub-ICB locations serve an LA.
 */
import type { QueryRunner } from '$lib/db/runner';
import { quoteLiteral } from '$lib/db/runner';
import { areaList } from './sql';

export const AUTISM_WAITS_DATASETS = ['nhs_areas', 'la_nhs_overlap', 'autism_waits'] as const;

/** The LA ↔ sub-ICB vintage used: July 2022 sub-ICB locations, the codes the published snapshot and series use. */
const OVERLAP_VINTAGE = '2022';

export const SNAPSHOT_AGES = ['Total', '0 to 17', '18 and over'] as const;
export type SnapshotAge = (typeof SNAPSHOT_AGES)[number];
export const SERIES_BANDS = ['Under 10', '10 to 17', '18 to 24'] as const;
export type SeriesBand = (typeof SERIES_BANDS)[number];

/** Measures read for each sub-ICB in the snapshot month. */
const SNAPSHOT_MEASURES = [
	'asd_open_referrals',
	'asd_open_13w_plus',
	'asd_first_appt_after_13w',
	'asd_no_contact_13w_plus',
	'asd_first_appt_after_13w_pc',
	'asd_no_contact_13w_plus_pc',
	'asd_new_referrals',
	'asd_closed_referrals',
	'asd_diagnoses'
] as const;
export type SnapshotMeasure = (typeof SNAPSHOT_MEASURES)[number];

export interface SubIcb {
	code: string;
	/** The former CCG's name without "NHS " and " CCG", e.g. "Mid Essex". */
	name: string;
	/** The sub-ICB location's official name, e.g. "NHS Mid and South Essex ICB - 06Q". */
	official_name: string;
}

/** Every sub-ICB location (July 2022), by name. */
const subIcbsSql = `
	SELECT ods_code AS code, regexp_replace(regexp_replace(coalesce(ccg_name, name), '^NHS ', ''), ' CCG$', '') AS name, name AS official_name
	FROM nhs_areas WHERE level = 'sub_icb' ORDER BY name`;

export function subIcbs(db: QueryRunner): Promise<SubIcb[]> {
	return db.all<SubIcb>(subIcbsSql);
}

/** The sub-ICB locations that serve an LA (July 2022 boundaries; presence, not population share). */
export function laSubIcbCodesSql(laCode: string): string {
	return `SELECT DISTINCT nhs_code AS code FROM la_nhs_overlap
		WHERE la_code = ${areaList([laCode])} AND vintage = '${OVERLAP_VINTAGE}' AND nhs_level = 'sub_icb' ORDER BY code`;
}

export async function laSubIcbCodes(db: QueryRunner, laCode: string): Promise<string[]> {
	return (await db.all<{ code: string }>(laSubIcbCodesSql(laCode))).map((r) => r.code);
}

/** The latest month with the full set of sub-ICB measures (September 2022 in the shipped data). */
const latestSnapshotPeriodSql = `
	SELECT max(period) AS period FROM pub_autism_waits WHERE area_level = 'sub_icb' AND measure = 'asd_open_referrals'`;

export interface SnapshotCell {
	area_code: string;
	measure: SnapshotMeasure;
	breakdown: SnapshotAge;
	value: number | null;
	symbol: string | null;
}

const PERIOD = /^\d{4}-\d{2}$/;

/** Every sub-ICB's snapshot measures for all ages, 0–17 and 18 and over, in one month; suppressed cells keep their symbol. */
function snapshotSql(period: string): string {
	if (!PERIOD.test(period)) throw new Error(`Not a month: ${JSON.stringify(period)}`);
	return `SELECT area_code, measure, breakdown, value, symbol FROM pub_autism_waits
		WHERE area_level = 'sub_icb' AND period = ${quoteLiteral(period)}
		  AND breakdown IN (${SNAPSHOT_AGES.map(quoteLiteral).join(', ')})
		  AND measure IN (${SNAPSHOT_MEASURES.map(quoteLiteral).join(', ')})
		ORDER BY area_code, measure, breakdown`;
}

export interface Snapshot {
	period: string;
	cells: SnapshotCell[];
}

export async function snapshot(db: QueryRunner): Promise<Snapshot | null> {
	const period = (await db.all<{ period: string | null }>(latestSnapshotPeriodSql))[0]?.period;
	if (!period) return null;
	return { period, cells: await db.all<SnapshotCell>(snapshotSql(period)) };
}

export interface SeriesCell {
	area_code: string;
	area_level: string;
	period: string;
	breakdown: SeriesBand;
	value: number | null;
	symbol: string | null;
	source_file: string;
}

/** Monthly % of patients waiting ≥ 13 weeks whose first appointment came after more than 13 weeks, for CCGs / sub-ICBs and England. */
function seriesSql(codes: readonly string[]): string {
	return `SELECT area_code, area_level, period, breakdown, value, symbol, source_file FROM pub_autism_waits
		WHERE measure = 'asd_first_appt_after_13w_pc' AND breakdown IN (${SERIES_BANDS.map(quoteLiteral).join(', ')})
		  AND (area_level = 'national' OR (area_level IN ('ccg', 'sub_icb') AND area_code IN (${areaList(codes)})))
		ORDER BY area_code, breakdown, period`;
}

export function series(db: QueryRunner, codes: readonly string[]): Promise<SeriesCell[]> {
	return db.all<SeriesCell>(seriesSql(codes));
}

/** How many of the sub-ICB snapshot's counts and %s for ages 0 to 17 NHS England suppressed ("*"), of all published. */
const childSuppressionSql = `
	SELECT count(*) FILTER (WHERE symbol = '*') AS suppressed, count(*) AS cells FROM pub_autism_waits
	WHERE area_level = 'sub_icb' AND breakdown = '0 to 17'`;

export async function childSuppression(db: QueryRunner): Promise<{ suppressed: number; cells: number }> {
	const row = (await db.all<{ suppressed: number; cells: number }>(childSuppressionSql))[0];
	return { suppressed: Number(row?.suppressed ?? 0), cells: Number(row?.cells ?? 0) };
}
