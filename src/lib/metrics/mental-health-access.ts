/**
 * MHS95 (table pub_cyp_mental_health_access): children and young people under 18 supported by NHS-funded mental
 * health services (at least one contact in the 12 months to each month end), by CCG / sub-ICB location of residence
 * and for England.
 */
import type { QueryRunner } from '$lib/db/runner';
import { quoteLiteral } from '$lib/db/runner';
import { areaList } from './sql';

export const MENTAL_HEALTH_ACCESS_DATASETS = ['nhs_areas', 'la_nhs_overlap', 'cyp_mental_health_access'] as const;

export interface AccessCell {
	area_code: string;
	area_level: 'ccg' | 'sub_icb' | 'national';
	/** The month the 12 months end in, YYYY-MM. */
	period: string;
	value: number | null;
	symbol: string | null;
}

/** MHS95 for the given CCG / sub-ICB codes (the same ODS code before and after July 2022) and England, in period order. */
function accessSql(codes: readonly string[]): string {
	return `SELECT area_code, area_level, period, value, symbol FROM pub_cyp_mental_health_access
		WHERE measure = 'mhs95_cyp_supported'
		  AND (area_level = 'national' OR (area_level IN ('ccg', 'sub_icb') AND area_code IN (${areaList(codes)})))
		ORDER BY area_level = 'national', area_code, period`;
}

export function access(db: QueryRunner, codes: readonly string[]): Promise<AccessCell[]> {
	return db.all<AccessCell>(accessSql(codes));
}

/** MHS95 for every CCG / sub-ICB location and England in the given months (for comparing change across areas). */
function accessInPeriodsSql(periods: readonly string[]): string {
	for (const p of periods) if (!/^\d{4}-\d{2}$/.test(p)) throw new Error(`Not a month: ${JSON.stringify(p)}`);
	return `SELECT area_code, area_level, period, value, symbol FROM pub_cyp_mental_health_access
		WHERE measure = 'mhs95_cyp_supported' AND period IN (${periods.map(quoteLiteral).join(', ')})
		ORDER BY area_level = 'national', area_code, period`;
}

export function accessInPeriods(db: QueryRunner, periods: readonly string[]): Promise<AccessCell[]> {
	return periods.length ? db.all<AccessCell>(accessInPeriodsSql(periods)) : Promise.resolve([]);
}

/** The months (12-month periods' last months) published for England and for CCGs / sub-ICB locations. */
const accessSpansSql = `SELECT area_level = 'national' AS england, min(period) AS first, max(period) AS last
	FROM pub_cyp_mental_health_access WHERE measure = 'mhs95_cyp_supported' GROUP BY 1 ORDER BY 1`;

export interface AccessSpans {
	england: { first: string; last: string } | null;
	local: { first: string; last: string } | null;
}

export async function accessSpans(db: QueryRunner): Promise<AccessSpans> {
	const rows = await db.all<{ england: boolean; first: string; last: string }>(accessSpansSql);
	const pick = (e: boolean) => {
		const r = rows.find((x) => Boolean(x.england) === e);
		return r ? { first: r.first, last: r.last } : null;
	};
	return { england: pick(true), local: pick(false) };
}
