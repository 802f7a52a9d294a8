/**
 * Area codes that name the same area as another code. DfE publishes Buckinghamshire under E06000060 (the unitary
 * council's ONS code, April 2020) in some files and years and under E10000002 (the county code) in others; the area
 * and the DfE LA number (825) are the same. Every dataset is keyed on one code per area, so the pipeline rewrites each
 * alias to its code in `areas` and in every tidy table (`createTidyTable`).
 */
import { quoteString } from './sql';

export interface AreaAlias {
	/** The code some files publish. */
	alias: string;
	/** The code the dashboard uses for the area. */
	code: string;
	name: string;
	why: string;
}

export const AREA_ALIASES: readonly AreaAlias[] = [
	{
		alias: 'E06000060',
		code: 'E10000002',
		name: 'Buckinghamshire',
		why: 'Buckinghamshire Council (unitary from April 2020) has ONS code E06000060; DfE publishes it under E06000060 in some years (e.g. EHC plans 2021–2023, timeliness 2020–2022, exclusions, NEET) and under E10000002, its county code, in others. Same area, same DfE number 825.'
	}
];

/** SQL expression: `expr` with every alias replaced by its area's code. */
export function canonicalAreaCodeSql(expr: string): string {
	return `CASE ${expr} ${AREA_ALIASES.map((a) => `WHEN ${quoteString(a.alias)} THEN ${quoteString(a.code)}`).join(' ')} ELSE ${expr} END`;
}

/** SQL condition: `expr` is an alias (a code the dashboard replaces). */
export function isAliasSql(expr: string): string {
	return `${expr} IN (${AREA_ALIASES.map((a) => quoteString(a.alias)).join(', ')})`;
}
