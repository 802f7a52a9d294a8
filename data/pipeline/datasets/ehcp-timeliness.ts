/** New EHC plans issued within 20 weeks, with and without exception cases, 2014–2024. */
import { checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { CALENDAR_YEAR, CALENDAR_YEAR_PERIOD, checkEesAreas, EES_AREA, EES_AREA_COLUMNS, EES_LEVELS_WHERE } from '../ees';
import { readCsv } from '../read';
import { createTidyTable, unpivotSql, type MeasureColumn } from '../tidy';

const RELEASE_2025 = 'ehcp-sen2/release-2025/timeliness_20_week.csv';
const RELEASE_2023 = 'ehcp-sen2/release-2023-mi/sen2_mi.csv';

const MEASURES_2025: MeasureColumn[] = [
	{ column: 'plans_issued_den', measure: 'plans_issued', unit: 'count' },
	{ column: 'plans_issued_den_ex', measure: 'plans_issued_excl_exceptions', unit: 'count' },
	{ column: 'plans_issued_within_20_weeks', measure: 'plans_within_20_weeks', unit: 'count' },
	{ column: 'plans_issued_20_weeks_ex', measure: 'plans_within_20_weeks_excl_exceptions', unit: 'count' },
	{ column: 'pc_plans_issued_within_20_weeks', measure: 'pc_within_20_weeks', unit: 'percent' },
	{ column: 'PC_plans_issued_20_weeks_ex', measure: 'pc_within_20_weeks_excl_exceptions', unit: 'percent' }
];

// The 2023 release's MI file names the same figures differently ("inc_exc" = including exception cases = all plans).
// Its rates are inc_exc_20week_ehc ÷ tot_inc_exc_ehc and no_exc_20week_ehc ÷ tot_no_exc_ehc in every row, so those are
// the denominators (not new_all_ehc, all new plans, which differs: England 2015 24,654 against 24,624).
const MEASURES_2023: MeasureColumn[] = [
	{ column: 'tot_inc_exc_ehc', measure: 'plans_issued', unit: 'count' },
	{ column: 'tot_no_exc_ehc', measure: 'plans_issued_excl_exceptions', unit: 'count' },
	{ column: 'inc_exc_20week_ehc', measure: 'plans_within_20_weeks', unit: 'count' },
	{ column: 'no_exc_20week_ehc', measure: 'plans_within_20_weeks_excl_exceptions', unit: 'count' },
	{ column: 'inc_exc_20week_rate', measure: 'pc_within_20_weeks', unit: 'percent' },
	{ column: 'no_exc_20week_rate', measure: 'pc_within_20_weeks_excl_exceptions', unit: 'percent' }
];

export const ehcpTimeliness: PublishedDataset = {
	id: 'ehcp_timeliness',
	title: 'New EHC plans issued within 20 weeks',
	table: 'pub_ehcp_timeliness',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'Education, health and care plans (SEN2)',
		release: 'Reporting year 2025 (2019–2024); 2023 release MI file (2014–2018)',
		files: [RELEASE_2025, RELEASE_2023]
	},
	notes: [
		'Percentage of new EHC plans issued within the statutory 20 weeks in the calendar year, including and excluding exception cases.',
		'Release rule: for 2019–2024 the June 2025 release is used (it revises earlier years); 2014–2018 come from the 2023 release, the newest that publishes them.',
		'Denominators: plans issued including exception cases (2014–2018: tot_inc_exc_ehc; 2019–2024: plans_issued_den) and excluding them (tot_no_exc_ehc; plans_issued_den_ex), the ones DfE divides by for each published rate.',
		'EHC plans replaced statements from September 2014, so 2014 covers only the first months of the new system.'
	],
	async build(conn, raw) {
		const new25 = raw.input(RELEASE_2025);
		await readCsv(conn, new25, 'raw_timeliness_2025', [...EES_AREA_COLUMNS, 'breakdown_topic', 'breakdown', ...MEASURES_2025.map((m) => m.column)]);
		await checkEesAreas(conn, new25, 'raw_timeliness_2025', CALENDAR_YEAR_PERIOD);
		await checkUniqueKey(
			conn,
			new25,
			'raw_timeliness_2025',
			['time_period', 'geographic_level', 'region_code', 'new_la_code', 'breakdown_topic', 'breakdown'],
			EES_LEVELS_WHERE
		);
		await checkNumbers(
			conn,
			new25,
			'raw_timeliness_2025',
			MEASURES_2025.map((m) => m.column),
			DFE_SYMBOLS,
			{ scope: EES_LEVELS_WHERE }
		);

		const mi23 = raw.input(RELEASE_2023);
		await readCsv(conn, mi23, 'raw_timeliness_2023', [...EES_AREA_COLUMNS, ...MEASURES_2023.map((m) => m.column)]);
		await checkEesAreas(conn, mi23, 'raw_timeliness_2023', CALENDAR_YEAR_PERIOD);
		await checkUniqueKey(conn, mi23, 'raw_timeliness_2023', ['time_period', 'geographic_level', 'region_code', 'new_la_code'], EES_LEVELS_WHERE);
		await checkNumbers(
			conn,
			mi23,
			'raw_timeliness_2023',
			MEASURES_2023.map((m) => m.column),
			DFE_SYMBOLS,
			{ scope: EES_LEVELS_WHERE }
		);

		const isTotal = `breakdown_topic = 'All EHC plans issued'`;
		await createTidyTable(conn, this.table, [
			{
				sql: unpivotSql(
					'raw_timeliness_2025',
					RELEASE_2025,
					{
						...EES_AREA,
						...CALENDAR_YEAR,
						breakdownTopic: `CASE WHEN ${isTotal} THEN 'Total' ELSE breakdown_topic END`,
						breakdown: `CASE WHEN ${isTotal} THEN 'Total' ELSE breakdown END`,
						where: EES_LEVELS_WHERE
					},
					MEASURES_2025
				),
				priority: 1
			},
			{
				sql: unpivotSql(
					'raw_timeliness_2023',
					RELEASE_2023,
					{ ...EES_AREA, ...CALENDAR_YEAR, breakdownTopic: `'Total'`, breakdown: `'Total'`, where: EES_LEVELS_WHERE },
					MEASURES_2023
				),
				priority: 2
			}
		]);
	}
};
