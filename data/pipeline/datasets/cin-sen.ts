/**
 * Special educational needs of children in need (excluding those on a child protection plan or looked after), of
 * children on a child protection plan (excluding looked after) and of children looked after for 12 months or more,
 * at 31 March, 2016/17–2021/22, by LA, region and England: DfE "Outcomes for children in need, including children
 * looked after by local authorities", as extracted for the SEND and AP inclusion dashboard (sen_la.csv), with the
 * all-pupils comparison for England from the national file (sen_national.csv).
 */
import { checkCodes, checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { ACADEMIC_YEAR, ACADEMIC_YEAR_PERIOD, checkEesAreas, EES_AREA, EES_AREA_COLUMNS, REGION_OR_SUBREGION, SUBREGION_ROW } from '../ees';
import { readCsv } from '../read';
import { notSql } from '../sql';
import { createTidyTable, unpivotSql, type MeasureColumn } from '../tidy';

export const CIN_SEN_LA_FILE = 'social-care/sen_la.csv';
const CIN_SEN_NATIONAL_FILE = 'social-care/sen_national.csv';

/** The social care groups the dashboard shows, and their measure prefixes. */
const CIN_GROUPS = {
	'CINO at 31 March': 'cin',
	'CPPO at 31 March': 'cpp',
	'CLA 12 months at 31 March': 'cla'
} as const;
const ALL_PUPILS = 'All pupils comparison';

const SEN_COLUMNS = [
	{ suffix: 'no_identified_SEN', breakdown: 'No SEN' },
	{ suffix: 'SEN_support', breakdown: 'SEN support' },
	{ suffix: 'statement_or_EHC_plan', breakdown: 'EHC plan' },
	{ suffix: 'all_SEN', breakdown: 'All SEN' }
] as const;

function groupParts(source: string, file: string, prefix: string, where: string, area: { areaCode: string; areaLevel: string }) {
	const total: MeasureColumn[] = [{ column: 't_pupils', measure: `${prefix}_children`, unit: 'count' }];
	const parts = [{ sql: unpivotSql(source, file, { ...area, ...ACADEMIC_YEAR, breakdownTopic: `'Total'`, breakdown: `'Total'`, where }, total), priority: 1 }];
	for (const c of SEN_COLUMNS) {
		parts.push({
			sql: unpivotSql(source, file, { ...area, ...ACADEMIC_YEAR, breakdownTopic: `'SEN provision'`, breakdown: `'${c.breakdown}'`, where }, [
				{ column: `t_${c.suffix}`, measure: `${prefix}_children`, unit: 'count' },
				{ column: `pt_${c.suffix}`, measure: `${prefix}_pc`, unit: 'percent' }
			]),
			priority: 1
		});
	}
	return parts;
}

export const cinSen: PublishedDataset = {
	id: 'cin_sen',
	title: 'Special educational needs of children in need, on a child protection plan and looked after (2016/17 to 2021/22)',
	table: 'pub_cin_sen',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education (SEND and alternative provision inclusion dashboard)',
		title:
			'Outcomes for children in need, including children looked after by local authorities in England: SEN of children in need, as extracted for the SEND and AP inclusion dashboard',
		release: 'Years ending 31 March 2017 to 31 March 2022',
		files: [CIN_SEN_LA_FILE, CIN_SEN_NATIONAL_FILE]
	},
	notes: [
		'Children of school age matched to the school census, at 31 March, in three groups that do not overlap: children in need excluding those on a child protection plan or looked after (cin); children on a child protection plan, excluding those looked after (cpp); children looked after continuously for 12 months or more (cla). For each: how many, and what % have no identified SEN, are on SEN support, have an EHC plan (or statement), or have any SEN.',
		'The all-pupils comparison (the % of all pupils with each SEN provision) is published for England only.',
		'Percentages are rounded to one decimal place as DfE publishes them; small counts may be suppressed (shown as not available, never 0). Inner and Outer London rows are left out: the dashboard compares with whole regions.'
	],
	async build(conn, raw) {
		const la = raw.input(CIN_SEN_LA_FILE);
		const countCols = SEN_COLUMNS.flatMap((c) => [`t_${c.suffix}`, `pt_${c.suffix}`]);
		await readCsv(conn, la, 'raw_cin_sen_la', [...EES_AREA_COLUMNS, 'social_care_group', 't_pupils', ...countCols]);
		await checkEesAreas(conn, la, 'raw_cin_sen_la', ACADEMIC_YEAR_PERIOD, { levels: ['National', 'Regional', 'Local authority'], region: REGION_OR_SUBREGION });
		await checkCodes(conn, la, 'raw_cin_sen_la', 'social_care_group', Object.keys(CIN_GROUPS));
		await checkNumbers(conn, la, 'raw_cin_sen_la', ['t_pupils', ...countCols], DFE_SYMBOLS);
		await checkUniqueKey(conn, la, 'raw_cin_sen_la', ['time_period', 'geographic_level', 'region_code', 'new_la_code', 'social_care_group']);
		const national = raw.input(CIN_SEN_NATIONAL_FILE);
		await readCsv(conn, national, 'raw_cin_sen_national', ['time_period', 'geographic_level', 'country_code', 'social_care_group', 't_pupils', ...countCols]);
		await checkCodes(conn, national, 'raw_cin_sen_national', 'geographic_level', ['National']);
		await checkNumbers(conn, national, 'raw_cin_sen_national', ['t_pupils', ...countCols], DFE_SYMBOLS, { scope: `social_care_group = '${ALL_PUPILS}'` });
		const laArea = { areaCode: EES_AREA.areaCode, areaLevel: EES_AREA.areaLevel };
		const parts = Object.entries(CIN_GROUPS).flatMap(([group, prefix]) =>
			groupParts('raw_cin_sen_la', CIN_SEN_LA_FILE, prefix, `social_care_group = '${group}' AND ${notSql(SUBREGION_ROW)}`, laArea)
		);
		parts.push(
			...groupParts('raw_cin_sen_national', CIN_SEN_NATIONAL_FILE, 'all_pupils', `social_care_group = '${ALL_PUPILS}'`, {
				areaCode: 'country_code',
				areaLevel: `'national'`
			})
		);
		await createTidyTable(conn, this.table, parts);
	}
};
