/**
 * Needs profiles from the local record-level extract (active EHC plans on the census date): counts by primary need,
 * age band, quadrant, CCG and setting, each filtered by the selections made in the OTHER dimensions (linked views),
 * with the resident population for rates per 1,000 where the extract gives one. Counts returned here are raw: they
 * must go through suppressCounts (src/lib/sections/needs/local-charts.ts does) before anything shows them.
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
	return Object.fromEntries(
		Object.entries(raw).filter(([k, v]) => SELECTABLE.includes(k as LocalDimension) && typeof v === 'string' && SAFE_VALUE.test(v))
	) as LocalSelection;
}

function where(selection: LocalSelection, exclude: LocalDimension, exprs: Partial<Record<LocalDimension, string>>): string {
	const clean = cleanSelection(selection);
	return (Object.entries(clean) as [LocalDimension, string][])
		.filter(([dim]) => dim !== exclude && exprs[dim])
		.map(([dim, value]) => ` AND ${exprs[dim]} = ${quoteLiteral(value)}`)
		.join('');
}

/** Counts by one dimension straight from the rows: the reference the cube is checked against (tests, bench/). */
function localCountsSql(dim: LocalDimension, selection: LocalSelection): string {
	return `
		SELECT ${PLAN_EXPR[dim]} AS category, count(*)::INTEGER AS count
		FROM local_ehc_plans WHERE status = 'active'${where(selection, dim, PLAN_EXPR)}
		GROUP BY 1 ORDER BY 1`;
}

/** Population by the dimension's categories (or one row 'All' when the dimension does not split the population). */
function localPopulationSql(dim: LocalDimension, selection: LocalSelection): string {
	const expr = POP_EXPR[dim] ?? `'All'`;
	return `
		SELECT ${expr} AS category, sum(population)::INTEGER AS population
		FROM local_population WHERE true${where(selection, dim, POP_EXPR)}
		GROUP BY 1 ORDER BY 1`;
}

interface LocalCount {
	category: string;
	count: number;
}
interface LocalPopulation {
	category: string;
	population: number;
}

export interface LocalProfile {
	dim: LocalDimension;
	counts: LocalCount[];
	population: LocalPopulation[];
}

export const ALL_DIMENSIONS: LocalDimension[] = ['need', 'age', 'quadrant', 'ccg', 'setting'];

/**
 * The linked views only ever count active plans by these five dimensions, so DuckDB aggregates the rows once into
 * this cube (a few thousand cells however many plans) and every filter change queries the cube instead of the rows.
 * The cube's name carries the plans table's catalog id: a reloaded or replaced extract (the user's own files, or back
 * to the synthetic one) gets a new id, so its cube is built afresh and a stale one is never read.
 */
export const CUBE_PREFIX = 'local_needs_cube_';
const CUBE_EXPR: Record<LocalDimension, string> = { need: 'need', age: 'age', quadrant: 'quadrant', ccg: 'ccg', setting: 'setting' };
const PLANS_OID = `(SELECT table_oid FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'local_ehc_plans')`;

const cubeName = (oid: number) => `${CUBE_PREFIX}${oid}`;

function cubeSql(name: string): string {
	if (!name.startsWith(CUBE_PREFIX) || !/^[a-z0-9_]+$/.test(name)) throw new Error(`Not a cube name: ${name}`);
	return `
		CREATE TABLE IF NOT EXISTS ${name} AS
		SELECT ${ALL_DIMENSIONS.map((d) => `${PLAN_EXPR[d]} AS ${d}`).join(', ')}, count(*)::INTEGER AS n
		FROM local_ehc_plans WHERE status = 'active'
		GROUP BY ALL`;
}

/** The cube for the plans table as loaded now (building it if this extract has none yet); returns its name. */
export async function ensureNeedsCube(db: QueryRunner): Promise<string> {
	const [state] = await db.all<{ oid: number | null; cubes: string[] | null }>(`
		SELECT ${PLANS_OID} AS oid,
			(SELECT list(table_name) FROM duckdb_tables() WHERE schema_name = 'main' AND starts_with(table_name, '${CUBE_PREFIX}')) AS cubes`);
	if (state?.oid === null || state?.oid === undefined) throw new Error('The EHC plans table (local_ehc_plans) is not loaded');
	const name = cubeName(state.oid);
	if (state.cubes?.includes(name)) return name;
	for (const stale of state.cubes ?? []) await db.all(`DROP TABLE IF EXISTS ${stale}`);
	await db.all(cubeSql(name));
	return name;
}

/**
 * Everything one filter change needs, in one query (DuckDB's cost here is per query and per aggregate, not per cell):
 * each chart's counts from the cube and its population, each filtered by the selections in the OTHER dimensions (the
 * five dimensions are crossed with the cells, so one aggregate serves every chart), and the plans table's current id,
 * so a cube left over from a replaced extract is noticed.
 */
