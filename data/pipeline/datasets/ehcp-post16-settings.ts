/**
 * Where young people aged 16–25 with EHC plans are: the caseload's setting columns on its single-year-of-age rows
 * (January 2024–2025), and open work-based placements (supported internships, apprenticeships, traineeships) by age
 * (January 2025). Kept apart from `ehcp_caseload`, which carries settings for whole-area totals only, to stay small.
 */
import { checkCodes, checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { ACADEMIC_YEAR_PERIOD, checkEesAreas, EES_AREA, EES_AREA_COLUMNS, EES_LEVELS_WHERE, JANUARY_CENSUS } from '../ees';
import { readCsv } from '../read';
import { createTidyTable, unpivotSql, type MeasureColumn } from '../tidy';

const CASELOAD = 'ehcp-sen2/release-2025/caseload.csv';
const WORK_BASED = 'ehcp-sen2/release-2025/work_based_placements.csv';

const POST16_AGES = ['age 16', 'age 17', 'age 18', 'age 19', 'age 20', 'age 21', 'age 22', 'age 23', 'age 24', 'age 25'];
/** The work-based placements file ends at "age 25 or over"; it is kept under that label, never relabelled "age 25". */
const WORK_BASED_AGES = [...POST16_AGES.slice(0, -1), 'age 25 or over'];

/**
 * Setting columns (counts) on the caseload's age rows, named as in `ehcp_caseload` where both exist. Only the columns
 * the 19–25 view groups are kept (the file is large); the rest of a row is all plans minus these.
 */
const POST16_SETTING_MEASURES: MeasureColumn[] = [
	{ column: 'ehcplans', measure: 'ehc_plans', unit: 'count' },
	{ column: 'mainstream_total', measure: 'ehc_plans_mainstream', unit: 'count' },
	{ column: 'special_total', measure: 'ehc_plans_special', unit: 'count' },
	{ column: 'ap_pru_total', measure: 'ehc_plans_ap_pru', unit: 'count' },
	{ column: 'general_fe_tertiary_colleges', measure: 'ehc_plans_general_fe', unit: 'count' },
	{ column: 'specialist_post_16_institutions', measure: 'ehc_plans_specialist_post16', unit: 'count' },
	{ column: 'ukrlp_provider', measure: 'ehc_plans_other_post16_provider', unit: 'count' },
	{ column: 'neet', measure: 'ehc_plans_neet', unit: 'count' },
	{ column: 'neet_ntci', measure: 'ehc_plans_neet_notice_to_cease', unit: 'count' },
	{ column: 'neet_other', measure: 'ehc_plans_neet_other', unit: 'count' },
	{ column: 'neet_other_csa', measure: 'ehc_plans_neet_compulsory_school_age', unit: 'count' },
	{ column: 'placement_unknown', measure: 'ehc_plans_placement_unknown', unit: 'count' },
	{ column: 'perm_ex_2022', measure: 'ehc_plans_permanently_excluded', unit: 'count' }
];

const WORK_BASED_MEASURES: MeasureColumn[] = [
	{ column: 'open_supp_intern', measure: 'work_based_supported_internships', unit: 'count' },
	{ column: 'open_apprentice', measure: 'work_based_apprenticeships', unit: 'count' },
	{ column: 'open_trainee', measure: 'work_based_traineeships', unit: 'count' },
	{ column: 'open_wbp', measure: 'work_based_placements', unit: 'count' }
];

const AGE_TOPIC = 'Child or young persons age';

export const ehcpPost16Settings: PublishedDataset = {
	id: 'ehcp_post16_settings',
	title: 'Young people aged 16–25 with EHC plans: type of setting and work-based placements, by age',
	table: 'pub_ehcp_post16_settings',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'Education, health and care plans (SEN2)',
		release: 'Reporting year 2025, published June 2025',
		files: [CASELOAD, WORK_BASED]
	},
	notes: [
		'EHC plans at the January census by single year of age (16 to 25) and the type of setting attended (caseload.csv, January 2024 and 2025).',
		'"Not in education or training" is published in four columns (NEET; notice to cease issued; other age groups; compulsory school age); DfE counts all four within "educated elsewhere".',
		'Work-based placements (work_based_placements.csv, January 2025 only): open supported internships, apprenticeships and traineeships. A young person on a work-based placement is also counted in a setting, so these are not added to the settings. The file\'s oldest age is "age 25 or over".',
		'x = not available, c = suppressed, z = not applicable: shown as such, never as zero.'
	],
	async build(conn, raw) {
		const caseload = raw.input(CASELOAD);
		await readCsv(conn, caseload, 'raw_post16_caseload', [
			...EES_AREA_COLUMNS,
			'breakdown_topic',
			'breakdown',
			...POST16_SETTING_MEASURES.map((m) => m.column)
		]);
		await checkEesAreas(conn, caseload, 'raw_post16_caseload', ACADEMIC_YEAR_PERIOD);
		const ages = `${EES_LEVELS_WHERE} AND breakdown_topic = '${AGE_TOPIC}' AND lower(breakdown) IN (${POST16_AGES.map((a) => `'${a}'`).join(', ')})`;
		await checkUniqueKey(conn, caseload, 'raw_post16_caseload', ['time_period', 'geographic_level', 'region_code', 'new_la_code', 'breakdown'], ages);
		await checkNumbers(
			conn,
			caseload,
			'raw_post16_caseload',
			POST16_SETTING_MEASURES.map((m) => m.column),
			DFE_SYMBOLS,
			{ scope: ages }
		);

		const wbp = raw.input(WORK_BASED);
		await readCsv(conn, wbp, 'raw_work_based', [...EES_AREA_COLUMNS, 'breakdown_topic', 'breakdown', ...WORK_BASED_MEASURES.map((m) => m.column)]);
		await checkEesAreas(conn, wbp, 'raw_work_based', ACADEMIC_YEAR_PERIOD);
		const wbpAges = `${EES_LEVELS_WHERE} AND breakdown_topic = 'Young persons age'`;
		await checkCodes(conn, wbp, 'raw_work_based', 'breakdown', [...WORK_BASED_AGES, 'age 15 and under', 'Age unknown'], wbpAges);
		await checkUniqueKey(conn, wbp, 'raw_work_based', ['time_period', 'geographic_level', 'region_code', 'new_la_code', 'breakdown'], wbpAges);
		await checkNumbers(
			conn,
			wbp,
			'raw_work_based',
			WORK_BASED_MEASURES.map((m) => m.column),
			DFE_SYMBOLS,
			{ scope: wbpAges }
		);

		const mapping = { ...EES_AREA, ...JANUARY_CENSUS, breakdownTopic: `'${AGE_TOPIC}'`, breakdown: 'lower(breakdown)' };
		await createTidyTable(conn, this.table, [
			{ sql: unpivotSql('raw_post16_caseload', CASELOAD, { ...mapping, where: ages }, POST16_SETTING_MEASURES), priority: 1 },
			{
				sql: unpivotSql(
					'raw_work_based',
					WORK_BASED,
					{ ...mapping, where: `${wbpAges} AND breakdown IN (${WORK_BASED_AGES.map((a) => `'${a}'`).join(', ')})` },
					WORK_BASED_MEASURES
				),
				priority: 1
			}
		]);
	}
};
