/** New EHC plans made in the calendar year (SEN2), by breakdown and, for whole-area totals, by type of setting. */
import { checkCodes, checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { CALENDAR_YEAR, CALENDAR_YEAR_PERIOD, checkEesAreas, EES_AREA, EES_AREA_COLUMNS, EES_LEVELS_WHERE } from '../ees';
import { readCsv } from '../read';
import { createTidyTable, unpivotSql, type MeasureColumn } from '../tidy';
import { SETTING_MEASURES } from './ehcp-caseload';

export const NEW_PLANS_FILE = 'ehcp-sen2/release-2025/newplans.csv';

/** The same setting columns as the caseload file, as measures new_ehc_plans_<setting>. */
const NEW_PLAN_SETTING_MEASURES: MeasureColumn[] = SETTING_MEASURES.map((m) => ({ ...m, measure: m.measure.replace(/^ehc_plans/, 'new_ehc_plans') }));

const ALL_NEW_PLANS: MeasureColumn = { column: 'new_ehc_plans', measure: 'new_ehc_plans', unit: 'count' };
const TOTAL_TOPIC = 'New EHC plans';

export const ehcpNewPlans: PublishedDataset = {
	id: 'ehcp_new_plans',
	title: 'New EHC plans made in the calendar year',
	table: 'pub_ehcp_new_plans',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'Education, health and care plans (SEN2)',
		release: 'Reporting year 2025, published June 2025',
		files: [NEW_PLANS_FILE]
	},
	notes: [
		'EHC plans that started in the calendar year (2024 = January to December 2024), made by the local authority.',
		'2019 to 2021 are published as one total per area; breakdowns by age when the plan started, sex and ethnicity start in 2022. Type of setting (new_ehc_plans_<setting>) is given for whole-area totals only. Some setting categories exist only in the aggregate years (awaiting provision, permanently excluded: 2019–2021) or only in person-level years (NEET, other post-16 provider, placement not recorded: 2022–2024); elective home education starts in 2020. Elsewhere they are x.',
		'The 2023 change from aggregate to person-level SEN2 data is a break in the series.',
		'Caution: Wakefield 2022 is published as 6,078 new plans, about 13 times its other years (327–531) and its 462 plans issued after assessment in the same year; DfE notes Wakefield submitted aggregate figures for 2022. It is shown as published.',
		'x = not available: shown as such, never as zero.'
	],
	async build(conn, raw) {
		const input = raw.input(NEW_PLANS_FILE);
		const table = 'raw_new_plans';
		await readCsv(conn, input, table, [...EES_AREA_COLUMNS, 'breakdown_topic', 'breakdown', 'new_ehc_plans', ...SETTING_MEASURES.map((m) => m.column)]);
		await checkEesAreas(conn, input, table, CALENDAR_YEAR_PERIOD);
		await checkCodes(conn, input, table, 'breakdown_topic', [TOTAL_TOPIC, 'Age when plan started', 'Sex', 'Ethnicity'], EES_LEVELS_WHERE);
		await checkUniqueKey(
			conn,
			input,
			table,
			['time_period', 'geographic_level', 'region_code', 'new_la_code', 'breakdown_topic', 'breakdown'],
			EES_LEVELS_WHERE
		);
		await checkNumbers(conn, input, table, ['new_ehc_plans'], DFE_SYMBOLS, { scope: EES_LEVELS_WHERE });
		const totalsOnly = `${EES_LEVELS_WHERE} AND breakdown_topic = '${TOTAL_TOPIC}'`;
		await checkNumbers(
			conn,
			input,
			table,
			SETTING_MEASURES.map((m) => m.column),
			DFE_SYMBOLS,
			{ scope: totalsOnly, allowBlank: true }
		);
		const isTotal = `breakdown_topic = '${TOTAL_TOPIC}'`;
		const mapping = {
			...EES_AREA,
			...CALENDAR_YEAR,
			breakdownTopic: `CASE WHEN ${isTotal} THEN 'Total' ELSE breakdown_topic END`,
			breakdown: `CASE WHEN ${isTotal} THEN 'Total' ELSE breakdown END`,
			where: EES_LEVELS_WHERE
		};
		await createTidyTable(conn, this.table, [
			{ sql: unpivotSql(table, NEW_PLANS_FILE, mapping, [ALL_NEW_PLANS]), priority: 1 },
			{ sql: unpivotSql(table, NEW_PLANS_FILE, { ...mapping, where: totalsOnly }, NEW_PLAN_SETTING_MEASURES), priority: 1 }
		]);
	}
};
