/**
 * One measure of a tidy table over time for an LA and what it is compared with: its region, England and its
 * statistical neighbours. Region and England are the published figures where the table has them for that year and
 * breakdown; otherwise (files with LA rows only, or no London row) the median of the region's LAs or of all LAs, said
 * so in `basis`. The neighbours are always their median. A median counts only LAs with a figure (`las` says how many):
 * a suppressed or missing figure is left out, never read as 0. Shared by the money and school-outcomes metrics.
 */
import { quoteLiteral } from '$lib/db/runner';
import { areaList } from './sql';

export type SeriesRole = 'selected' | 'region' | 'england' | 'neighbours';

export interface SeriesPoint {
	series: SeriesRole;
	breakdown: string;
	year: number;
	period: string;
	value: number | null;
	symbol: string | null;
	/** 'published': the table's own figure; 'median': the median of the LAs named by the series (computed here). */
	basis: 'published' | 'median';
	/** For a median: how many LAs had a figure. */
	las: number | null;
}

export interface SeriesQuery {
	/** A tidy table, e.g. 'pub_dsg_balance' (a fixed name from the metric module, never user text). */
	table: string;
	measure: string;
	breakdownTopic: string;
	breakdowns: readonly string[];
	la: string;
	region: string | null;
	neighbours: readonly string[];
}

const literalList = (values: readonly string[]) => values.map(quoteLiteral).join(', ');

export function comparedSeriesSql(q: SeriesQuery): string {
	const la = areaList([q.la]);
	const region = q.region ? areaList([q.region]) : 'NULL';
	const neighbours = q.neighbours.length > 0 ? areaList(q.neighbours) : 'NULL';
	const median = (role: SeriesRole, scope: string) => `
		SELECT '${role}' AS series, breakdown, year, any_value(period) AS period, median(value) AS value, NULL AS symbol, 'median' AS basis, count(value)::INTEGER AS las
		FROM src WHERE area_level = 'la' AND ${scope} GROUP BY breakdown, year`;
	const own = (role: SeriesRole, code: string) => `
		SELECT '${role}' AS series, breakdown, year, period, value, symbol, 'published' AS basis, NULL::INTEGER AS las FROM src WHERE area_code = ${code}`;
	return `
		WITH src AS (
			SELECT t.area_code, t.area_level, t.breakdown, t.year, t.period, t.value, t.symbol, a.region_code
			FROM ${q.table} t LEFT JOIN areas a ON a.area_code = t.area_code
			WHERE t.measure = ${quoteLiteral(q.measure)} AND t.breakdown_topic = ${quoteLiteral(q.breakdownTopic)} AND t.breakdown IN (${literalList(q.breakdowns)})
		),
		candidates AS (
			${own('selected', la)}
			UNION ALL ${own('region', region)}
			UNION ALL ${median('region', `region_code = ${region}`)}
			UNION ALL SELECT 'england', breakdown, year, period, value, symbol, 'published', NULL FROM src WHERE area_level = 'national'
			UNION ALL ${median('england', 'TRUE')}
			UNION ALL ${median('neighbours', `area_code IN (${neighbours})`)}
		)
		SELECT * FROM candidates
		WHERE series <> 'region' OR ${region} IS NOT NULL
		-- A published figure wins over the median; a median of no LAs is no figure.
		QUALIFY row_number() OVER (PARTITION BY series, breakdown, year ORDER BY basis = 'published' DESC) = 1
		ORDER BY CASE series WHEN 'selected' THEN 0 WHEN 'region' THEN 1 WHEN 'england' THEN 2 ELSE 3 END, breakdown, year`;
}

/** The LA, its region and its neighbours' codes from the comparators a published view found. */
export function comparedCodes(comps: readonly { area_code: string; role: string }[]): Pick<SeriesQuery, 'la' | 'region' | 'neighbours'> {
	const la = comps.find((c) => c.role === 'selected')?.area_code;
	if (!la) throw new Error('comparedCodes: no selected LA');
	return {
		la,
		region: comps.find((c) => c.role === 'region')?.area_code ?? null,
		neighbours: comps.filter((c) => c.role === 'neighbour').map((c) => c.area_code)
	};
}
