/**
 * Which CCGs / sub-ICB locations serve each upper-tier local authority, and how much of each.
 * 2019 and 2020: counted from the ONS LSOA (2011) → CCG → local authority district best-fit lookups (shares of LSOAs);
 * 2022: sub-ICB locations whose boundary overlaps the LA (presence only, no shares).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkPattern, checkUniqueKey } from '../checks';
import type { PublishedDataset } from '../dataset';
import { InputError } from '../errors';
import { readCsv, type RawInput } from '../read';
import { quoteString, sqlList } from '../sql';
import { CCG_ODS_PATTERN } from './nhs-areas';

export const LSOA_CCG19_FILE = 'geography/ons-lookups/217.csv';
export const LSOA_CCG20_FILE = 'geography/ons-lookups/219.csv';
export const LTLA_UTLA19_FILE = 'geography/ons-lookups/177.csv';
export const DERIVED_CCG19_FILE = 'geography/derived/ccg19_to_utla19_by_lsoa_count.csv';
export const DERIVED_CCG20_FILE = 'geography/derived/ccg20_to_utla19_by_lsoa_count.csv';
export const LA_SUB_ICB22_FILE = 'geography/send-ap-lookups/prepared_data.Rdata__la_ccg_lookup.csv';

/**
 * Upper-tier LAs of 2019/2020 that the areas table (DfE's current codes) knows under another code or that were split.
 * Splits go by district; `null` district list = the whole LA.
 */
const LA_SUCCESSORS: { from: string; to: string; districts: string[] | null; how: string }[] = [
	{
		from: 'E06000060',
		to: 'E10000002',
		districts: null,
		how: 'Buckinghamshire unitary (April 2020): same area, which DfE reports under E10000002 again from 2024'
	},
	{
		from: 'E10000021',
		to: 'E06000061',
		districts: ['E07000150', 'E07000152', 'E07000153', 'E07000156'],
		how: 'North Northamptonshire (April 2021) = Corby, East Northamptonshire, Kettering, Wellingborough'
	},
	{
		from: 'E10000021',
		to: 'E06000062',
		districts: ['E07000151', 'E07000154', 'E07000155'],
		how: 'West Northamptonshire (April 2021) = Daventry, Northampton, South Northamptonshire'
	},
	{ from: 'E10000006', to: 'E06000063', districts: ['E07000026', 'E07000028', 'E07000029'], how: 'Cumberland (April 2023) = Allerdale, Carlisle, Copeland' },
	{
		from: 'E10000006',
		to: 'E06000064',
		districts: ['E07000027', 'E07000030', 'E07000031'],
		how: 'Westmorland and Furness (April 2023) = Barrow-in-Furness, Eden, South Lakeland'
	}
];

/** Rows of the 2022 file left out on purpose. */
const IGNORED_2022_NAMES: Record<string, string> = {
	Northamptonshire: 'abolished in April 2021; the file also lists its successors North and West Northamptonshire'
};

/** SQL: the current LA code for an upper-tier code `utla` of district `lad`. */
function currentLaSql(utla: string, lad: string): string {
	const cases = LA_SUCCESSORS.map(
		(s) => `WHEN ${utla} = ${quoteString(s.from)}${s.districts ? ` AND ${lad} IN (${sqlList(s.districts)})` : ''} THEN ${quoteString(s.to)}`
	).join(' ');
	return `CASE ${cases} ELSE ${utla} END`;
}

async function failIfAny(conn: DuckDBConnection, sql: string, input: RawInput, problem: string, column: string, expected: string): Promise<void> {
	const bad = (await conn.runAndReadAll(`${sql} ORDER BY _row LIMIT 1`)).getRowObjectsJS()[0];
	if (bad) throw new InputError(input.label, problem, { row: Number(bad._row), column, value: bad.value === null ? null : String(bad.value), expected });
}

