/**
 * The tidy model: one row per published figure. Every published dataset table has exactly these columns.
 * A suppressed or unavailable figure has value NULL and its published symbol in `symbol`; it is never 0.
 * See docs/data-model.md.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { canonicalAreaCodeSql, isAliasSql } from './area-aliases';
import { quoteIdent, quoteString } from './sql';

const TIDY_COLUMNS = [
	'measure', // measure id, e.g. 'ehc_plans'
	'area_code', // ONS code (E92 England, E12 region, E06/E08/E09/E10 LA) or NHS ODS code for CCG / sub-ICB
	'area_level', // 'national' | 'regional' | 'la' | 'ccg' | 'sub_icb' | 'icb' | 'nhs_region'
	'period', // '2025-01' (January census), '2024' (calendar year), '2022/23' (academic year), '2023-06' (month)
	'period_type', // 'january_census' | 'calendar_year' | 'academic_year' | 'financial_year' | 'month' | 'quarter'
	'year', // integer for ordering: census or calendar year; the end year of an academic year
	'breakdown_topic', // 'Total' for whole-area figures, else e.g. 'Child or young persons age'
	'breakdown', // 'Total' or the category, e.g. 'Age 5'
	'value', // DOUBLE; NULL when suppressed / not available
	'symbol', // NULL when value is present; else the published symbol verbatim ('c','x','z','low','-','*') or '' for a blank cell
	'unit', // 'count' | 'percent' | 'rate_per_100' | 'rate_per_1000' | 'ratio' | 'gbp' | 'gbp_per_head' | 'score'
	'source_file' // path under data/raw of the file the figure was taken from
] as const;

const TIDY_TABLE_DDL = `(
	measure VARCHAR NOT NULL, area_code VARCHAR NOT NULL, area_level VARCHAR NOT NULL,
	period VARCHAR NOT NULL, period_type VARCHAR NOT NULL, year INTEGER NOT NULL,
	breakdown_topic VARCHAR NOT NULL, breakdown VARCHAR NOT NULL,
	value DOUBLE, symbol VARCHAR, unit VARCHAR NOT NULL, source_file VARCHAR NOT NULL)`;

/** A measure taken from one column of a wide source table. */
export interface MeasureColumn {
	column: string;
	measure: string;
	unit: 'count' | 'percent' | 'rate_per_100' | 'rate_per_1000' | 'ratio' | 'gbp' | 'gbp_per_head' | 'score';
}

/** SQL expressions that place each source row in the tidy model. */
export interface RowMapping {
	areaCode: string;
	areaLevel: string;
	period: string;
	periodType: string;
	year: string;
	breakdownTopic: string;
	breakdown: string;
	/** Optional filter on source rows. */
	where?: string;
}

/** Value and symbol from a raw text cell: numbers (thousands separators allowed) become values, anything else a symbol. */
export function valueSql(column: string): { value: string; symbol: string } {
	const col = quoteIdent(column);
	const num = `TRY_CAST(REPLACE(${col}, ',', '') AS DOUBLE)`;
	return { value: num, symbol: `CASE WHEN ${num} IS NULL THEN COALESCE(TRIM(${col}), '') END` };
}

/** SELECT producing tidy rows for `measures` from `source` (a validated raw table). */
export function unpivotSql(source: string, sourceFile: string, mapping: RowMapping, measures: readonly MeasureColumn[]): string {
	return measures
		.map(({ column, measure, unit }) => {
			const { value, symbol } = valueSql(column);
			return `SELECT ${quoteString(measure)} AS measure, ${mapping.areaCode} AS area_code, ${mapping.areaLevel} AS area_level,
				${mapping.period} AS period, ${mapping.periodType} AS period_type, CAST(${mapping.year} AS INTEGER) AS year,
				${mapping.breakdownTopic} AS breakdown_topic, ${mapping.breakdown} AS breakdown,
				${value} AS value, ${symbol} AS symbol, ${quoteString(unit)} AS unit, ${quoteString(sourceFile)} AS source_file
				FROM ${quoteIdent(source)} ${mapping.where ? `WHERE ${mapping.where}` : ''}`;
		})
		.join('\nUNION ALL\n');
}

/**
 * The release rule: when several sources publish the same figure (measure, area, period, breakdown), keep the one from
 * the source listed first in `priority` (newest release first), so later releases' revisions win and older releases
 * only fill periods the newer ones do not cover.
 * Area aliases (`area-aliases.ts`, e.g. Buckinghamshire's E06000060) are rewritten to their area's code first, so a
 * year published under either code appears once; where one release has both, the row under the area's own code wins.
 */
export async function createTidyTable(conn: DuckDBConnection, table: string, parts: { sql: string; priority: number }[]): Promise<void> {
	const union = parts.map((p) => `SELECT *, ${p.priority} AS _priority FROM (${p.sql})`).join('\nUNION ALL\n');
	const columns = TIDY_COLUMNS.map((c) => (c === 'area_code' ? `${canonicalAreaCodeSql('area_code')} AS area_code` : c));
	await conn.run(`CREATE OR REPLACE TABLE ${quoteIdent(table)} ${TIDY_TABLE_DDL}`);
	await conn.run(
		`INSERT INTO ${quoteIdent(table)}
		 SELECT ${TIDY_COLUMNS.join(', ')} FROM (SELECT ${columns.join(', ')}, _priority, _alias FROM (SELECT *, ${isAliasSql('area_code')} AS _alias FROM (${union})))
		 QUALIFY row_number() OVER (PARTITION BY measure, area_code, period, breakdown_topic, breakdown ORDER BY _priority, _alias) = 1
		 ORDER BY measure, area_level, area_code, year, breakdown_topic, breakdown`
	);
}
