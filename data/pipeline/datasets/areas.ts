/** England, its regions and upper-tier local authorities (every one that appears in the EHC plan caseload file). */
import { checkPattern } from '../checks';
import type { PublishedDataset } from '../dataset';
import { ACADEMIC_YEAR_PERIOD, checkEesAreas, EES_AREA, EES_AREA_COLUMNS, EES_LEVELS_WHERE } from '../ees';
import { readCsv } from '../read';
import { AREA_ALIASES, canonicalAreaCodeSql } from '../area-aliases';

const FILE = 'ehcp-sen2/release-2025/caseload.csv';

export const areas: PublishedDataset = {
	id: 'areas',
	title: 'Areas: England, regions and local authorities',
	table: 'areas',
	kind: 'lookup',
	source: {
		publisher: 'Department for Education',
		title: 'Education, health and care plans (SEN2): the areas it reports',
		release: 'Reporting year 2025, published June 2025',
		files: [FILE]
	},
	notes: [
		'Local authorities are upper-tier (county, unitary, metropolitan district, London borough) as DfE reports them. An authority that no longer exists (e.g. after the 2023 reorganisations) is kept with is_current = false so its history can still be shown.',
		...AREA_ALIASES.map((a) => `${a.name} is one area under one code, ${a.code}, in every dataset: ${a.why}`)
	],
	async build(conn, raw) {
		const input = raw.input(FILE);
		await readCsv(conn, input, 'raw_areas', [...EES_AREA_COLUMNS, 'old_la_code', 'region_name']);
		await checkEesAreas(conn, input, 'raw_areas', ACADEMIC_YEAR_PERIOD);
		await checkPattern(conn, input, 'raw_areas', 'old_la_code', '^\\d{3}$', 'a 3-digit DfE LA number', `geographic_level = 'Local authority'`);
		await conn.run(`CREATE OR REPLACE TABLE areas AS
			WITH rows AS (
				SELECT ${canonicalAreaCodeSql(`(${EES_AREA.areaCode})`)} AS area_code, ${EES_AREA.areaLevel} AS area_level,
					CASE geographic_level WHEN 'National' THEN 'England' WHEN 'Regional' THEN region_name ELSE la_name END AS area_name,
					CASE WHEN geographic_level = 'Local authority' THEN region_code END AS region_code,
					CASE WHEN geographic_level = 'Local authority' THEN region_name END AS region_name,
					CASE WHEN geographic_level = 'Local authority' THEN old_la_code END AS dfe_la_number,
					CAST(substr(time_period, 1, 4) AS INTEGER) + 1 AS year
				FROM raw_areas WHERE ${EES_LEVELS_WHERE}
			), latest AS (SELECT max(year) AS y FROM rows)
			SELECT area_code,
				arg_max(area_name, year) AS area_name,
				any_value(area_level) AS area_level,
				arg_max(region_code, year) AS region_code,
				arg_max(region_name, year) AS region_name,
				arg_max(dfe_la_number, year) AS dfe_la_number,
				max(year) = (SELECT y FROM latest) AS is_current,
				CAST(min(year) AS INTEGER) AS first_year,
				CAST(max(year) AS INTEGER) AS last_year
			FROM rows GROUP BY area_code
			ORDER BY CASE any_value(area_level) WHEN 'national' THEN 0 WHEN 'regional' THEN 1 ELSE 2 END, area_name`);
	}
};
