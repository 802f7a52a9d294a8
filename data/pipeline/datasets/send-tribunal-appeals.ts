/**
 * SEND Tribunal appeals registered, appealable decisions and the appeal rate, by LA, 2014–2024 (MoJ/HMCTS with DfE
 * SEN2), from the spreadsheet-style CSV shipped with the EHC plans release: title rows, a year header row, a measure
 * header row, region heading rows, LA rows, an England row, then notes.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkNumbers, checkPattern } from '../checks';
import type { PublishedDataset } from '../dataset';
import { InputError } from '../errors';
import { readCsv, type RawInput } from '../read';
import { quoteIdent, quoteString } from '../sql';
import { createTidyTable } from '../tidy';

export const TRIBUNAL_FILE = 'ehcp-sen2/release-2025/SEND Tribunals and appeal rate 2014-2024.csv';
/** Lines before the year header row (title and two blank lines). */
const SKIP = 3;
const TRIBUNAL_YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
/** Symbols in the table: '-' nil (the rate shows 0.00%), '..' not available, '~' suppressed, 'x' (not in the table's key; 2024 "in development" figures). */
const TRIBUNAL_SYMBOLS = ['-', '..', '~', 'x'] as const;
const NAME = 'Local Authority';
const CODE = 'LA code';

interface Cell {
	column: string;
	measure: string;
	unit: 'count' | 'percent';
	label: string;
	year: number;
}

/** The year header names the first of each year's three columns; the measure header row (row 1) names each. */
function cellsFor(columns: string[]): Cell[] {
	const cells: Cell[] = [];
	for (const year of TRIBUNAL_YEARS) {
		const i = columns.indexOf(String(year));
		const at = (k: number) => columns[i + k] ?? '';
		cells.push({ column: at(0), measure: 'appeals_registered', unit: 'count', label: '^Appeals registered', year });
		cells.push({ column: at(1), measure: 'appealable_decisions', unit: 'count', label: '^Total Appealable Decisions', year });
		cells.push({ column: at(2), measure: 'appeal_rate', unit: 'percent', label: '^SEND Tribunal Appeal Rate', year });
		if (year === 2024) {
			cells.push({ column: at(3), measure: 'appealable_decisions_in_development', unit: 'count', label: '^In development: Total Appealable Decisions', year });
			cells.push({ column: at(4), measure: 'appeal_rate_in_development', unit: 'percent', label: '^In development: SEND Tribunal Appeal Rate', year });
		}
	}
	return cells;
}

async function columnsOf(conn: DuckDBConnection, table: string): Promise<string[]> {
	const reader = await conn.runAndReadAll(
		`SELECT column_name FROM information_schema.columns WHERE table_name = ${quoteString(table)} ORDER BY ordinal_position`
	);
	return reader.getRowsJS().map((r) => String(r[0]));
}

