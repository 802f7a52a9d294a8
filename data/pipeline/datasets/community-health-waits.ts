/**
 * NHS England Community Health Services waiting lists, children and young people, January–October 2023:
 * audiology, community paediatrics, occupational therapy, speech and language therapy, by ICB, NHS England region and
 * England (as compiled by the DfE SEND and AP dashboard). Provider rows are not kept (they carry names, no codes).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkCodes, checkNumbers, checkPattern, checkUniqueKey } from '../checks';
import type { PublishedDataset } from '../dataset';
import { InputError } from '../errors';
import { readCsv, type RawInput } from '../read';
import { quoteString } from '../sql';
import { createTidyTable, valueSql } from '../tidy';

export const AREAS_FILE = 'nhs-cyp-health/la_ch_time_series_derived.csv';
export const ENGLAND_FILE = 'nhs-cyp-health/eng_ch_time_series_derived.csv';

/** The file's service names and the names shown (the tidy breakdown). */
export const SERVICES: { file: string; name: string }[] = [
	{ file: 'Audiology', name: 'Audiology' },
	{ file: 'Community Paediatric Service', name: 'Community paediatrics' },
	{ file: 'Occupational Therapy', name: 'Occupational therapy' },
	{ file: 'Speech And Language', name: 'Speech and language therapy' }
];

/** The file's columns and the tidy measures they become. */
export const WAIT_MEASURES: { column: string; measure: string; unit: 'count' | 'percent'; description: string }[] = [
	{
		column: 'Total waiting list',
		measure: 'chs_waiting_total',
		unit: 'count',
		description: 'children and young people on the waiting list at the end of the month'
	},
	{ column: 'Waiting >18-52 weeks', measure: 'chs_waiting_18_52w', unit: 'count', description: 'of whom waiting more than 18 and up to 52 weeks' },
	{ column: 'Waiting >52 weeks', measure: 'chs_waiting_52w_plus', unit: 'count', description: 'of whom waiting more than 52 weeks' },
	{
		column: 'Percentage waiting more than 18 weeks',
		measure: 'chs_waiting_over_18w_pc',
		unit: 'percent',
		description: '% of the waiting list waiting more than 18 weeks'
	}
];

/** "NA" is the extract's not-available mark (R's missing value); it is kept as the symbol, never read as 0. */
const MISSING = ['NA'];
const ENGLAND = 'E92000001';
const VALUE_COLUMNS = WAIT_MEASURES.map((m) => m.column);
const MONTH = { pattern: '^2023-(0[1-9]|1[0-2])-01$', description: 'the first day of a month in 2023 as YYYY-MM-DD' };

/** SQL: an NHS name in a comparable form ("NHS Mid and South Essex Integrated Care Board" → "MID AND SOUTH ESSEX"). */
function nhsNameKeySql(expr: string): string {
	return `trim(upper(regexp_replace(regexp_replace(${expr}, '^\\s*NHS\\s+', '', 'i'), '\\s+(Integrated Care Board|ICB)\\s*$', '', 'i')))`;
}

async function failIfAny(conn: DuckDBConnection, sql: string, input: RawInput, problem: string, column: string, expected: string): Promise<void> {
	const bad = (await conn.runAndReadAll(`${sql} ORDER BY _row LIMIT 1`)).getRowObjectsJS()[0];
	if (bad) throw new InputError(input.label, problem, { row: Number(bad._row), column, value: bad.value === null ? null : String(bad.value), expected });
}

