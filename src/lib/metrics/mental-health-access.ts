/**
 * MHS95 (table pub_cyp_mental_health_access): children and young people under 18 supported by NHS-funded mental
 * health services (at least one contact in the 12 months to each month end), by CCG / sub-ICB location of residence
 * and for England.
 */
import type { QueryRunner } from '$lib/db/runner';
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
export function accessSql(codes: readonly string[]): string {
	return `SELECT area_code, area_level, period, value, symbol FROM pub_cyp_mental_health_access
		WHERE measure = 'mhs95_cyp_supported'
		  AND (area_level = 'national' OR (area_level IN ('ccg', 'sub_icb') AND area_code IN (${areaList(codes)})))
		ORDER BY area_level = 'national', area_code, period`;
}

export function access(db: QueryRunner, codes: readonly string[]): Promise<AccessCell[]> {
	return db.all<AccessCell>(accessSql(codes));
}
