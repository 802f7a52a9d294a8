/**
 * Record quality in the local EHC plan caseload: active plans past their annual review date (over 12 and over 24
 * months, see $lib/local/overdue-review for the rule), plans whose placement is not recorded, and plans naming a closed
 * school. Counts come back raw and must be suppressed before display; the record list is for the caseworker only and
 * is never part of published output.
 */
import type { QueryRunner } from '$lib/db/runner';
import { assertIsoDate, reviewOverdueSql } from '$lib/local/overdue-review';
import { referenceDateSql } from './post19-local';

export const LOCAL_RECORD_DATASETS = ['local_ehc_plans'] as const;

/** The date the plans table is as of: its latest plan, review or cease date (null when it has no plans). */
export async function plansAsOf(db: QueryRunner): Promise<string | null> {
	return (await db.all<{ reference_date: string | null }>(referenceDateSql))[0]?.reference_date ?? null;
}

export interface RecordQualityCounts {
	quadrant: string;
	active: number;
	overdue_12: number;
	overdue_24: number;
	placement_unknown: number;
	closed_school: number;
}

const flags = (asOf: string) => `
	${reviewOverdueSql(asOf, 12)} AS overdue_12,
	${reviewOverdueSql(asOf, 24)} AS overdue_24,
	(setting_group = 'placement_unknown') AS placement_unknown,
	COALESCE(establishment_closed, false) AS closed_school`;

/** Plans active on the census date, by quadrant of residence. */
function recordQualitySql(asOf: string): string {
	return `
		SELECT quadrant_code AS quadrant, count(*) AS active,
		       count(*) FILTER (WHERE overdue_12) AS overdue_12, count(*) FILTER (WHERE overdue_24) AS overdue_24,
		       count(*) FILTER (WHERE placement_unknown) AS placement_unknown, count(*) FILTER (WHERE closed_school) AS closed_school
		FROM (SELECT quadrant_code, ${flags(asOf)} FROM local_ehc_plans WHERE status = 'active')
		GROUP BY quadrant_code ORDER BY quadrant_code`;
}

export function recordQuality(db: QueryRunner, asOf: string): Promise<RecordQualityCounts[]> {
	return db.all<RecordQualityCounts>(recordQualitySql(asOf));
}

export interface FlaggedRecord {
	plan_id: string;
	quadrant_code: string;
	locality_code: string;
	setting_group: string;
	establishment_code: string | null;
	plan_start_date: string;
	last_review_date: string | null;
	overdue_12: boolean;
	overdue_24: boolean;
	placement_unknown: boolean;
	closed_school: boolean;
}

/** Every active plan with at least one flag, by pseudonymous id: for the caseworker's list, never for publication. */
function flaggedRecordsSql(asOf: string): string {
	assertIsoDate(asOf);
	return `
		SELECT * FROM (
			SELECT plan_id, quadrant_code, locality_code, setting_group, establishment_code,
			       CAST(plan_start_date AS VARCHAR) AS plan_start_date, CAST(last_review_date AS VARCHAR) AS last_review_date, ${flags(asOf)}
			FROM local_ehc_plans WHERE status = 'active')
		WHERE overdue_12 OR placement_unknown OR closed_school
		ORDER BY plan_id`;
}

export function flaggedRecords(db: QueryRunner, asOf: string): Promise<FlaggedRecord[]> {
	return db.all<FlaggedRecord>(flaggedRecordsSql(asOf));
}
