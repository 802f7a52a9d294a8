/**
 * Shared handling of files in the DfE Explore Education Statistics (EES) standard layout:
 * time_period, time_identifier, geographic_level, country_code, region_code, new_la_code, old_la_code, la_name, …
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkCodes, checkPattern } from './checks';
import type { RawInput } from './read';
import { notSql } from './sql';
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

/** Every geographic level EES files use; rows at levels outside EES_LEVELS are ignored by `EES_LEVELS_WHERE`. */
const ALL_EES_LEVELS = [
	...EES_LEVELS,
	'Local authority district',
	'Parliamentary constituency',
	'School',
	'Institution',
	'Provider',
	'Opportunity area',
	'Local skills improvement plan area',
	'MAT',
	'Sponsor',
	'Ward',
	'English devolved area',
	'RSC region',
	'Planning area',
	'Mayoral combined authority',
	'Local enterprise partnership'
] as const;

/** Regions as some EES files publish them: the nine E12 regions, or Inner/Outer London (E13). */
export const REGION_OR_SUBREGION = { pattern: '^E1[23]\\d{6}$', description: 'an ONS region code E12xxxxxx (or E13xxxxxx for Inner/Outer London)' };

/** Rows at Inner/Outer London level: published by some files in place of London; the dashboard uses whole regions only. */
export const SUBREGION_ROW = `(geographic_level = 'Regional' AND region_code LIKE 'E13%')`;

export interface EesAreaCheckOptions {
	/** Geographic levels allowed (default: every EES level). */
	levels?: readonly string[];
	/** Region code pattern (default: E12 regions only). */
	region?: { pattern: string; description: string };
	/** SQL condition for rows the dataset deliberately leaves out (e.g. placeholder rows); they are not checked. */
	skip?: string;
}

/** Validates the area and period columns of an EES file loaded into `table`. */
export async function checkEesAreas(
	conn: DuckDBConnection,
	input: RawInput,
	table: string,
	timePeriod: { pattern: string; description: string },
	options: EesAreaCheckOptions = {}
): Promise<void> {
	const scope = options.skip ? notSql(options.skip) : 'TRUE';
	const region = options.region ?? { pattern: '^E12\\d{6}$', description: 'an ONS region code E12xxxxxx' };
	await checkCodes(conn, input, table, 'geographic_level', options.levels ?? ALL_EES_LEVELS, scope);
	await checkPattern(conn, input, table, 'time_period', timePeriod.pattern, timePeriod.description, scope);
	await checkPattern(conn, input, table, 'country_code', '^E92000001$', 'E92000001 (England)', `${scope} AND geographic_level = 'National'`);
	await checkPattern(conn, input, table, 'region_code', region.pattern, region.description, `${scope} AND geographic_level = 'Regional'`);
	await checkPattern(
		conn,
		input,
		table,
		'new_la_code',
		'^E(06|08|09|10)\\d{6}$',
		'an ONS upper-tier LA code (E06/E08/E09/E10 + 6 digits)',
		`${scope} AND geographic_level = 'Local authority'`
	);
}

export const ACADEMIC_YEAR_PERIOD = { pattern: '^(19|20)\\d{2}(\\d{2})$', description: 'an academic year as YYYYYY, e.g. 202425' };
export const CALENDAR_YEAR_PERIOD = { pattern: '^(19|20)\\d{2}$', description: 'a calendar year as YYYY, e.g. 2024' };
