/**
 * Area codes for files that name areas instead of coding them (some DfE dashboard extracts): England and regions by
 * name, LAs by name in `areas` (which keeps retired LAs, so a name from an older year still maps). Where two areas
 * share a name (Dorset: the county to 2019, the unitary council after), the one that existed in the row's year wins.
 * A name that maps to nothing fails the build naming the row, so every row of such a file is placed or the build stops.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError } from './errors';
import type { RawInput } from './read';
import { quoteIdent } from './sql';

export interface NamedAreaColumns {
	/** SQL expression over the source row: 'national' | 'regional' | 'la'. */
	level: string;
	/** SQL expression: the area's name as the file spells it. */
	name: string;
	/** The column a reader should look at when a name is not recognised. */
	nameColumn: string;
	/** SQL expression: the row's year (as `areas.first_year`/`last_year` count them), to choose between areas of one name. */
	year: string;
	/** SQL expression: the row's published code where it has one (used as is; only rows without one are matched by name). */
	code?: string;
}

/**
 * Creates `target` as `source` plus `area_code`, `area_level` and `area_existed` (false when the chosen area did not
 * exist in the row's year); fails on the first row whose name is not an area.
 */
export async function attachAreaCodesByName(conn: DuckDBConnection, input: RawInput, source: string, target: string, cols: NamedAreaColumns): Promise<void> {
	const code = cols.code ?? 'NULL';
	await conn.run(`CREATE OR REPLACE TEMP TABLE ${quoteIdent(target)} AS
		SELECT s.* EXCLUDE (_code), coalesce(s._code, a.area_code) AS area_code, s._level AS area_level,
			s._code IS NOT NULL OR s._level <> 'la' OR s._year BETWEEN a.first_year AND a.last_year AS area_existed
		FROM (SELECT *, ${cols.level} AS _level, trim(${cols.name}) AS _name, ${code} AS _code, ${cols.year} AS _year FROM ${quoteIdent(source)}) s
		LEFT JOIN areas a ON s._code IS NULL AND a.area_level = s._level AND lower(a.area_name) = lower(CASE WHEN s._level = 'national' THEN 'England' ELSE s._name END)
		QUALIFY row_number() OVER (PARTITION BY s._row ORDER BY (s._year BETWEEN a.first_year AND a.last_year) DESC NULLS LAST, a.is_current DESC) = 1`);
	const bad = (await conn.runAndReadAll(`SELECT _row, _name FROM ${quoteIdent(target)} WHERE area_code IS NULL ORDER BY _row LIMIT 1`)).getRowObjectsJS()[0];
	if (bad) {
		throw new InputError(input.label, 'area not recognised', {
			row: Number(bad._row),
			column: cols.nameColumn,
			value: (bad._name as string | null) ?? null,
			expected: 'England, a region, or the name of a local authority in the areas table'
		});
	}
}
