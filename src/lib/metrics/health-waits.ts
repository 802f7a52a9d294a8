/**
 * NHS England children's community health services waiting lists (table pub_community_health_waits): audiology,
 * community paediatrics, occupational therapy and speech and language therapy, by ICB, NHS region and England,
 * January–October 2023; and which ICBs serve an LA, with the share of the LA each covers where the lookups allow.
 */
import type { QueryRunner } from '$lib/db/runner';
import { quoteLiteral } from '$lib/db/runner';
import { areaList } from './sql';

export const HEALTH_WAITS_DATASETS = ['nhs_areas', 'la_nhs_overlap', 'community_health_waits'] as const;

export const SERVICES = ['Speech and language therapy', 'Occupational therapy', 'Community paediatrics', 'Audiology'] as const;
export type Service = (typeof SERVICES)[number];

const WAIT_MEASURES = ['chs_waiting_total', 'chs_waiting_18_52w', 'chs_waiting_52w_plus', 'chs_waiting_over_18w_pc'] as const;
export type WaitMeasure = (typeof WAIT_MEASURES)[number];

export interface LaIcb {
	code: string;
	/** Without "NHS " and " Integrated Care Board", e.g. "Mid and South Essex". */
	name: string;
	/** The sub-ICB locations of this ICB that overlap the LA (July 2022 boundaries). */
	sub_icbs: string[];
	/**
	 * Share of the LA's 2011 LSOAs in this ICB's CCGs (April 2020 CCGs, ONS best fit), 0–1; null when a 2020 CCG of
	 * the LA has no ICB in the lookup (merged before April 2021), so the shares cannot be added up honestly.
	 */
	share_of_la: number | null;
}

/**
 * The ICBs whose sub-ICB locations overlap an LA (the 2022 boundary overlap, presence only), with each ICB's share of
 * the LA from the 2020 CCG → LA LSOA counts (each April 2020 CCG lies in one ICB through its July 2022 successor).
 */
function laIcbsSql(laCode: string): string {
	const la = areaList([laCode]);
	return `WITH present AS (
			SELECT n.icb_code AS code, any_value(n.icb_name) AS official, list_sort(list(DISTINCT o.nhs_code)) AS sub_icbs
			FROM la_nhs_overlap o JOIN nhs_areas n ON n.ods_code = o.nhs_code AND n.level = 'sub_icb'
			WHERE o.la_code = ${la} AND o.vintage = '2022' AND o.nhs_level = 'sub_icb'
			GROUP BY n.icb_code
		), ccg20 AS (
			SELECT c.icb_code, o.share_of_la FROM la_nhs_overlap o LEFT JOIN nhs_areas c ON c.ods_code = o.nhs_code AND c.level = 'ccg'
			WHERE o.la_code = ${la} AND o.vintage = '2020' AND o.nhs_level = 'ccg'
		), complete AS (SELECT count(*) > 0 AND count(*) = count(icb_code) AS ok FROM ccg20)
		SELECT p.code, regexp_replace(regexp_replace(p.official, '^NHS ', ''), ' Integrated Care Board$', '') AS name, p.sub_icbs,
			CASE WHEN (SELECT ok FROM complete) THEN coalesce((SELECT sum(share_of_la) FROM ccg20 WHERE ccg20.icb_code = p.code), 0) END AS share_of_la
		FROM present p ORDER BY share_of_la DESC NULLS LAST, name`;
}

export async function laIcbs(db: QueryRunner, laCode: string): Promise<LaIcb[]> {
	const rows = await db.all<LaIcb & { sub_icbs: unknown }>(laIcbsSql(laCode));
	return rows.map((r) => ({ ...r, sub_icbs: Array.from(r.sub_icbs as Iterable<string>).map(String) }));
}

export interface IcbName {
	code: string;
	name: string;
}

/** Every ICB (July 2022), by name. */
const icbNamesSql = `
	SELECT ods_code AS code, regexp_replace(regexp_replace(name, '^NHS ', ''), ' Integrated Care Board$', '') AS name
	FROM nhs_areas WHERE level = 'icb' ORDER BY name`;

export function icbNames(db: QueryRunner): Promise<IcbName[]> {
	return db.all<IcbName>(icbNamesSql);
}

export interface WaitCell {
	area_code: string;
	area_level: 'icb' | 'national';
	period: string;
	service: Service;
	measure: WaitMeasure;
	value: number | null;
	symbol: string | null;
}

/** ICB and England waits, every service and measure, for the given ICBs (all months) or for every ICB in one month; England always. A not-available cell keeps its symbol ("NA"). */
function waitCellsSql(filter: { codes: readonly string[] } | { period: string }): string {
	const where =
		'codes' in filter
			? `(area_level = 'national' OR (area_level = 'icb' AND area_code IN (${areaList(filter.codes)})))`
			: `area_level IN ('icb', 'national') AND period = ${quoteLiteral(month(filter.period))}`;
	return `SELECT area_code, area_level, period, breakdown AS service, measure, value, symbol FROM pub_community_health_waits
		WHERE ${where} AND breakdown_topic = 'Service'
		  AND breakdown IN (${SERVICES.map(quoteLiteral).join(', ')}) AND measure IN (${WAIT_MEASURES.map(quoteLiteral).join(', ')})
		ORDER BY area_level, area_code, service, measure, period`;
}

export function waitCells(db: QueryRunner, filter: { codes: readonly string[] } | { period: string }): Promise<WaitCell[]> {
	return db.all<WaitCell>(waitCellsSql(filter));
}

/** Every month published, in order (January – October 2023 in the shipped data). */
const waitPeriodsSql = `SELECT DISTINCT period FROM pub_community_health_waits WHERE area_level = 'national' ORDER BY period`;

export async function waitPeriods(db: QueryRunner): Promise<string[]> {
	return (await db.all<{ period: string }>(waitPeriodsSql)).map((r) => r.period);
}

function month(period: string): string {
	if (!/^\d{4}-\d{2}$/.test(period)) throw new Error(`Not a month: ${JSON.stringify(period)}`);
	return period;
}
