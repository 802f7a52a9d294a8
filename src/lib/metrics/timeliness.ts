/**
 * Statutory timeliness from published DfE SEN2 data: new EHC plans issued within 20 weeks (with and without exception
 * cases, with their counts so rates carry confidence intervals), requests decided within 6 weeks, annual reviews
 * held when due and decided within 4 weeks (2024), and the SEND Tribunal appeal rate.
 */
import type { QueryRunner } from '$lib/db/runner';
import { areaList } from './sql';

export const TIMELINESS_DATASETS = ['ehcp_timeliness', 'ehcp_requests_assessments', 'ehcp_annual_reviews', 'send_tribunal_appeals'] as const;

/** One area-year with the figures a rate needs: the published %, and the numerator and denominator it came from. */
export interface RateRow {
	area_code: string;
	year: number;
	/** The published percentage, or the computed one where `computed`. */
	pc: number | null;
	numerator: number | null;
	denominator: number | null;
	symbol: string | null;
	computed: boolean;
}

/** `nilIsZero`: the numerator's "-" (published as nil, not suppressed) is 0, as in the tribunal table. */
function rateSql(table: string, pc: string, numerator: string, denominator: string, where: string, nilIsZero = false): string {
	const num = nilIsZero ? `coalesce(value, CASE WHEN symbol = '-' THEN 0 END)` : 'value';
	return `
		SELECT area_code, year,
		       max(CASE WHEN measure = '${pc}' THEN value END) AS pc,
		       max(CASE WHEN measure = '${numerator}' THEN ${num} END) AS numerator,
		       max(CASE WHEN measure = '${denominator}' THEN value END) AS denominator,
		       max(CASE WHEN measure = '${pc}' THEN symbol END) AS symbol,
		       false AS computed
		FROM ${table}
		WHERE breakdown_topic = 'Total' AND measure IN ('${pc}', '${numerator}', '${denominator}') AND ${where}
		GROUP BY area_code, year ORDER BY area_code, year`;
}

const inAreas = (codes: readonly string[]) => `area_code IN (${areaList(codes)})`;

/** % of new plans issued within 20 weeks, including exception cases, 2014–2024. */
const within20Sql = (where: string) => rateSql('pub_ehcp_timeliness', 'pc_within_20_weeks', 'plans_within_20_weeks', 'plans_issued', where);
/** The same excluding exception cases: plans issued within 20 weeks ÷ plans issued, both without exception cases. */
const within20ExclSql = (where: string) =>
	rateSql('pub_ehcp_timeliness', 'pc_within_20_weeks_excl_exceptions', 'plans_within_20_weeks_excl_exceptions', 'plans_issued_excl_exceptions', where);
export interface TimelinessSeries {
	within20: RateRow[];
	within20Excl: RateRow[];
	within6: RateRow[];
}

/** % of requests for an assessment decided within 6 weeks (2019–2024). */
async function within6Weeks(db: QueryRunner, where: string): Promise<RateRow[]> {
	// DfE publishes within and after 6 weeks: the denominator is their sum (requests decided).
	const rows = await db.all<RateRow>(
		rateSql('pub_ehcp_requests_assessments', 'requests_decided_within_6_weeks_pc', 'requests_decided_within_6_weeks', 'requests_decided_after_6_weeks', where)
	);
	return rows.map((r) => ({ ...r, denominator: r.numerator !== null && r.denominator !== null ? r.numerator + r.denominator : null }));
}

export async function timelinessSeries(db: QueryRunner, codes: readonly string[]): Promise<TimelinessSeries> {
	const where = inAreas(codes);
	const [within20, within20Excl, within6] = await Promise.all([
		db.all<RateRow>(within20Sql(where)),
		db.all<RateRow>(within20ExclSql(where)),
		within6Weeks(db, where)
	]);
	return { within20, within20Excl, within6 };
}

/** Every LA's 20-week figures for one year, for the funnel plot. */
export function within20AllLas(db: QueryRunner, year: number): Promise<RateRow[]> {
	return db.all<RateRow>(within20Sql(`area_level = 'la' AND year = ${Math.trunc(year)}`));
}

