/** Suspensions and permanent exclusions, all pupils, by LA and school type, 2006/07–2022/23 (DfE EES file exc_nat_region_la_fy). */
import { checkCodes, checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import { notSql } from '../sql';
import {
	ACADEMIC_YEAR,
	ACADEMIC_YEAR_PERIOD,
	EES_AREA,
	EES_AREA_COLUMNS,
	EES_LEVELS,
	EES_LEVELS_WHERE,
	REGION_OR_SUBREGION,
	SUBREGION_ROW,
	checkEesAreas
} from '../ees';
import type { PublishedDataset } from '../dataset';
import { readCsv } from '../read';
import { createTidyTable, unpivotSql, type MeasureColumn } from '../tidy';

export const EXCLUSIONS_ALL_FILE = 'exclusions/exc_nat_region_la_fy.csv';

const EXCLUSION_MEASURES: MeasureColumn[] = [
	{ column: 'headcount', measure: 'headcount', unit: 'count' },
	{ column: 'perm_excl', measure: 'perm_excl', unit: 'count' },
	{ column: 'perm_excl_rate', measure: 'perm_excl_rate', unit: 'rate_per_100' },
	{ column: 'suspension', measure: 'suspension', unit: 'count' },
	{ column: 'susp_rate', measure: 'susp_rate', unit: 'rate_per_100' },
	{ column: 'one_plus_susp', measure: 'one_plus_susp', unit: 'count' },
	{ column: 'one_plus_susp_rate', measure: 'one_plus_susp_rate', unit: 'rate_per_100' }
];

/** Authorities abolished in April 2009 that the file lists with new_la_code "x" (no ONS code): left out. */
const NO_CODE_LAS = { '820': 'Bedfordshire', '875': 'Cheshire' } as const;
const NO_CODE_ROW = `(geographic_level = 'Local authority' AND new_la_code = 'x')`;

export const exclusionsAllPupils: PublishedDataset = {
	id: 'exclusions_all_pupils',
	title: 'Suspensions and permanent exclusions, all pupils, by school type',
	table: 'pub_exclusions_all_pupils',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education (copy taken from GitHub bobsonite/SEND-map)',
		title: 'Suspensions and permanent exclusions in England: national, regional and local authority by school type (exc_nat_region_la_fy)',
		release: 'Academic year 2022/23 release (2006/07 to 2022/23)',
		files: [EXCLUSIONS_ALL_FILE]
	},
	notes: [
		'All pupils (no SEN split) in state-funded primary, secondary and special schools (breakdown topic "School type"; Total = all three). Headcount, permanent exclusions, suspensions (fixed-period exclusions before 2021/22) and pupils with one or more suspensions; rates are per 100 pupils, as DfE publishes them (five decimal places).',
		'The file is DfE’s EES file as copied into a third-party repository; its values are DfE’s.',
		'Left out: Bedfordshire and Cheshire (abolished 2009; listed with no ONS code) and Inner/Outer London (the file has no London region row, so London has no regional comparison here). For 2008/09, the new authorities Bedford, Central Bedfordshire, Cheshire East and Cheshire West and Chester are published with headcount 0 and rates z.',
		'z = not applicable: shown as such, never as zero.'
	],
	async build(conn, raw) {
		const input = raw.input(EXCLUSIONS_ALL_FILE);
		const table = 'raw_exclusions_all';
		await readCsv(conn, input, table, [...EES_AREA_COLUMNS, 'old_la_code', 'school_type', ...EXCLUSION_MEASURES.map((m) => m.column)]);
		await checkEesAreas(conn, input, table, ACADEMIC_YEAR_PERIOD, { levels: EES_LEVELS, region: REGION_OR_SUBREGION, skip: NO_CODE_ROW });
		await checkCodes(conn, input, table, 'old_la_code', Object.keys(NO_CODE_LAS), NO_CODE_ROW);
		await checkCodes(conn, input, table, 'school_type', ['Total', 'state-funded primary', 'state-funded secondary', 'special'], EES_LEVELS_WHERE);
		await checkUniqueKey(conn, input, table, ['time_period', 'geographic_level', 'region_code', 'new_la_code', 'old_la_code', 'school_type'], EES_LEVELS_WHERE);
		await checkNumbers(
			conn,
			input,
			table,
			EXCLUSION_MEASURES.map((m) => m.column),
			DFE_SYMBOLS,
			{ scope: EES_LEVELS_WHERE }
		);
		await createTidyTable(conn, this.table, [
			{
				sql: unpivotSql(
					table,
					EXCLUSIONS_ALL_FILE,
					{
						...EES_AREA,
						...ACADEMIC_YEAR,
						breakdownTopic: `CASE WHEN school_type = 'Total' THEN 'Total' ELSE 'School type' END`,
						breakdown: 'school_type',
						where: `${EES_LEVELS_WHERE} AND ${notSql(NO_CODE_ROW)} AND ${notSql(SUBREGION_ROW)}`
					},
					EXCLUSION_MEASURES
				),
				priority: 1
			}
		]);
	}
};