function linkedViewsSql(cube: string, selection: LocalSelection): string {
	const clean = Object.entries(cleanSelection(selection)) as [LocalDimension, string][];
	const others = (exprs: Partial<Record<LocalDimension, string>>) =>
		clean
			.filter(([d]) => exprs[d])
			.map(([d, v]) => ` AND (d.dim = '${d}' OR ${exprs[d]} = ${quoteLiteral(v)})`)
			.join('');
	const category = (exprs: Partial<Record<LocalDimension, string>>) =>
		`CASE d.dim ${ALL_DIMENSIONS.map((dim) => `WHEN '${dim}' THEN ${exprs[dim] ?? `'All'`}`).join(' ')} END`;
	return `
		WITH dims(dim) AS (VALUES ${ALL_DIMENSIONS.map((d) => `('${d}')`).join(', ')})
		SELECT 'count' AS kind, d.dim, ${category(CUBE_EXPR)} AS category, sum(n)::INTEGER AS value
		FROM ${cube}, dims d WHERE true${others(CUBE_EXPR)} GROUP BY 1, 2, 3
		UNION ALL
		SELECT 'population' AS kind, d.dim, ${category(POP_EXPR)} AS category, sum(population)::INTEGER AS value
		FROM local_population, dims d WHERE true${others(POP_EXPR)} GROUP BY 1, 2, 3
		UNION ALL
		SELECT 'source' AS kind, NULL, NULL, ${PLANS_OID}::INTEGER
		ORDER BY 1, 2, 3`;
}

interface LinkedViewRow {
	kind: 'count' | 'population' | 'source';
	dim: LocalDimension | null;
	category: string;
	value: number;
}

/** Cube in use by each runner (one DuckDB each), so a filter change is one query. */
const cubes = new WeakMap<QueryRunner, string>();

/** The linked views' data for a selection: one query over the cube, whatever the extract's size. */
export async function localProfiles(db: QueryRunner, selection: LocalSelection, dims: LocalDimension[] = ALL_DIMENSIONS): Promise<LocalProfile[]> {
	const run = async (cube: string) => {
		const rows = await db.all<LinkedViewRow>(linkedViewsSql(cube, selection));
		const source = rows.find((r) => r.kind === 'source')?.value;
		return source !== null && source !== undefined && cubeName(source) === cube ? rows : null;
	};
	const cached = cubes.get(db);
	// No cube yet, or a DuckDB that restarted without it: build it.
	let rows = cached ? await run(cached).catch(() => null) : null;
	if (!rows) {
		const cube = await ensureNeedsCube(db);
		cubes.set(db, cube);
		rows = await run(cube);
		if (!rows) throw new Error('The EHC plans table changed while the needs views were being counted; choose again');
	}
	const of = (kind: LinkedViewRow['kind'], dim: LocalDimension) => rows.filter((r) => r.kind === kind && r.dim === dim);
	return dims.map((dim) => ({
		dim,
		counts: of('count', dim).map((r) => ({ category: r.category, count: r.value })),
		population: of('population', dim).map((r) => ({ category: r.category, population: r.value }))
	}));
}

/** The same from the rows, one query pair per chart: what the views did before the cube; kept as its reference. */
export async function localProfilesFromRows(db: QueryRunner, selection: LocalSelection, dims: LocalDimension[] = ALL_DIMENSIONS): Promise<LocalProfile[]> {
	return Promise.all(
		dims.map(async (dim) => {
			const [counts, population] = await Promise.all([
				db.all<LocalCount>(localCountsSql(dim, selection)),
				db.all<LocalPopulation>(localPopulationSql(dim, selection))
			]);
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
	// Whether a place matches depends only on quadrant, need and age, so young people are counted by those first and
	// the places joined to a few hundred cells, not to every plan.
	return `
		WITH yp AS (
			SELECT quadrant_code, coalesce(primary_need, 'UNKNOWN') AS need, age_at_census AS age, count(*) AS n
			FROM local_ehc_plans WHERE status = 'active' AND age_at_census BETWEEN 16 AND 25
			GROUP BY ALL
		),
		cells AS (
			SELECT yp.quadrant_code, yp.need, yp.age, yp.n, coalesce(sum(p.places), 0) AS places
			FROM yp LEFT JOIN local_post16_places p ON p.quadrant_code = yp.quadrant_code AND p.need_focus = yp.need
				AND yp.age BETWEEN p.age_from AND p.age_to AND p.academic_year = ${quoteLiteral(academicYear)} AND p.places > 0
			GROUP BY yp.quadrant_code, yp.need, yp.age, yp.n
		)
		SELECT quadrant_code AS quadrant, need, sum(n)::INTEGER AS young_people,
			max(places)::INTEGER AS need_places, coalesce(sum(n) FILTER (WHERE places = 0), 0)::INTEGER AS unmatched
		FROM cells
		GROUP BY 1, 2 ORDER BY 1, 2`;
}

export function unmatchedNeed(db: QueryRunner, academicYear = '2024/25'): Promise<UnmatchedNeed[]> {
	return db.all<UnmatchedNeed>(unmatchedNeedSql(academicYear));
}