export interface AnnualReviewRow {
	area_code: string;
	year: number;
	reviews_expected: number | null;
	/** Meetings recorded for the plans, at any date (DfE's total_review_meeting). */
	review_meetings: number | null;
	/** Meetings recorded in 2024 or 2025: the reviews held for the 2024 round (not meetings before 2024). */
	review_meetings_held: number | null;
	review_meetings_before_2024: number | null;
	decisions_within_4_weeks: number | null;
	decisions_after_4_weeks: number | null;
	decisions_within_4_weeks_pc: number | null;
	symbol: string | null;
}

/**
 * Annual reviews in 2024 (the only year published): reviews due (`reviews_expected`), meetings recorded
 * (`review_meetings`, any date), meetings held for this round (`review_meetings_held` = meetings in 2024 + in 2025;
 * a meeting before 2024 is an earlier year's review, not this one held when due), and decisions made within / after
 * 4 weeks of the meeting.
 */
function annualReviewsSql(codes: readonly string[]): string {
	const m = (measure: string, as: string) => `max(CASE WHEN measure = '${measure}' THEN value END) AS ${as}`;
	return `
		SELECT area_code, year, ${m('reviews_expected', 'reviews_expected')}, ${m('review_meetings', 'review_meetings')},
		       max(CASE WHEN measure = 'review_meetings_2024' THEN value END) + max(CASE WHEN measure = 'review_meetings_2025' THEN value END) AS review_meetings_held,
		       ${m('review_meetings_before_2024', 'review_meetings_before_2024')},
		       ${m('review_decisions_within_4_weeks', 'decisions_within_4_weeks')}, ${m('review_decisions_after_4_weeks', 'decisions_after_4_weeks')},
		       ${m('review_decisions_within_4_weeks_pc', 'decisions_within_4_weeks_pc')},
		       max(CASE WHEN measure = 'reviews_expected' THEN symbol END) AS symbol
		FROM pub_ehcp_annual_reviews WHERE breakdown_topic = 'Total' AND ${inAreas(codes)}
		GROUP BY area_code, year ORDER BY area_code`;
}

export function annualReviews(db: QueryRunner, codes: readonly string[]): Promise<AnnualReviewRow[]> {
	return db.all<AnnualReviewRow>(annualReviewsSql(codes));
}

/**
 * SEND Tribunal appeal rate: appeals registered ÷ appealable decisions (DfE/MoJ's definition: refusals to assess +
 * decisions not to issue + plans held in January + plans ceased as needs met). LA and England as published; a region
 * as Σ appeals ÷ Σ appealable decisions over its LAs with both figures (the file has no region rows, only headings).
 * An appeals cell "-" is nil (the LA's rate is published as 0.00%), so it counts as 0 appeals, never drops the LA.
 */
function appealRateSql(codes: readonly string[], regionCode: string | null): string {
	const appeals = (where: string) => rateSql('pub_send_tribunal_appeals', 'appeal_rate', 'appeals_registered', 'appealable_decisions', where, true);
	const published = appeals(inAreas(codes));
	if (!regionCode) return published;
	return `
		SELECT * FROM (${published})
		UNION ALL
		SELECT ${areaList([regionCode])} AS area_code, t.year,
		       sum(t.numerator) / sum(t.denominator) * 100 AS pc, sum(t.numerator) AS numerator, sum(t.denominator) AS denominator,
		       NULL AS symbol, true AS computed
		FROM (${appeals(`area_level = 'la'`)}) t
		JOIN areas a ON a.area_code = t.area_code
		WHERE a.region_code = ${areaList([regionCode])} AND t.numerator IS NOT NULL AND t.denominator IS NOT NULL
		GROUP BY t.year
		ORDER BY area_code, year`;
}

export function appealRate(db: QueryRunner, codes: readonly string[], regionCode: string | null): Promise<RateRow[]> {
	return db.all<RateRow>(appealRateSql(codes, regionCode));
}
