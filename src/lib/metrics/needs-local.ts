/**
 * Needs profiles from the local record-level extract (active EHC plans on the census date): counts by primary need,
 * age band, quadrant, CCG and setting, each filtered by the selections made in the OTHER dimensions (linked views),
 * with the resident population for rates per 1,000 where the extract gives one. Counts returned here are raw: they
 * must go through suppressCounts (src/lib/needs/local-charts.ts does) before anything shows them.
 */
import { quoteLiteral, type QueryRunner } from '$lib/db/runner';

export const NEEDS_LOCAL_DATASETS = ['local_ehc_plans', 'local_population', 'local_post16_places'] as const;

export type LocalDimension = 'need' | 'age' | 'quadrant' | 'ccg' | 'setting';
export const SELECTABLE: LocalDimension[] = ['need', 'age', 'quadrant', 'ccg'];
export type LocalSelection = Partial<Record<LocalDimension, string>>;

/** Age bands as the published age groups; bounds inclusive. */
export const AGE_BANDS: { band: string; from: number; to: number }[] = [
	{ band: 'Under 5', from: 0, to: 4 },
	{ band: '5 to 10', from: 5, to: 10 },
	{ band: '11 to 15', from: 11, to: 15 },
	{ band: '16 to 19', from: 16, to: 19 },
	{ band: '20 to 25', from: 20, to: 25 }
];

const ageBandSql = (column: string) => `CASE ${AGE_BANDS.map((b) => `WHEN ${column} BETWEEN ${b.from} AND ${b.to} THEN '${b.band}'`).join(' ')} END`;

/** The SQL expression for each dimension over local_ehc_plans; a missing need is 'UNKNOWN', as DfE publishes it. */
const PLAN_EXPR: Record<LocalDimension, string> = {
	need: `coalesce(primary_need, 'UNKNOWN')`,
	age: ageBandSql('age_at_census'),
	quadrant: 'quadrant_code',
	ccg: 'ccg_code',
	setting: 'setting_group'
};
/** The same over local_population (need and setting do not restrict the population). */
const POP_EXPR: Partial<Record<LocalDimension, string>> = { age: ageBandSql('age'), quadrant: 'quadrant_code', ccg: 'ccg_code' };

const SAFE_VALUE = /^[A-Za-z0-9_ -]{1,40}$/;

/** Keeps only well-formed selection values (they come from the URL), so user text never reaches SQL unchecked. */
export function cleanSelection(raw: LocalSelection): LocalSelection {
	return Object.fromEntries(Object.entries(raw).filter(([k, v]) => SELECTABLE.includes(k as LocalDimension) && typeof v === 'string' && SAFE_VALUE.test(v))) as LocalSelection;
}

function where(selection: LocalSelection, exclude: LocalDimension, exprs: Partial<Record<LocalDimension, string>>): string {
	const clean = cleanSelection(selection);
	return (Object.entries(clean) as [LocalDimension, string][])
		.filter(([dim]) => dim !== exclude && exprs[dim])
		.map(([dim, value]) => ` AND ${exprs[dim]} = ${quoteLiteral(value)}`)
		.join('');
}

export function localCountsSql(dim: LocalDimension, selection: LocalSelection): string {
	return `
		SELECT ${PLAN_EXPR[dim]} AS category, count(*)::INTEGER AS count
		FROM local_ehc_plans WHERE status = 'active'${where(selection, dim, PLAN_EXPR)}
		GROUP BY 1 ORDER BY 1`;
}

/** Population by the dimension's categories (or one row 'All' when the dimension does not split the population). */
export function localPopulationSql(dim: LocalDimension, selection: LocalSelection): string {
	const expr = POP_EXPR[dim] ?? `'All'`;
	return `
		SELECT ${expr} AS category, sum(population)::INTEGER AS population
		FROM local_population WHERE true${where(selection, dim, POP_EXPR)}
		GROUP BY 1 ORDER BY 1`;
}

export interface LocalCount {
	category: string;
	count: number;
}
export interface LocalPopulation {
	category: string;
	population: number;
}

export interface LocalProfile {
	dim: LocalDimension;
	counts: LocalCount[];
	population: LocalPopulation[];
}

/** One query pair per chart: every chart is recomputed by DuckDB when the selection changes. */
export async function localProfiles(db: QueryRunner, selection: LocalSelection, dims: LocalDimension[] = ['need', 'age', 'quadrant', 'ccg', 'setting']): Promise<LocalProfile[]> {
	return Promise.all(
		dims.map(async (dim) => {
			const [counts, population] = await Promise.all([db.all<LocalCount>(localCountsSql(dim, selection)), db.all<LocalPopulation>(localPopulationSql(dim, selection))]);
			return { dim, counts, population };
		})
	);
}

export interface UnmatchedNeed {
	quadrant: string;
	need: string;
	/** Active plans aged 16–25 in the quadrant with this primary need. */
	young_people: number;
	/** Places commissioned in the quadrant in the academic year with this need focus and an age range covering theirs. */
	need_places: number;
	/** Of young_people, how many have no need-focused place for their age in their quadrant. */
	unmatched: number;
}

/**
 * Young people (16–25) with plans whose primary need has no commissioned place with that need focus, for their age, in
 * their quadrant, in the academic year of the census. MIXED places (open to any need) are not counted as a match:
 * they exist everywhere and say nothing about specialist provision.
 */
export function unmatchedNeedSql(academicYear: string): string {
	if (!/^\d{4}\/\d{2}$/.test(academicYear)) throw new Error(`Not an academic year: ${academicYear}`);
	return `
		WITH yp AS (
			SELECT plan_id, quadrant_code, coalesce(primary_need, 'UNKNOWN') AS need, age_at_census AS age
			FROM local_ehc_plans WHERE status = 'active' AND age_at_census BETWEEN 16 AND 25
		),
		matched AS (
			SELECT yp.plan_id, coalesce(sum(p.places), 0) AS places
			FROM yp LEFT JOIN local_post16_places p ON p.quadrant_code = yp.quadrant_code AND p.need_focus = yp.need
				AND yp.age BETWEEN p.age_from AND p.age_to AND p.academic_year = ${quoteLiteral(academicYear)} AND p.places > 0
			GROUP BY yp.plan_id
		)
		SELECT yp.quadrant_code AS quadrant, yp.need, count(*)::INTEGER AS young_people,
			max(m.places)::INTEGER AS need_places, count(*) FILTER (WHERE m.places = 0)::INTEGER AS unmatched
		FROM yp JOIN matched m USING (plan_id)
		GROUP BY 1, 2 ORDER BY 1, 2`;
}

export function unmatchedNeed(db: QueryRunner, academicYear = '2024/25'): Promise<UnmatchedNeed[]> {
	return db.all<UnmatchedNeed>(unmatchedNeedSql(academicYear));
}
