/**
 * The overview's headline series for a set of areas: active EHC plans (count) at each January census, % of pupils
 * with an EHC plan, and % of new plans issued within 20 weeks. One query per metric; each returns every year
 * published for the areas asked, suppressed figures with their symbol.
 */
import type { QueryRunner } from '$lib/db/runner';
import { areaList } from './sql';

export const HEADLINE_DATASETS = ['ehcp_caseload', 'ehcp_timeliness', 'pupils_sen'] as const;

export interface SeriesPoint {
	area_code: string;
	period: string;
	year: number;
	value: number | null;
	symbol: string | null;
	source_file: string;
}

function seriesSql(table: string, measure: string, codes: readonly string[], fromYear: number): string {
	return `
		SELECT area_code, period, year, value, symbol, source_file FROM ${table}
		WHERE measure = '${measure}' AND breakdown_topic = 'Total' AND breakdown = 'Total'
		  AND area_code IN (${areaList(codes)}) AND year >= ${fromYear}
		ORDER BY area_code, year`;
}

/** Active EHC plans at the January census, 2019–2025 (the years with one consistent definition). */
const activePlansSql = (codes: readonly string[]) => seriesSql('pub_ehcp_caseload', 'ehc_plans', codes, 2019);
/** % of pupils with an EHC plan at the January census (school census), 2019 onwards. */
const pupilsWithPlanSql = (codes: readonly string[]) => seriesSql('pub_pupils_sen', 'pc_pupils_ehc_plan', codes, 2019);
/** % of new EHC plans issued within 20 weeks, including exception cases, 2014 onwards. */
const within20WeeksSql = (codes: readonly string[]) => seriesSql('pub_ehcp_timeliness', 'pc_within_20_weeks', codes, 2014);
/** The same, excluding exception cases. */
const within20WeeksExclSql = (codes: readonly string[]) => seriesSql('pub_ehcp_timeliness', 'pc_within_20_weeks_excl_exceptions', codes, 2014);

export interface HeadlineSeries {
	activePlans: SeriesPoint[];
	pupilsWithPlan: SeriesPoint[];
	within20Weeks: SeriesPoint[];
	within20WeeksExcl: SeriesPoint[];
}

export async function headlineSeries(db: QueryRunner, codes: readonly string[]): Promise<HeadlineSeries> {
	const [activePlans, pupilsWithPlan, within20Weeks, within20WeeksExcl] = await Promise.all([
		db.all<SeriesPoint>(activePlansSql(codes)),
		db.all<SeriesPoint>(pupilsWithPlanSql(codes)),
		db.all<SeriesPoint>(within20WeeksSql(codes)),
		db.all<SeriesPoint>(within20WeeksExclSql(codes))
	]);
	return { activePlans, pupilsWithPlan, within20Weeks, within20WeeksExcl };
}
