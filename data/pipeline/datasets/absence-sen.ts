/**
 * Overall, authorised and unauthorised absence (% of sessions) by SEN provision, by LA, region and England,
 * 2016/17–2022/23 (autumn and spring terms): DfE's extract in the SEND and AP inclusion dashboard from "Pupil absence
 * in schools in England" (6_absence_2term_characteristics). England and regions are named; LAs are coded.
 */
import { checkCodes, checkNumbers, checkPattern, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import { attachAreaCodesByName } from '../area-names';
import type { PublishedDataset } from '../dataset';
import { ACADEMIC_YEAR, ACADEMIC_YEAR_PERIOD } from '../ees';
import { readCsv } from '../read';
import { createTidyTable, unpivotSql } from '../tidy';

export const ABSENCE_SEN_FILE = 'sen-school-census/prepared_data.Rdata__absence.csv';
/** The file's SEN provision groups and the dashboard's labels for them (the same labels as exclusions_sen). */
const ABSENCE_GROUPS = { 'EHCP or Statement': 'EHC plan', 'SEN support': 'SEN support', 'No SEN': 'No SEN', 'All SEN': 'All SEN' } as const;
const MEASURES = { Overall: 'absence_overall', Authorised: 'absence_authorised', Unauthorised: 'absence_unauthorised' } as const;
// The file has Inner and Outer London, not London; the dashboard compares with whole regions only.
const SUB_REGIONS = `(geographic_level = 'Regional' AND region_name IN ('Inner London', 'Outer London'))`;

export const absenceSen: PublishedDataset = {
	id: 'absence_sen',
	title: 'Pupil absence by SEN provision (autumn and spring terms, 2016/17 to 2022/23)',
	table: 'pub_absence_sen',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education (SEND and alternative provision inclusion dashboard)',
		title:
			'Pupil absence in schools in England: absence by pupil characteristics, autumn and spring terms (6_absence_2term_characteristics), as extracted for the SEND and AP inclusion dashboard',
		release: 'Academic years 2016/17 to 2022/23 (no 2019/20)',
		files: [ABSENCE_SEN_FILE]
	},
	notes: [
		'Overall, authorised and unauthorised absence: sessions missed as a percentage of possible sessions, in the autumn and spring terms, in state-funded primary, secondary and special schools, for pupils with an EHC plan (or statement), on SEN support, with no SEN, and all pupils with SEN. Two decimal places as the source gives them. Lower absence is better.',
		'There is no 2019/20: absence was not collected for the spring term of 2020 (COVID-19). 2020/21 figures are affected by the partial closures of schools.',
		'The file publishes Inner and Outer London but not London, so London boroughs have no regional figure here.',
		'Counts of pupils are not in the file, so no interval can be put on a rate.'
	],
	async build(conn, raw) {
		const input = raw.input(ABSENCE_SEN_FILE);
		const table = 'raw_absence_sen';
		await readCsv(conn, input, table, [
			'time_period',
			'geographic_level',
			'characteristic',
			'region_name',
			'new_la_code',
			'la_name',
			'Absence measure',
			'Percentage',
			'academic_year'
		]);
		await checkPattern(conn, input, table, 'time_period', ACADEMIC_YEAR_PERIOD.pattern, ACADEMIC_YEAR_PERIOD.description);
		await checkCodes(conn, input, table, 'geographic_level', ['National', 'Regional', 'Local authority']);
		await checkCodes(conn, input, table, 'characteristic', Object.keys(ABSENCE_GROUPS));
		await checkCodes(conn, input, table, 'Absence measure', Object.keys(MEASURES));
		await checkPattern(conn, input, table, 'new_la_code', '^E(06|08|09|10)\\d{6}$', 'an ONS upper-tier LA code', `geographic_level = 'Local authority'`);
		await checkNumbers(conn, input, table, ['Percentage'], DFE_SYMBOLS);
		await conn.run(`CREATE OR REPLACE TEMP TABLE raw_absence_sen_kept AS SELECT * FROM ${table} WHERE NOT ${SUB_REGIONS}`);
		await attachAreaCodesByName(conn, input, 'raw_absence_sen_kept', 'raw_absence_sen_named', {
			level: `CASE geographic_level WHEN 'National' THEN 'national' WHEN 'Regional' THEN 'regional' ELSE 'la' END`,
			name: 'region_name',
			nameColumn: 'region_name',
			code: `CASE geographic_level WHEN 'Local authority' THEN new_la_code END`,
			year: `CAST(substr(time_period, 1, 4) AS INTEGER) + 1`
		});
		await checkUniqueKey(conn, input, 'raw_absence_sen_named', [
			'time_period',
			'geographic_level',
			'region_name',
			'new_la_code',
			'characteristic',
			'Absence measure'
		]);
		const group = `CASE characteristic ${Object.entries(ABSENCE_GROUPS)
			.map(([k, v]) => `WHEN '${k}' THEN '${v}'`)
			.join(' ')} END`;
		const parts = Object.entries(MEASURES).map(([label, measure]) => ({
			sql: unpivotSql(
				'raw_absence_sen_named',
				ABSENCE_SEN_FILE,
				{
					areaCode: 'area_code',
					areaLevel: 'area_level',
					...ACADEMIC_YEAR,
					breakdownTopic: `'SEN provision'`,
					breakdown: group,
					where: `"Absence measure" = '${label}'`
				},
				[{ column: 'Percentage', measure, unit: 'percent' }]
			),
			priority: 1
		}));
		await createTidyTable(conn, this.table, parts);
	}
};
