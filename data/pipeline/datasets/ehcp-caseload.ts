/** Active EHC plans at the January census (SEN2), by breakdown and, for whole-area totals, by type of setting. */
import { checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { ACADEMIC_YEAR_PERIOD, checkEesAreas, EES_AREA, EES_AREA_COLUMNS, EES_LEVELS_WHERE, JANUARY_CENSUS } from '../ees';
import { readCsv } from '../read';
import { createTidyTable, unpivotSql, type MeasureColumn } from '../tidy';

const FILE = 'ehcp-sen2/release-2025/caseload.csv';

/** Setting columns published for whole-area rows (counts, plus the percentages DfE publishes). */
export const SETTING_MEASURES: MeasureColumn[] = [
	{ column: 'mainstream_total', measure: 'ehc_plans_mainstream', unit: 'count' },
	{ column: 'mainstream_total_pc', measure: 'ehc_plans_mainstream_pc', unit: 'percent' },
	{ column: 'mainstream_independent', measure: 'ehc_plans_mainstream_independent', unit: 'count' },
	{ column: 'special_la_maintained', measure: 'ehc_plans_special_la_maintained', unit: 'count' },
	{ column: 'special_academy_free', measure: 'ehc_plans_special_academy_free', unit: 'count' },
	{ column: 'special_independent', measure: 'ehc_plans_special_independent', unit: 'count' },
	{ column: 'special_non_maintained', measure: 'ehc_plans_special_non_maintained', unit: 'count' },
	{ column: 'special_total', measure: 'ehc_plans_special', unit: 'count' },
	{ column: 'special_total_pc', measure: 'ehc_plans_special_pc', unit: 'percent' },
	{ column: 'ap_pru_total', measure: 'ehc_plans_ap_pru', unit: 'count' },
	{ column: 'general_fe_tertiary_colleges', measure: 'ehc_plans_general_fe', unit: 'count' },
	{ column: 'specialist_post_16_institutions', measure: 'ehc_plans_specialist_post16', unit: 'count' },
	{ column: 'ukrlp_provider', measure: 'ehc_plans_other_post16_provider', unit: 'count' },
	{ column: 'fe_total', measure: 'ehc_plans_fe', unit: 'count' },
	{ column: 'elective_home_education', measure: 'ehc_plans_ehe', unit: 'count' },
	{ column: 'other_arrangements_la', measure: 'ehc_plans_other_arrangements_la', unit: 'count' },
	{ column: 'other_arrangements_parents', measure: 'ehc_plans_other_arrangements_parents', unit: 'count' },
	{ column: 'neet', measure: 'ehc_plans_neet', unit: 'count' },
	{ column: 'neet_ntci', measure: 'ehc_plans_neet_notice_to_cease', unit: 'count' },
	{ column: 'neet_other', measure: 'ehc_plans_neet_other', unit: 'count' },
	{ column: 'neet_other_csa', measure: 'ehc_plans_neet_compulsory_school_age', unit: 'count' },
	{ column: 'ed_elsewhere', measure: 'ehc_plans_educated_elsewhere', unit: 'count' },
	{ column: 'nm_early_years', measure: 'ehc_plans_non_maintained_early_years', unit: 'count' },
	{ column: 'placement_unknown', measure: 'ehc_plans_placement_unknown', unit: 'count' },
	{ column: 'await_prov_2022', measure: 'ehc_plans_awaiting_provision', unit: 'count' },
	{ column: 'perm_ex_2022', measure: 'ehc_plans_permanently_excluded', unit: 'count' }
];

const ALL_PLANS: MeasureColumn = { column: 'ehcplans', measure: 'ehc_plans', unit: 'count' };

export const ehcpCaseload: PublishedDataset = {
	id: 'ehcp_caseload',
	title: 'Active EHC plans at the January census',
	table: 'pub_ehcp_caseload',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'Education, health and care plans (SEN2)',
		release: 'Reporting year 2025, published June 2025',
		files: [FILE]
	},
	notes: [
		'Counts of EHC plans maintained by the local authority at the January census (SEN2). 2019 means January 2019.',
		'January 2019 to January 2023 are published as one total per area; breakdowns by age and setting start in January 2024. The 2023 return changed from aggregate to person-level data (a break in the series).',
		'"Not in education, employment or training" is published in four columns (NEET; notice to cease issued; other age groups; compulsory school age), the last three from January 2023 only; the dashboard’s NEET is all four (see the chart notes).',
		'x = not available, c = suppressed, z = not applicable: shown as such, never as zero.'
	],
	async build(conn, raw) {
		const input = raw.input(FILE);
		await readCsv(conn, input, 'raw_caseload', [...EES_AREA_COLUMNS, 'breakdown_topic', 'breakdown', 'ehcplans', ...SETTING_MEASURES.map((m) => m.column)]);
		await checkEesAreas(conn, input, 'raw_caseload', ACADEMIC_YEAR_PERIOD);
		await checkUniqueKey(
			conn,
			input,
			'raw_caseload',
			['time_period', 'geographic_level', 'region_code', 'new_la_code', 'breakdown_topic', 'breakdown'],
			EES_LEVELS_WHERE
		);
		await checkNumbers(conn, input, 'raw_caseload', ['ehcplans'], DFE_SYMBOLS, { scope: EES_LEVELS_WHERE });
		await checkNumbers(
			conn,
			input,
			'raw_caseload',
			SETTING_MEASURES.map((m) => m.column),
			DFE_SYMBOLS,
			{
				scope: `${EES_LEVELS_WHERE} AND breakdown_topic = 'All EHC plans'`,
				allowBlank: true
			}
		);
		const total = `CASE WHEN breakdown_topic = 'All EHC plans' THEN 'Total' ELSE breakdown_topic END`;
		const totalBreakdown = `CASE WHEN breakdown_topic = 'All EHC plans' THEN 'Total' ELSE breakdown END`;
		const mapping = { ...EES_AREA, ...JANUARY_CENSUS, breakdownTopic: total, breakdown: totalBreakdown, where: EES_LEVELS_WHERE };
		await createTidyTable(conn, this.table, [
			{ sql: unpivotSql('raw_caseload', FILE, mapping, [ALL_PLANS]), priority: 1 },
			{
				sql: unpivotSql('raw_caseload', FILE, { ...mapping, where: `${EES_LEVELS_WHERE} AND breakdown_topic = 'All EHC plans'` }, SETTING_MEASURES),
				priority: 1
			}
		]);
	}
};
