/**
 * NHS areas: CCGs (April 2019, 2020, 2021 vintages), sub-ICB locations and ICBs (July 2022) and NHS England regions.
 * `ods_code` is the NHS (ODS) code the autism statistics use and the tidy model's `area_code` for NHS areas.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkCodes, checkPattern, checkUniqueKey } from '../checks';
import type { PublishedDataset } from '../dataset';
import { InputError } from '../errors';
import { readCsv, type RawInput } from '../read';

export const CCG19_FILE = 'geography/ons-lookups/273.csv';
export const CCG20_FILE = 'geography/ons-lookups/245.csv';
export const CCG21_FILE = 'geography/send-ap-lookups/Clinical_Commissioning_Groups_(April_2021)_Names_and_Codes_in_England.csv';
export const SUB_ICB22_FILE = 'geography/send-ap-lookups/Sub_ICB_Locations_to_Integrated_Care_Boards_to_NHS_England_(Region)_(July_2022)_Lookup_in_England.csv';
export const NHS_LOOKUP_FILE = 'geography/send-ap-lookups/prepared_data.Rdata__nhs_lookup.csv';

/** ODS codes of CCGs and sub-ICB locations: 2 digits + letter (e.g. 99E), or 5 characters for the CCGs created in April 2021 (e.g. A3A8R). */
export const CCG_ODS_PATTERN = '^([0-9]{2}[A-Z]|[A-Z][0-9][A-Z][0-9][A-Z])$';
const CCG_ODS_DESCRIPTION = 'an ODS code of a CCG or sub-ICB location: 2 digits and a letter (e.g. 99E) or 5 characters (e.g. A3A8R)';
const E38 = { pattern: '^E38[0-9]{6}$', description: 'an ONS CCG / sub-ICB code E38 + 6 digits' };

async function readCcgVintage(conn: DuckDBConnection, input: RawInput, table: string, yy: string): Promise<void> {
	const [cd, cdh, nm] = [`CCG${yy}CD`, `CCG${yy}CDH`, `CCG${yy}NM`];
	await readCsv(conn, input, table, [cd, cdh, nm]);
	await checkPattern(conn, input, table, cd, E38.pattern, E38.description);
	await checkPattern(conn, input, table, cdh, CCG_ODS_PATTERN, CCG_ODS_DESCRIPTION);
	await checkPattern(conn, input, table, nm, '^.*\\S.*$', 'a name');
	await checkUniqueKey(conn, input, table, [cdh]);
}