/** Checks the counts and the published % of one raw table: whole numbers or NA, all three NA together, % = (18–52 + 52+) / total. */
async function checkWaits(conn: DuckDBConnection, input: RawInput, table: string, scope: string): Promise<void> {
	await checkNumbers(conn, input, table, VALUE_COLUMNS, MISSING, { scope });
	const [total, mid, long, pc] = VALUE_COLUMNS.map((c) => `TRY_CAST("${c}" AS DOUBLE)`);
	await failIfAny(
		conn,
		`SELECT _row, "Waiting >18-52 weeks" AS value FROM ${table} WHERE (${scope}) AND ((${total} IS NULL) <> (${mid} IS NULL) OR (${total} IS NULL) <> (${long} IS NULL) OR ${mid} + ${long} > ${total})`,
		input,
		'waits do not fit the waiting list',
		'Waiting >18-52 weeks',
		'the total and both waits present (or all NA), and 18–52 + 52+ weeks not more than the total'
	);
	// The % is NHS England's (18–52 + 52+) / total; it is NA only when the list is empty or not available.
	await failIfAny(
		conn,
		`SELECT _row, "Percentage waiting more than 18 weeks" AS value FROM ${table} WHERE (${scope}) AND (
			(${pc} IS NOT NULL AND (${total} IS NULL OR ${total} = 0 OR abs(${pc} - 100 * (${mid} + ${long}) / ${total}) > 1e-6))
			OR (${pc} IS NULL AND ${total} > 0))`,
		input,
		'% waiting more than 18 weeks does not equal (18–52 + 52+ weeks) / total',
		'Percentage waiting more than 18 weeks',
		'100 × (Waiting >18-52 weeks + Waiting >52 weeks) / Total waiting list, or NA when the list is empty or not available'
	);
}

function tidySql(table: string, areaCode: string, areaLevel: string, monthColumn: string, where: string, sourceFile: string): string {
	const services = `(VALUES ${SERVICES.map((s) => `(${quoteString(s.file)}, ${quoteString(s.name)})`).join(', ')}) AS s(file, name)`;
	return WAIT_MEASURES.map((m) => {
		const v = valueSql(m.column);
		return `SELECT ${quoteString(m.measure)} AS measure, ${areaCode} AS area_code, ${quoteString(areaLevel)} AS area_level,
			substr(r.${monthColumn}, 1, 7) AS period, 'month' AS period_type, 2023 AS year,
			'Service' AS breakdown_topic, s.name AS breakdown,
			${v.value} AS value, ${v.symbol} AS symbol, ${quoteString(m.unit)} AS unit, ${quoteString(sourceFile)} AS source_file
			FROM ${table} r JOIN ${services} ON s.file = r.Therapy WHERE ${where}`;
	}).join('\nUNION ALL\n');
}

