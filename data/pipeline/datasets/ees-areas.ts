/**
 * Area/period validation for EES-shaped files that checkEesAreas (ees.ts) cannot take as they are: files that publish
 * Inner/Outer London (E13) as regions, or carry placeholder rows. Same checks, composed from checks.ts, with a
 * documented `skip` condition for rows the dataset leaves out and an optional wider region pattern.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkCodes, checkPattern } from '../checks';
import { EES_LEVELS } from '../ees';
import type { RawInput } from '../read';

/** Regions as some EES files publish them: the nine E12 regions, or Inner/Outer London (E13). */
export const REGION_OR_SUBREGION = { pattern: '^E1[23]\\d{6}$', description: 'an ONS region code E12xxxxxx (or E13xxxxxx for Inner/Outer London)' };

/** Rows at Inner/Outer London level: published by some files in place of London; the dashboard uses whole regions only. */
export const SUBREGION_ROW = `(geographic_level = 'Regional' AND region_code LIKE 'E13%')`;

/** NULL-safe "not this condition": rows for which `condition` is not true. */
export const notSql = (condition: string): string => `NOT coalesce((${condition}), false)`;

export async function checkEesAreasWith(
	conn: DuckDBConnection,
	input: RawInput,
	table: string,
	timePeriod: { pattern: string; description: string },
	options: { region?: { pattern: string; description: string }; skip?: string } = {}
): Promise<void> {
	const scope = options.skip ? notSql(options.skip) : 'TRUE';
	const region = options.region ?? { pattern: '^E12\\d{6}$', description: 'an ONS region code E12xxxxxx' };
	await checkCodes(conn, input, table, 'geographic_level', EES_LEVELS, scope);
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
