/** EHC plans that ceased in the calendar year (SEN2), by reason and by breakdown. */
import { checkCodes, checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { CALENDAR_YEAR, CALENDAR_YEAR_PERIOD, checkEesAreas, EES_AREA, EES_AREA_COLUMNS, EES_LEVELS_WHERE } from '../ees';
import { readCsv } from '../read';
import { quoteString } from '../sql';
import { createTidyTable, unpivotSql } from '../tidy';

export const CEASED_FILE = 'ehcp-sen2/release-2025/ceased_plans.csv';

/**
 * Reasons, labelled from the data guidance. Note the guidance's (counter-intuitive) definitions: `not_rec` = "ceased for
 * other reasons" and `other` = "reason is not recorded".
 */
const CEASED_REASONS = [
	{ column: 'max_age', label: 'Maximum age reached' },
	{ column: 'needs_met', label: 'Needs met without a plan' },
	{ column: 'he', label: 'Moved to higher education' },
	{ column: 'employ', label: 'Moved to paid employment' },
	{ column: 'transfer', label: 'Transferred to another LA' },
	{ column: 'no_engage', label: 'Young person no longer wishes to engage' },
	{ column: 'moved_outside_eng', label: 'Moved outside England' },
	{ column: 'deceased', label: 'Deceased' },
	{ column: 'not_rec', label: 'Other reason' },
	{ column: 'other', label: 'Reason not recorded' }
] as const;

const TOTAL_TOPIC = 'All ceased EHC plans';

export const ehcpCeased: PublishedDataset = {
	id: 'ehcp_ceased',
	title: 'EHC plans ceased in the calendar year, by reason',
	table: 'pub_ehcp_ceased',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'Education, health and care plans (SEN2)',
		release: 'Reporting year 2025, published June 2025',
		files: [CEASED_FILE]
	},
	notes: [
		'EHC plans that ceased in the calendar year (measure ceased_plans). Whole-area figures are broken down by reason (breakdown topic "Reason ceased"); the total and the breakdowns by age when the plan ceased, sex, ethnicity, last type of placement and years the plan was held (2023 onwards) carry the count of ceased plans only.',
		'Reasons follow the DfE data guidance: "Other reason" is the column not_rec ("ceased for other reasons") and "Reason not recorded" is the column other ("reason is not recorded"); the column names suggest the opposite, the guidance is followed.',
		'2022 comes from the last aggregate SEN2 return: many authorities recorded few reasons that year (for example Essex: 565 of 855 "not recorded"), so 2022 reasons are not comparable with 2023–2024 (person-level data). Breakdowns start in 2023.',
		'The release is not suppressed or rounded; small counts appear as published.'
	],
	async build(conn, raw) {
		const input = raw.input(CEASED_FILE);
		const table = 'raw_ceased';
		await readCsv(conn, input, table, [...EES_AREA_COLUMNS, 'breakdown_topic', 'breakdown', 'total_ceased', ...CEASED_REASONS.map((r) => r.column)]);
		await checkEesAreas(conn, input, table, CALENDAR_YEAR_PERIOD);
		await checkCodes(
			conn,
			input,
			table,
			'breakdown_topic',
			[TOTAL_TOPIC, 'Age plan ceased', 'Sex', 'Ethnicity', 'Type of placement', 'Years plan held'],
			EES_LEVELS_WHERE
		);
		await checkUniqueKey(
			conn,
			input,
			table,
			['time_period', 'geographic_level', 'region_code', 'new_la_code', 'breakdown_topic', 'breakdown'],
			EES_LEVELS_WHERE
		);
		await checkNumbers(conn, input, table, ['total_ceased'], DFE_SYMBOLS, { scope: EES_LEVELS_WHERE });
		const totals = `${EES_LEVELS_WHERE} AND breakdown_topic = '${TOTAL_TOPIC}'`;
		await checkNumbers(
			conn,
			input,
			table,
			CEASED_REASONS.map((r) => r.column),
			DFE_SYMBOLS,
			{ scope: totals }
		);
		const area = { ...EES_AREA, ...CALENDAR_YEAR };
		const isTotal = `breakdown_topic = '${TOTAL_TOPIC}'`;
		await createTidyTable(conn, this.table, [
			{
				sql: unpivotSql(
					table,
					CEASED_FILE,
					{
						...area,
						breakdownTopic: `CASE WHEN ${isTotal} THEN 'Total' ELSE breakdown_topic END`,
						breakdown: `CASE WHEN ${isTotal} THEN 'Total' ELSE breakdown END`,
						where: EES_LEVELS_WHERE
					},
					[{ column: 'total_ceased', measure: 'ceased_plans', unit: 'count' }]
				),
				priority: 1
			},
			...CEASED_REASONS.map((r) => ({
				sql: unpivotSql(table, CEASED_FILE, { ...area, breakdownTopic: `'Reason ceased'`, breakdown: quoteString(r.label), where: totals }, [
					{ column: r.column, measure: 'ceased_plans', unit: 'count' as const }
				]),
				priority: 1
			}))
		]);
	}
};