export const communityHealthWaits: PublishedDataset = {
	id: 'community_health_waits',
	title:
		'Children’s community health services waiting lists: audiology, community paediatrics, occupational therapy, speech and language therapy (NHS England)',
	table: 'pub_community_health_waits',
	kind: 'tidy',
	source: {
		publisher: 'NHS England',
		title: 'Community Health Services Waiting Lists (children and young people)',
		release: 'Monthly, January – October 2023, as compiled by the DfE SEND and AP dashboard',
		files: [AREAS_FILE, ENGLAND_FILE]
	},
	notes: [
		`Measures (breakdown_topic "Service": ${SERVICES.map((s) => `${s.name} = "${s.file}"`).join(', ')}): ${WAIT_MEASURES.map((m) => `${m.measure} = "${m.column}" (${m.description})`).join('; ')}.`,
		'Periods: the month-end snapshot of each month from January to October 2023 (period YYYY-MM). The 18-week mark is the NHS constitution standard for consultant-led elective care (92% of patients waiting under 18 weeks); NHS England does not set it as a target for community health services; it is shown here as the yardstick the publication’s over-18-week count measures against.',
		'Areas: England (from the England file), the seven NHS England regions (area_level nhs_region, codes Y56–Y63) and the 42 integrated care boards (area_level icb, ODS codes Q…), matched by name to the July 2022 nhs_areas lookup after removing "NHS" and "Integrated Care Board" and ignoring case (the file spells ICB names in title case for January–May and in capitals for June–October). Every ICB and region in the file must match, or the build fails. Provider rows are not kept: they carry provider names only.',
		'The area file’s England rows are checked to equal the England file’s, and every published % is checked to equal 100 × (over 18–52 weeks + over 52 weeks) / total waiting list.',
		'"NA" (not available in the extract: the ICB or region reported no list for that service and month) is kept as the symbol, never as 0. Where the list is 0 the % is NA (no one waiting, so no share).'
	],
	async build(conn, raw) {
		const a = raw.input(AREAS_FILE);
		const ta = 'raw_chs_areas';
		await readCsv(conn, a, ta, ['Organisation Type', 'Organisation Name', 'formattedDate', 'Therapy', ...VALUE_COLUMNS]);
		const kept = `"Organisation Type" IN ('ICB', 'Region')`;
		await checkCodes(
			conn,
			a,
			ta,
			'Therapy',
			SERVICES.map((s) => s.file)
		);
		await checkPattern(conn, a, ta, 'formattedDate', MONTH.pattern, MONTH.description);
		await checkWaits(conn, a, ta, 'TRUE');

		await conn.run(`CREATE OR REPLACE TEMP TABLE chs_names AS
			SELECT DISTINCT ods_code, level, ${nhsNameKeySql('name')} AS key FROM nhs_areas WHERE level IN ('icb', 'nhs_region')`);
		await conn.run(`CREATE OR REPLACE TEMP TABLE chs_areas AS
			SELECT r.*, n.ods_code, CASE r."Organisation Type" WHEN 'ICB' THEN 'icb' ELSE 'nhs_region' END AS level
			FROM ${ta} r LEFT JOIN chs_names n
			  ON n.key = ${nhsNameKeySql('r."Organisation Name"')} AND n.level = CASE r."Organisation Type" WHEN 'ICB' THEN 'icb' ELSE 'nhs_region' END
			WHERE r.${kept}`);
		await failIfAny(
			conn,
			`SELECT _row, "Organisation Name" AS value FROM chs_areas WHERE ods_code IS NULL`,
			a,
			'ICB / NHS region name not known',
			'Organisation Name',
			'the name of an integrated care board or NHS England region in the nhs_areas table (July 2022), ignoring case, "NHS" and "Integrated Care Board"'
		);
		await checkUniqueKey(conn, a, 'chs_areas', ['ods_code', 'formattedDate', 'Therapy']);

		const e = raw.input(ENGLAND_FILE);
		const te = 'raw_chs_england';
		await readCsv(conn, e, te, ['Therapy', 'formattedDate', ...VALUE_COLUMNS]);
		await checkCodes(
			conn,
			e,
			te,
			'Therapy',
			SERVICES.map((s) => s.file)
		);
		await checkPattern(conn, e, te, 'formattedDate', MONTH.pattern, MONTH.description);
		await checkUniqueKey(conn, e, te, ['formattedDate', 'Therapy']);
		await checkWaits(conn, e, te, 'TRUE');
		// The area file repeats England: it must say the same.
		await failIfAny(
			conn,
			`SELECT a._row, a."Total waiting list" AS value FROM ${ta} a LEFT JOIN ${te} e ON e.formattedDate = a.formattedDate AND e.Therapy = a.Therapy
			 WHERE a."Organisation Name" = 'England' AND (e._row IS NULL OR ${VALUE_COLUMNS.map((c) => `a."${c}" IS DISTINCT FROM e."${c}"`).join(' OR ')})`,
			a,
			'England row differs from the England file',
			'Total waiting list',
			`the same figures as ${ENGLAND_FILE} for that month and service`
		);

		await createTidyTable(conn, this.table, [
			{ sql: tidySql(te, quoteString(ENGLAND), 'national', 'formattedDate', 'TRUE', ENGLAND_FILE), priority: 1 },
			{ sql: tidySql('chs_areas', 'r.ods_code', 'icb', 'formattedDate', `r.level = 'icb'`, AREAS_FILE), priority: 2 },
			{ sql: tidySql('chs_areas', 'r.ods_code', 'nhs_region', 'formattedDate', `r.level = 'nhs_region'`, AREAS_FILE), priority: 2 }
		]);
	}
};
