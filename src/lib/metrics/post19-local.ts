/**
 * Local-extract figures for the 19–25 section: the plans that will be 19–25 in the next five years (today's 14–25-year-
 * olds), the ceasing rates observed by age, commissioned places open to 19–25-year-olds, and record-quality flags for
 * 19–25-year-olds. Raw counts: callers pass every count of people through suppressCounts before showing it.
 */
import type { QueryRunner } from '$lib/db/runner';

export const POST19_LOCAL_DATASETS = ['local_ehc_plans', 'local_post16_places'] as const;

/** The extract's reference (census) date: the latest date recorded in the caseload. */
export const referenceDateSql = `
	SELECT strftime(max(d), '%Y-%m-%d') AS reference_date FROM (
		SELECT max(plan_start_date) AS d FROM local_ehc_plans
		UNION ALL SELECT max(last_review_date) FROM local_ehc_plans
		UNION ALL SELECT max(ceased_date) FROM local_ehc_plans
	)`;

/** Active plans by age on the census date (14–25: those who can be 19–25 within five years), need and quadrant. */
const cohortSql = `
	SELECT age_at_census AS age, coalesce(primary_need, 'UNKNOWN') AS need, quadrant_code AS quadrant, count(*) AS plans
	FROM local_ehc_plans WHERE status = 'active' AND age_at_census BETWEEN 14 AND 25
	GROUP BY ALL ORDER BY age, need, quadrant`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function dateLiteral(date: string): string {
	if (!ISO_DATE.test(date)) throw new Error(`Not a date: ${JSON.stringify(date)}`);
	return `DATE '${date}'`;
}

/** For each age 14–25: plans that ceased at that age in the 12 months before `referenceDate`, and plans held at that age on it. */
function ceasingSql(referenceDate: string): string {
	const ref = dateLiteral(referenceDate);
	return `
		SELECT a.age,
			count(*) FILTER (WHERE p.status = 'ceased' AND p.age_at_cease = a.age AND p.ceased_date > ${ref} - INTERVAL 1 YEAR AND p.ceased_date <= ${ref}) AS ceased,
			count(*) FILTER (WHERE p.status = 'active' AND p.age_at_census = a.age) AS active
		FROM range(14, 26) AS a(age) CROSS JOIN local_ehc_plans p
		GROUP BY a.age ORDER BY a.age`;
}

/** Commissioned places whose age range reaches 19 or over, by academic year, quadrant, type and need focus. */
const post19PlacesSql = `
	SELECT academic_year, quadrant_code AS quadrant, provision_type, need_focus, age_from, age_to, sum(places) AS places
	FROM local_post16_places WHERE age_to >= 19
	GROUP BY ALL ORDER BY academic_year, quadrant, provision_type, need_focus`;

/**
 * Active plans held by 19–25-year-olds, by quadrant: all, placement not recorded, NEET (or not in education, notice to
 * cease), and plans more than a year old with no annual review in the 12 months before `referenceDate`.
 */
function recordQualitySql(referenceDate: string): string {
	const ref = dateLiteral(referenceDate);
	return `
		SELECT quadrant_code AS quadrant, count(*) AS plans,
			count(*) FILTER (WHERE setting_group = 'placement_unknown') AS placement_unknown,
			count(*) FILTER (WHERE setting_group = 'neet') AS neet,
			count(*) FILTER (WHERE plan_start_date <= ${ref} - INTERVAL 1 YEAR AND (last_review_date IS NULL OR last_review_date < ${ref} - INTERVAL 1 YEAR)) AS review_overdue
		FROM local_ehc_plans WHERE status = 'active' AND age_at_census BETWEEN 19 AND 25
		GROUP BY ALL ORDER BY quadrant`;
}

interface CohortRow {
	age: number;
	need: string;
	quadrant: string;
	plans: number;
}
interface CeasingRow {
	age: number;
	ceased: number;
	active: number;
}
export interface PlacesRow {
	academic_year: string;
	quadrant: string;
	provision_type: string;
	need_focus: string;
	age_from: number;
	age_to: number;
	places: number;
}
export interface QualityRow {
	quadrant: string;
	plans: number;
	placement_unknown: number;
	neet: number;
	review_overdue: number;
}

export interface Post19Local {
	referenceDate: string;
	cohort: CohortRow[];
	ceasing: CeasingRow[];
	places: PlacesRow[];
	quality: QualityRow[];
}

export async function post19Local(db: QueryRunner): Promise<Post19Local> {
	const referenceDate = (await db.all<{ reference_date: string | null }>(referenceDateSql))[0]?.reference_date;
	if (!referenceDate) throw new Error('The local extract has no EHC plan dates.');
	const [cohort, ceasing, places, quality] = await Promise.all([
		db.all<CohortRow>(cohortSql),
		db.all<CeasingRow>(ceasingSql(referenceDate)),
		db.all<PlacesRow>(post19PlacesSql),
		db.all<QualityRow>(recordQualitySql(referenceDate))
	]);
	return { referenceDate, cohort, ceasing, places, quality };
}
