/**
 * Suspensions and permanent exclusions from the local (record-level) extract, by SEN status, primary need, NC year or
 * quadrant, with pupil headcounts from local_school_pupils as denominators. Counts come back raw: they must go through
 * suppressCounts (see $lib/sections/exclusions/local-charts) before anyone sees them.
 */
import type { QueryRunner } from '$lib/db/runner';

export const LOCAL_EXCLUSIONS_DATASETS = ['local_exclusions', 'local_school_pupils'] as const;

/** Dimensions a breakdown can use: whitelisted column names, so nothing else reaches SQL. */
export const LOCAL_EXCLUSION_DIMS = {
	sen_status: { label: 'SEN status', hasDenominator: true },
	/** Pupils with SEN only (pupils with no SEN have no primary need). */
	primary_need: { label: 'Primary need', hasDenominator: false },
	nc_year: { label: 'National curriculum year', hasDenominator: true },
	quadrant_code: { label: 'Quadrant of the school', hasDenominator: true }
} as const;
export type LocalExclusionDim = keyof typeof LOCAL_EXCLUSION_DIMS;

const ACADEMIC_YEAR = /^\d{4}\/\d{2}$/;
function checkYear(year: string): string {
	if (!ACADEMIC_YEAR.test(year)) throw new Error(`Not an academic year (YYYY/YY): ${JSON.stringify(year)}`);
	return year;
}

export interface LocalExclusionYear {
	academic_year: string;
	/** The latest event date in the year; the year is partial when it is before 31 August of its end year. */
	last_event: string;
	partial: boolean;
}

const localExclusionYearsSql = `
	SELECT academic_year, CAST(max(start_date) AS VARCHAR) AS last_event,
	       max(start_date) < make_date(CAST(substr(academic_year, 1, 4) AS INTEGER) + 1, 7, 1) AS partial
	FROM local_exclusions GROUP BY academic_year ORDER BY academic_year`;

export function localExclusionYears(db: QueryRunner): Promise<LocalExclusionYear[]> {
	return db.all<LocalExclusionYear>(localExclusionYearsSql);
}

export interface LocalExclusionCounts {
	category: string;
	suspensions: number;
	permanent: number;
	pupils_suspended: number;
	/** Pupils on roll in the category (null where there is no denominator, e.g. primary need). */
	headcount: number | null;
}

function localExclusionCountsSql(year: string, dim: LocalExclusionDim): string {
	const y = checkYear(year);
	if (!(dim in LOCAL_EXCLUSION_DIMS)) throw new Error(`Not a breakdown: ${dim}`);
	const events = `
		SELECT COALESCE(CAST(${dim} AS VARCHAR), 'Not recorded') AS category,
		       count(*) FILTER (WHERE exclusion_type = 'SUSPENSION') AS suspensions,
		       count(*) FILTER (WHERE exclusion_type = 'PERMANENT') AS permanent,
		       count(DISTINCT pupil_id) FILTER (WHERE exclusion_type = 'SUSPENSION') AS pupils_suspended
		FROM local_exclusions WHERE academic_year = '${y}'${dim === 'primary_need' ? ` AND sen_status <> 'NO_SEN'` : ''} GROUP BY 1`;
	if (!LOCAL_EXCLUSION_DIMS[dim].hasDenominator) return `SELECT *, NULL::BIGINT AS headcount FROM (${events}) ORDER BY category`;
	return `
		WITH ev AS (${events}),
		den AS (SELECT CAST(${dim} AS VARCHAR) AS category, sum(pupils) AS headcount FROM local_school_pupils WHERE academic_year = '${y}' GROUP BY 1)
		SELECT COALESCE(den.category, ev.category) AS category, COALESCE(ev.suspensions, 0) AS suspensions, COALESCE(ev.permanent, 0) AS permanent,
		       COALESCE(ev.pupils_suspended, 0) AS pupils_suspended, den.headcount
		FROM den FULL JOIN ev ON ev.category = den.category
		ORDER BY ${dim === 'nc_year' ? 'TRY_CAST(COALESCE(den.category, ev.category) AS INTEGER)' : 'COALESCE(den.category, ev.category)'}`;
}

export function localExclusionCounts(db: QueryRunner, year: string, dim: LocalExclusionDim): Promise<LocalExclusionCounts[]> {
	return db.all<LocalExclusionCounts>(localExclusionCountsSql(year, dim));
}