export const laNhsOverlap: PublishedDataset = {
	id: 'la_nhs_overlap',
	title: 'Local authorities and the CCGs / sub-ICB locations that serve them',
	table: 'la_nhs_overlap',
	kind: 'lookup',
	source: {
		publisher: 'Office for National Statistics (Open Geography Portal); Department for Education (SEND and AP dashboard)',
		title: 'LSOA (2011) to CCG to LAD lookups (April 2019, April 2020); LTLA to UTLA (April 2019); LA to sub-ICB location overlaps (December 2022)',
		release: 'April 2019, April 2020, December 2022',
		files: [LSOA_CCG19_FILE, LSOA_CCG20_FILE, LTLA_UTLA19_FILE, DERIVED_CCG19_FILE, DERIVED_CCG20_FILE, LA_SUB_ICB22_FILE]
	},
	notes: [
		'Vintages 2019 and 2020 (CCGs of April 2019 / April 2020): each 2011 LSOA is assigned to one CCG and one district (ONS best fit), districts to upper-tier LAs; lsoas_in_both counts the LSOAs in the LA and the CCG, share_of_la = lsoas_in_both / LSOAs in the LA, share_of_nhs_area = lsoas_in_both / LSOAs in the CCG. These are shares of LSOAs (areas of roughly equal population, ~1,500 people), not population-weighted.',
		'The counts agree with the helper files ccg19/ccg20_to_utla19_by_lsoa_count.csv (the build checks this).',
		'LAs are given with the codes the areas table uses today: Buckinghamshire (E06000060 in 2020) as E10000002; Northamptonshire split by district into North (E06000061) and West (E06000062) Northamptonshire; Cumbria split by district into Cumberland (E06000063) and Westmorland and Furness (E06000064).',
		'Vintage 2022 (sub-ICB locations of July 2022): an LA is listed with each sub-ICB location whose boundary overlaps the LA boundary shrunk by 100 m (computed by the DfE SEND and AP dashboard); no shares are available (lsoas_in_both and shares are empty). It is given per LA as of December 2022, so Cumbria keeps its own code (E10000006, abolished April 2023) and the file lists no sub-ICB locations for Cumberland or Westmorland and Furness: each is given all of Cumbria’s (00L, 01H, 01K; method predecessor_boundary_overlap), which is wider than its own area (the 2019/2020 vintages show how each splits between North Cumbria 01H and Morecambe Bay 01K). The file’s leftover row for Northamptonshire (abolished 2021) is dropped; its successors are listed.',
		'A boundary overlap can be a sliver (e.g. Oxfordshire with Bath and North East Somerset, Swindon and Wiltshire in 2022); use the 2019/2020 shares to judge how much of an LA a CCG serves.'
	],
	async build(conn, raw) {
		const utla = raw.input(LTLA_UTLA19_FILE);
		await readCsv(conn, utla, 'raw_ltla_utla19', ['LTLA19CD', 'UTLA19CD']);
		await checkUniqueKey(conn, utla, 'raw_ltla_utla19', ['LTLA19CD']);

		const known = `(SELECT area_code FROM areas WHERE area_level = 'la' AND is_current)`;
		const parts: string[] = [];
		for (const { file, yy, derivedFile, utlaCol } of [
			{ file: LSOA_CCG19_FILE, yy: '19', derivedFile: DERIVED_CCG19_FILE, utlaCol: 'UTLA19CD' },
			{ file: LSOA_CCG20_FILE, yy: '20', derivedFile: DERIVED_CCG20_FILE, utlaCol: 'UTLA_CD' }
		]) {
			const input = raw.input(file);
			const t = `raw_lsoa_ccg${yy}`;
			const [ccg, lad] = [`CCG${yy}CDH`, `LAD${yy}CD`];
			await readCsv(conn, input, t, ['LSOA11CD', ccg, lad]);
			await checkPattern(conn, input, t, 'LSOA11CD', '^E01[0-9]{6}$', 'an English 2011 LSOA code E01 + 6 digits');
			await checkPattern(conn, input, t, ccg, CCG_ODS_PATTERN, 'a CCG ODS code');
			await checkUniqueKey(conn, input, t, ['LSOA11CD']);
			await failIfAny(
				conn,
				`SELECT _row, ${ccg} AS value FROM ${t} WHERE ${ccg} NOT IN (SELECT ods_code FROM nhs_areas WHERE level = 'ccg' AND vintages LIKE '%CCG${yy}%')`,
				input,
				'CCG not known',
				ccg,
				`a CCG of April 20${yy} in the nhs_areas table`
			);
			// District → upper-tier LA (2019 lookup; a district it does not list must be a unitary authority) → current LA.
			await conn.run(`CREATE OR REPLACE TEMP TABLE lsoa_la${yy} AS
				SELECT l._row, l.${ccg} AS nhs_code, l.${lad} AS lad, coalesce(u.UTLA19CD, l.${lad}) AS utla,
					${currentLaSql(`coalesce(u.UTLA19CD, l.${lad})`, `l.${lad}`)} AS la_code
				FROM ${t} l LEFT JOIN raw_ltla_utla19 u ON u.LTLA19CD = l.${lad}`);
			await failIfAny(
				conn,
				`SELECT _row, lad AS value FROM lsoa_la${yy} WHERE la_code NOT IN ${known}`,
				input,
				'district not placed in a current local authority',
				lad,
				'a district of a current upper-tier LA in the areas table (via the 2019 LTLA→UTLA lookup and the successor rules)'
			);
			await conn.run(`CREATE OR REPLACE TEMP TABLE overlap${yy} AS
				SELECT la_code, nhs_code, count(*) AS lsoas_in_both,
					sum(count(*)) OVER (PARTITION BY la_code) AS la_lsoas,
					sum(count(*)) OVER (PARTITION BY nhs_code) AS nhs_lsoas
				FROM lsoa_la${yy} GROUP BY la_code, nhs_code`);

			// Cross-check: the helper file's LSOA counts per CCG × 2019 UTLA must equal ours for the LAs that did not split.
			const derived = raw.input(derivedFile);
			const d = `raw_derived_ccg${yy}`;
			await readCsv(conn, derived, d, [ccg, utlaCol, 'lsoa_count']);
			await checkPattern(conn, derived, d, 'lsoa_count', '^[0-9]+$', 'a whole number of LSOAs');
			const splitFrom = sqlList([...new Set(LA_SUCCESSORS.filter((s) => s.districts).map((s) => s.from))]);
			await conn.run(`CREATE OR REPLACE TEMP TABLE ours${yy} AS
				SELECT nhs_code, utla, count(*) AS n FROM lsoa_la${yy} GROUP BY ALL`);
			await failIfAny(
				conn,
				`SELECT d._row, d.lsoa_count AS value, o.n FROM ${d} d LEFT JOIN ours${yy} o ON o.nhs_code = d.${ccg} AND o.utla = d.${utlaCol}
				 WHERE d.${utlaCol} NOT IN (${splitFrom}) AND CAST(d.lsoa_count AS DOUBLE) IS DISTINCT FROM o.n`,
				derived,
				`LSOA count differs from ${file}`,
				'lsoa_count',
				`the number of LSOAs ${file} places in that CCG and upper-tier LA`
			);
			parts.push(`SELECT la_code, nhs_code, 'ccg' AS nhs_level, '20${yy}' AS vintage, 'lsoa_count' AS method,
				CAST(lsoas_in_both AS INTEGER) AS lsoas_in_both, CAST(la_lsoas AS INTEGER) AS la_lsoas, CAST(nhs_lsoas AS INTEGER) AS nhs_lsoas,
				lsoas_in_both / la_lsoas AS share_of_la, lsoas_in_both / nhs_lsoas AS share_of_nhs_area FROM overlap${yy}`);
		}

		// 2022: LA (by name, as of December 2022) → overlapping sub-ICB locations.
		const input = raw.input(LA_SUB_ICB22_FILE);
		const t = 'raw_la_sub_icb22';
		await readCsv(conn, input, t, ['la_name', 'nhs_code', 'nhs_name', 'nhs_type']);
		await checkPattern(conn, input, t, 'nhs_code', CCG_ODS_PATTERN, 'a sub-ICB location ODS code');
		await checkUniqueKey(conn, input, t, ['la_name', 'nhs_code']);
		await failIfAny(
			conn,
			`SELECT _row, nhs_code AS value FROM ${t} WHERE nhs_code NOT IN (SELECT ods_code FROM nhs_areas WHERE level = 'sub_icb')`,
			input,
			'sub-ICB location not known',
			'nhs_code',
			'a sub-ICB location of July 2022 in the nhs_areas table'
		);
		const ignored = sqlList(Object.keys(IGNORED_2022_NAMES));
		// Match names to LAs: a current LA first, else one that still existed in December 2022 (data for 2022/23).
		await conn.run(`CREATE OR REPLACE TEMP TABLE la_sub_icb22 AS
			SELECT r._row, r.la_name, r.nhs_code,
				(SELECT a.area_code FROM areas a
				 WHERE a.area_level = 'la' AND lower(a.area_name) = lower(trim(r.la_name)) AND (a.is_current OR a.last_year >= 2023)
				 ORDER BY a.is_current DESC, a.last_year DESC LIMIT 1) AS la_code
			FROM ${t} r WHERE r.la_name NOT IN (${ignored})`);
		await failIfAny(
			conn,
			`SELECT _row, la_name AS value FROM la_sub_icb22 WHERE la_code IS NULL`,
			input,
			'local authority name not recognised',
			'la_name',
			'the name of an upper-tier LA in the areas table that existed in December 2022'
		);
		parts.push(`SELECT la_code, nhs_code, 'sub_icb', '2022', 'boundary_overlap', NULL, NULL, NULL, NULL, NULL FROM la_sub_icb22`);
		// An LA created after December 2022 (Cumberland, Westmorland and Furness) has no row of its own: it is given every
		// sub-ICB location of the LA it was split from (Cumbria), marked by its method so no one takes it for a measured overlap.
		const splits = LA_SUCCESSORS.filter((s) => s.districts);
		parts.push(`SELECT s.to_code, o.nhs_code, 'sub_icb', '2022', 'predecessor_boundary_overlap', NULL, NULL, NULL, NULL, NULL
			FROM (VALUES ${splits.map((s) => `(${quoteString(s.from)}, ${quoteString(s.to)})`).join(', ')}) AS s(from_code, to_code)
			JOIN la_sub_icb22 o ON o.la_code = s.from_code
			WHERE s.to_code NOT IN (SELECT la_code FROM la_sub_icb22)`);

		await conn.run(`CREATE OR REPLACE TABLE la_nhs_overlap AS
			SELECT * FROM (${parts.join('\nUNION ALL\n')})
			ORDER BY vintage, la_code, share_of_la DESC NULLS LAST, nhs_code`);
	}
};
