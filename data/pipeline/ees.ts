/**
 * Shared handling of files in the DfE Explore Education Statistics (EES) standard layout:
 * time_period, time_identifier, geographic_level, country_code, region_code, new_la_code, old_la_code, la_name, …
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkCodes, checkPattern } from './checks';
import type { RawInput } from './read';
import type { RowMapping } from './tidy';

export const EES_AREA_COLUMNS = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'region_code', 'new_la_code', 'la_name'];

/** The geographic levels the dashboard uses; other levels in a file are ignored by `EES_LEVELS_WHERE`. */
export const EES_LEVELS = ['National', 'Regional', 'Local authority'] as const;
export const EES_LEVELS_WHERE = `geographic_level IN ('National', 'Regional', 'Local authority')`;

/** Area code and level of an EES row. */
export const EES_AREA = {
	areaCode: `CASE geographic_level WHEN 'National' THEN country_code WHEN 'Regional' THEN region_code ELSE new_la_code END`,
	areaLevel: `CASE geographic_level WHEN 'National' THEN 'national' WHEN 'Regional' THEN 'regional' ELSE 'la' END`
};

/** Academic-year caseload files: time_period 202425 means the January 2025 census. */
export const JANUARY_CENSUS: Pick<RowMapping, 'period' | 'periodType' | 'year'> = {
	period: `CAST(CAST(substr(time_period, 1, 4) AS INTEGER) + 1 AS VARCHAR) || '-01'`,
	periodType: `'january_census'`,
	year: `CAST(substr(time_period, 1, 4) AS INTEGER) + 1`
};

export const CALENDAR_YEAR: Pick<RowMapping, 'period' | 'periodType' | 'year'> = {
	period: `time_period`,
	periodType: `'calendar_year'`,
	year: `CAST(time_period AS INTEGER)`
};

export const ACADEMIC_YEAR: Pick<RowMapping, 'period' | 'periodType' | 'year'> = {
	period: `substr(time_period, 1, 4) || '/' || substr(time_period, 5, 2)`,
	periodType: `'academic_year'`,
	year: `CAST(substr(time_period, 1, 4) AS INTEGER) + 1`
};

/** Validates the area and period columns of an EES file loaded into `table`. */
export async function checkEesAreas(
	conn: DuckDBConnection,
	input: RawInput,
	table: string,
	timePeriod: { pattern: string; description: string }
): Promise<void> {
	await checkCodes(conn, input, table, 'geographic_level', [...EES_LEVELS, 'Local authority district', 'Parliamentary constituency', 'School', 'Institution', 'Provider', 'Opportunity area', 'Local skills improvement plan area', 'MAT', 'Sponsor', 'Ward', 'English devolved area', 'RSC region', 'Planning area', 'Mayoral combined authority', 'Local enterprise partnership'] as const);
	await checkPattern(conn, input, table, 'time_period', timePeriod.pattern, timePeriod.description);
	await checkPattern(conn, input, table, 'country_code', '^E92000001$', 'E92000001 (England)', `geographic_level = 'National'`);
	await checkPattern(conn, input, table, 'region_code', '^E12\\d{6}$', 'an ONS region code E12xxxxxx', `geographic_level = 'Regional'`);
	await checkPattern(conn, input, table, 'new_la_code', '^E(06|08|09|10)\\d{6}$', 'an ONS upper-tier LA code (E06/E08/E09/E10 + 6 digits)', `geographic_level = 'Local authority'`);
}

export const ACADEMIC_YEAR_PERIOD = { pattern: '^(19|20)\\d{2}(\\d{2})$', description: 'an academic year as YYYYYY, e.g. 202425' };
export const CALENDAR_YEAR_PERIOD = { pattern: '^(19|20)\\d{2}$', description: 'a calendar year as YYYY, e.g. 2024' };