export const nhsAreas: PublishedDataset = {
	id: 'nhs_areas',
	title: 'NHS areas: CCGs, sub-ICB locations, ICBs and NHS England regions',
	table: 'nhs_areas',
	kind: 'lookup',
	source: {
		publisher: 'Office for National Statistics (Open Geography Portal); NHS England',
		title: 'Clinical Commissioning Group names and codes (April 2019, 2020, 2021); Sub ICB Locations to ICBs to NHS England (Region) lookup (July 2022)',
		release: 'CCG April 2019, April 2020, April 2021; sub-ICB July 2022',
		files: [CCG19_FILE, CCG20_FILE, CCG21_FILE, SUB_ICB22_FILE, NHS_LOOKUP_FILE]
	},
	notes: [
		'One row per NHS area and level: ods_code is the NHS (ODS) code the NHS statistics use (e.g. 99E), ons_code the ONS code (E38 CCG / sub-ICB, E54 ICB, E40 NHS region).',
		'CCGs come from the ONS April 2019, April 2020 and April 2021 names-and-codes files (vintages lists which); a CCG is valid from April of its first vintage (April 2019 at the earliest here; many existed before) to March before the vintage that no longer lists it, or June 2022 when CCGs were abolished.',
		'On 1 July 2022 each remaining CCG became a sub-ICB location with the same ODS code, inside one of 42 integrated care boards (ICBs). The same ods_code therefore appears once as level ccg and once as level sub_icb; ccg_name gives the former CCG name of a sub-ICB location. Six sub-ICB locations got new ONS codes because their boundaries changed in July 2022 (e.g. Glossop moved from Tameside and Glossop to Derby and Derbyshire).',
		'For a CCG, icb_code / icb_name are those of the sub-ICB location with the same ODS code (its successor); CCGs merged away before April 2021 have none.',
		'NHS England regions (Y56–Y63) are listed as in the July 2022 lookup; the autism statistics use the same codes from April 2019, so their valid_from is left empty. Later changes (sub-ICB mergers from 2023) are not in these lookups.'
	],
	async build(conn, raw) {
		const ccg19 = raw.input(CCG19_FILE);
		const ccg20 = raw.input(CCG20_FILE);
		const ccg21 = raw.input(CCG21_FILE);
		await readCcgVintage(conn, ccg19, 'raw_ccg19', '19');
		await readCcgVintage(conn, ccg20, 'raw_ccg20', '20');
		await readCcgVintage(conn, ccg21, 'raw_ccg21', '21');

		const sub = raw.input(SUB_ICB22_FILE);
		const t = 'raw_sicbl22';
		await readCsv(conn, sub, t, ['SICBL22CD', 'SICBL22CDH', 'SICBL22NM', 'ICB22CD', 'ICB22CDH', 'ICB22NM', 'NHSER22CD', 'NHSER22CDH', 'NHSER22NM']);
		await checkPattern(conn, sub, t, 'SICBL22CD', E38.pattern, E38.description);
		await checkPattern(conn, sub, t, 'SICBL22CDH', CCG_ODS_PATTERN, CCG_ODS_DESCRIPTION);
		await checkPattern(conn, sub, t, 'ICB22CD', '^E54[0-9]{6}$', 'an ONS ICB code E54 + 6 digits');
		await checkPattern(conn, sub, t, 'ICB22CDH', '^Q[0-9A-Z]{2}$', 'an ODS ICB code Q + 2 characters (e.g. QH8)');
		await checkPattern(conn, sub, t, 'NHSER22CD', '^E40[0-9]{6}$', 'an ONS NHS England region code E40 + 6 digits');
		await checkPattern(conn, sub, t, 'NHSER22CDH', '^Y[0-9]{2}$', 'an ODS NHS England region code Y + 2 digits (e.g. Y61)');
		await checkUniqueKey(conn, sub, t, ['SICBL22CDH']);
		// An ICB (and a region) must have one ONS code and name wherever it appears.
		for (const [code, others] of [
			['ICB22CDH', ['ICB22CD', 'ICB22NM', 'NHSER22CDH']],
			['NHSER22CDH', ['NHSER22CD', 'NHSER22NM']]
		] as const) {
			for (const other of others) {
				const bad = (
					await conn.runAndReadAll(
						`SELECT _row, "${other}" AS v FROM ${t}
						 QUALIFY "${other}" IS DISTINCT FROM first_value("${other}") OVER (PARTITION BY "${code}" ORDER BY _row) ORDER BY _row LIMIT 1`
					)
				).getRowObjectsJS()[0];
				if (bad) {
					throw new InputError(sub.label, `${code} has more than one ${other}`, {
						row: Number(bad._row),
						column: other,
						value: String(bad.v),
						expected: `one ${other} per ${code}`
					});
				}
			}
		}

		const lookup = raw.input(NHS_LOOKUP_FILE);
		await readCsv(conn, lookup, 'raw_nhs_lookup', ['nhs_code', 'nhs_name', 'nhs_type', 'nhs_region']);
		await checkCodes(conn, lookup, 'raw_nhs_lookup', 'nhs_type', ['Former CCG area', 'Provider']);
		await checkUniqueKey(conn, lookup, 'raw_nhs_lookup', ['nhs_code']);
		// Its former-CCG areas must be exactly the July 2022 sub-ICB locations.
		const subCodes = (await conn.runAndReadAll(`SELECT SICBL22CDH FROM ${t} ORDER BY 1`)).getRowsJS().map((r) => String(r[0]));
		await checkCodes(conn, lookup, 'raw_nhs_lookup', 'nhs_code', subCodes, `nhs_type = 'Former CCG area'`);

		await conn.run(`CREATE OR REPLACE TABLE nhs_areas AS
			SELECT * FROM (
			WITH ccg AS (
				SELECT CCG19CDH AS ods, CCG19CD AS ons, CCG19NM AS name, 2019 AS v FROM raw_ccg19
				UNION ALL SELECT CCG20CDH, CCG20CD, CCG20NM, 2020 FROM raw_ccg20
				UNION ALL SELECT CCG21CDH, CCG21CD, CCG21NM, 2021 FROM raw_ccg21
			), ccg_rows AS (
				SELECT ods, arg_max(ons, v) AS ons, arg_max(name, v) AS name, min(v) AS first_v, max(v) AS last_v,
					string_agg('CCG' || CAST(v - 2000 AS VARCHAR), ',' ORDER BY v) AS vintages
				FROM ccg GROUP BY ods
			)
			SELECT c.ods AS ods_code, c.ons AS ons_code, c.name, 'ccg' AS level, CAST(NULL AS VARCHAR) AS ccg_name,
				s.ICB22CDH AS icb_code, s.ICB22NM AS icb_name, s.NHSER22CDH AS nhs_region_code, s.NHSER22NM AS nhs_region_name,
				CAST(c.first_v AS VARCHAR) || '-04' AS valid_from,
				CASE WHEN c.last_v = 2021 THEN '2022-06' ELSE CAST(c.last_v + 1 AS VARCHAR) || '-03' END AS valid_to,
				c.vintages
			FROM ccg_rows c LEFT JOIN ${t} s ON s.SICBL22CDH = c.ods
			UNION ALL
			SELECT s.SICBL22CDH, s.SICBL22CD, s.SICBL22NM, 'sub_icb', n.nhs_name, s.ICB22CDH, s.ICB22NM, s.NHSER22CDH, s.NHSER22NM,
				'2022-07', NULL, 'SICBL22'
			FROM ${t} s LEFT JOIN raw_nhs_lookup n ON n.nhs_code = s.SICBL22CDH AND n.nhs_type = 'Former CCG area'
			UNION ALL
			SELECT ICB22CDH, any_value(ICB22CD), any_value(ICB22NM), 'icb', NULL, NULL, NULL, any_value(NHSER22CDH), any_value(NHSER22NM),
				'2022-07', NULL, 'ICB22'
			FROM ${t} GROUP BY ICB22CDH
			UNION ALL
			SELECT NHSER22CDH, any_value(NHSER22CD), any_value(NHSER22NM), 'nhs_region', NULL, NULL, NULL, NULL, NULL,
				NULL, NULL, 'NHSER22'
			FROM ${t} GROUP BY NHSER22CDH
			) ORDER BY CASE level WHEN 'nhs_region' THEN 0 WHEN 'icb' THEN 1 WHEN 'sub_icb' THEN 2 ELSE 3 END, ods_code`);
	}
};