async function firstRow(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown> | undefined> {
	return (await conn.runAndReadAll(sql)).getRowObjectsJS()[0];
}

/** Rates are published as text like "1.30%" (once without the %), or a symbol, or blank. */
async function checkRates(conn: DuckDBConnection, input: RawInput, table: string, column: string, scope: string): Promise<void> {
	const col = quoteIdent(column);
	const bad = await firstRow(
		conn,
		`SELECT _row, ${col} AS v FROM ${table} WHERE ${scope} AND NULLIF(TRIM(${col}), '') IS NOT NULL
		 AND TRY_CAST(REPLACE(TRIM(${col}), '%', '') AS DOUBLE) IS NULL AND TRIM(${col}) NOT IN (${TRIBUNAL_SYMBOLS.map(quoteString).join(', ')})
		 ORDER BY _row LIMIT 1`
	);
	if (bad) {
		throw new InputError(input.label, 'not a rate', {
			row: Number(bad._row),
			column,
			value: bad.v as string,
			expected: `a percentage such as 1.30% or one of ${TRIBUNAL_SYMBOLS.join(', ')} (or empty)`
		});
	}
}

export const sendTribunalAppeals: PublishedDataset = {
	id: 'send_tribunal_appeals',
	title: 'SEND Tribunal appeals and appeal rate',
	table: 'pub_send_tribunal_appeals',
	kind: 'tidy',
	source: {
		publisher: 'Ministry of Justice / HM Courts & Tribunals Service and Department for Education',
		title:
			'SEND Appeal rate table 1: appeal rate to the SEND Tribunal based on total appealable decisions, by local authority, 2014–2024 (supporting file of Education, health and care plans)',
		release: 'Education, health and care plans, reporting year 2025 (June 2025)',
		files: [TRIBUNAL_FILE]
	},
	notes: [
		'Appeals registered with the SEND Tribunal in the calendar year (HMCTS case system) against the LA, the total appealable decisions the LA made (from SEN2: initial requests for assessment refused + assessments with a decision not to issue a plan + EHC plans held at January + plans ceased because needs are met without a plan), and the appeal rate = appeals ÷ appealable decisions, as a percentage rounded to one decimal place.',
		'2024 also has an "in development" measure of appealable decisions and its appeal rate (a new method, published as experimental); it is not comparable with the main series. Caution when comparing appealable decisions from 2023 with earlier years (new SEN2 collection from 2022).',
		'Symbols as published: "-" means no appeals (the rate shows 0.00%), ".." not available, "~" suppressed, "x" not available (used for 2024 in-development figures; not in the table’s key). Blank cells are kept as blank, e.g. Cumbria after it was abolished in 2023 and Cumberland/Westmorland and Furness before.',
		'Areas: LAs by their DfE number (Buckinghamshire, 825, as E10000002 only); Bournemouth and Poole (before the 2019 merger into Bournemouth, Christchurch and Poole) have no number in the table and are matched by name. Dorset is published as one series across the 2019 boundary change. Regions are not published (only headings): the dashboard computes a region as Σ appeals ÷ Σ appealable decisions over its LAs, counting “-” as 0 appeals. England is the “England Total” row. The “England total excluding suppressed” row (2024 only) is left out.'
	],
	async build(conn, raw) {
		const input = raw.input(TRIBUNAL_FILE);
		const table = 'raw_tribunal';
		await readCsv(conn, input, table, [NAME, CODE, ...TRIBUNAL_YEARS.map(String)], { skip: SKIP });
		const cells = cellsFor(await columnsOf(conn, table));
		// Row 1 is the measure header: each column must be the measure we read from it.
		for (const c of cells) {
			if (!c.column)
				throw new InputError(input.label, `no column for ${c.measure} ${c.year}`, {
					expected: 'three columns per year (four for 2024 plus two "in development")'
				});
			await checkPattern(conn, input, table, c.column, `${c.label}.*`, `the measure header "${c.label.slice(1)}…" for ${c.year}`, '_row = 1');
		}
		// The body ends at the England row; everything after it is notes.
		const england = await firstRow(conn, `SELECT min(_row) AS r FROM ${table} WHERE ${quoteIdent(NAME)} LIKE 'England Total%'`);
		if (!england || england.r === null)
			throw new InputError(input.label, 'no "England Total" row', { column: NAME, expected: 'a row named "England Total" after the local authorities' });
		const last = Number(england.r);
		const dataCols = cells.map((c) => quoteIdent(c.column));
		const allBlank = dataCols.map((c) => `NULLIF(TRIM(${c}), '') IS NULL`).join(' AND ');
		// Body rows: an LA (3-digit DfE number, or a name only), a region heading (capitals, no figures), or England.
		await conn.run(`CREATE OR REPLACE TEMP TABLE tribunal_rows AS
			SELECT *, CASE
				WHEN _row = ${last} THEN 'england'
				WHEN ${quoteIdent(CODE)} IS NULL AND ${quoteIdent(NAME)} = upper(${quoteIdent(NAME)}) AND ${allBlank} THEN 'heading'
				ELSE 'la' END AS kind
			FROM ${table} WHERE _row BETWEEN 2 AND ${last}`);
		await checkPattern(conn, input, 'tribunal_rows', CODE, '^\\d{3}$', 'a 3-digit DfE LA number', `kind = 'la' AND ${quoteIdent(CODE)} IS NOT NULL`);
		const counts = cells.filter((c) => c.unit === 'count').map((c) => c.column);
		await checkNumbers(conn, input, 'tribunal_rows', counts, TRIBUNAL_SYMBOLS, { scope: `kind <> 'heading'`, allowBlank: true });
		for (const c of cells.filter((c) => c.unit === 'percent')) await checkRates(conn, input, 'tribunal_rows', c.column, `kind <> 'heading'`);
		// LAs: by DfE number, else (Bournemouth, Poole) by name without footnote marks.
		const cleanName = `regexp_replace(trim(t.${quoteIdent(NAME)}), '[0-9, ]+$', '')`;
		await conn.run(`CREATE OR REPLACE TEMP TABLE tribunal_areas AS
			SELECT t.*, CASE WHEN t.kind = 'england' THEN 'E92000001' ELSE coalesce(byno.area_code, byname.area_code) END AS area_code,
				CASE WHEN t.kind = 'england' THEN 'national' ELSE 'la' END AS area_level
			FROM tribunal_rows t
			LEFT JOIN areas byno ON byno.area_level = 'la' AND byno.dfe_la_number = t.${quoteIdent(CODE)}
			LEFT JOIN areas byname ON byname.area_level = 'la' AND t.${quoteIdent(CODE)} IS NULL AND lower(byname.area_name) = lower(${cleanName})
			WHERE t.kind <> 'heading'`);
		const unmatched = await firstRow(
			conn,
			`SELECT _row, ${quoteIdent(NAME)} AS name, ${quoteIdent(CODE)} AS code FROM tribunal_areas WHERE area_code IS NULL ORDER BY _row LIMIT 1`
		);
		if (unmatched) {
			throw new InputError(input.label, 'local authority not recognised', {
				row: Number(unmatched._row),
				column: unmatched.code === null ? NAME : CODE,
				value: String(unmatched.code ?? unmatched.name),
				expected: 'the DfE number (or, without one, the name) of a local authority in the EHC plan statistics, or a region heading in capitals'
			});
		}
		const dup = await firstRow(
			conn,
			`SELECT max(_row) AS r, area_code, min(_row) AS first FROM tribunal_areas GROUP BY area_code HAVING count(*) > 1 ORDER BY first LIMIT 1`
		);
		if (dup) {
			throw new InputError(input.label, `a second row for the same local authority (${dup.area_code}); it first appears at row ${dup.first}`, {
				row: Number(dup.r),
				column: CODE,
				expected: 'one row per local authority'
			});
		}
		const parts = cells.map((c) => {
			const col = quoteIdent(c.column);
			const num = c.unit === 'percent' ? `TRY_CAST(REPLACE(TRIM(${col}), '%', '') AS DOUBLE)` : `TRY_CAST(REPLACE(TRIM(${col}), ',', '') AS DOUBLE)`;
			return {
				sql: `SELECT ${quoteString(c.measure)} AS measure, area_code, area_level, '${c.year}' AS period, 'calendar_year' AS period_type, ${c.year} AS year,
					'Total' AS breakdown_topic, 'Total' AS breakdown, ${num} AS value, CASE WHEN ${num} IS NULL THEN coalesce(TRIM(${col}), '') END AS symbol,
					'${c.unit}' AS unit, ${quoteString(TRIBUNAL_FILE)} AS source_file FROM tribunal_areas`,
				priority: 1
			};
		});
		await createTidyTable(conn, this.table, parts);
	}
};
