/** Annual reviews of EHC plans in calendar year 2024 (SEN2): reviews due, meetings held, decisions, outcomes, timeliness. */
import { checkCodes, checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { CALENDAR_YEAR, CALENDAR_YEAR_PERIOD, checkEesAreas, EES_AREA, EES_AREA_COLUMNS, EES_LEVELS_WHERE } from '../ees';
import { readCsv } from '../read';
import { sqlList } from '../sql';
import { createTidyTable, unpivotSql, type MeasureColumn } from '../tidy';

export const ANNUAL_REVIEWS_FILE = 'ehcp-sen2/release-2025/annual_reviews.csv';

/** Every figure, for whole-area rows. (The file repeats the column review_meeting_prior_24; the copy is identical and ignored.) */
const REVIEW_MEASURES: MeasureColumn[] = [
	{ column: 'total_ehc_plans', measure: 'ehc_plans', unit: 'count' },
	{ column: 'review_expected', measure: 'reviews_expected', unit: 'count' },
	{ column: 'review_not_expected', measure: 'reviews_not_expected', unit: 'count' },
	{ column: 'total_review_meeting', measure: 'review_meetings', unit: 'count' },
	{ column: 'review_meeting_25', measure: 'review_meetings_2025', unit: 'count' },
	{ column: 'review_meeting_24', measure: 'review_meetings_2024', unit: 'count' },
	{ column: 'review_meeting_prior_24', measure: 'review_meetings_before_2024', unit: 'count' },
	{ column: 'no_review_meeting', measure: 'no_review_meeting', unit: 'count' },
	{ column: 'review_decision25', measure: 'review_decisions_2025', unit: 'count' },
	{ column: 'review_decision24', measure: 'review_decisions_2024', unit: 'count' },
	{ column: 'review_decision_prior24', measure: 'review_decisions_before_2024', unit: 'count' },
	{ column: 'review_decision_not_due', measure: 'review_decisions_not_due', unit: 'count' },
	{ column: 'review_decision_outstanding', measure: 'review_decisions_outstanding', unit: 'count' },
	{ column: 'outcome_amend', measure: 'review_outcome_amend', unit: 'count' },
	{ column: 'outcome_cease', measure: 'review_outcome_cease', unit: 'count' },
	{ column: 'outcome_maintan', measure: 'review_outcome_maintain', unit: 'count' },
	{ column: 'no_outcome', measure: 'review_no_outcome', unit: 'count' },
	{ column: 'number_decsion_4weeks', measure: 'review_decisions_within_4_weeks', unit: 'count' },
	{ column: 'number_decision_gt_4weeks', measure: 'review_decisions_after_4_weeks', unit: 'count' },
	{ column: 'pc_decsion_4weeks', measure: 'review_decisions_within_4_weeks_pc', unit: 'percent' },
	{ column: 'pc_decision_gt_4weeks', measure: 'review_decisions_after_4_weeks_pc', unit: 'percent' }
];

/** The figures kept for breakdowns (age, type of placement, years plan in place). */
const BREAKDOWN_MEASURES = ['reviews_expected', 'review_meetings', 'review_decisions_within_4_weeks_pc'];
const TOTAL_TOPIC = 'All annual reviews';
const BREAKDOWN_TOPICS = ['Child or young persons age', 'Type of placement', 'Years EHC plan in place'];

export const ehcpAnnualReviews: PublishedDataset = {
	id: 'ehcp_annual_reviews',
	title: 'Annual reviews of EHC plans',
	table: 'pub_ehcp_annual_reviews',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'Education, health and care plans (SEN2)',
		release: 'Reporting year 2025, published June 2025',
		files: [ANNUAL_REVIEWS_FILE]
	},
	notes: [
		'Annual reviews of the EHC plans held at January 2025, for calendar year 2024: plans whose review was expected (due), reviews with a meeting recorded (in 2025, in 2024 or before 2024), the decision after the review (amend, cease, maintain) and whether it was communicated within 4 weeks of the meeting.',
		'“Plans with a review due that had one” = (review_meetings_2024 + review_meetings_2025) / reviews_expected: meetings recorded before 2024 (review_meetings_before_2024) are an earlier year’s review and are not counted. DfE does not publish that percentage, so the dashboard must label it as calculated. Breakdowns by age, type of placement and years the plan has been in place carry reviews_expected, review_meetings and review_decisions_within_4_weeks_pc only; sex and ethnicity are left out.',
		'Blackpool and Reading could not return annual-review data; Waltham Forest, Surrey, Redbridge, Hertfordshire and Plymouth are suppressed by DfE pending quality checks (x). These are counted in England and regional totals as DfE publishes them.',
		'First published for 2024 (person-level SEN2): there is no earlier comparable series. x = not available, never zero.'
	],
	async build(conn, raw) {
		const input = raw.input(ANNUAL_REVIEWS_FILE);
		const table = 'raw_annual_reviews';
		await readCsv(conn, input, table, [...EES_AREA_COLUMNS, 'breakdown_topic', 'breakdown', ...REVIEW_MEASURES.map((m) => m.column)]);
		await checkEesAreas(conn, input, table, CALENDAR_YEAR_PERIOD);
		await checkCodes(conn, input, table, 'breakdown_topic', [TOTAL_TOPIC, ...BREAKDOWN_TOPICS, 'Sex', 'Ethnicity'], EES_LEVELS_WHERE);
		await checkUniqueKey(
			conn,
			input,
			table,
			['time_period', 'geographic_level', 'region_code', 'new_la_code', 'breakdown_topic', 'breakdown'],
			EES_LEVELS_WHERE
		);
		await checkNumbers(
			conn,
			input,
			table,
			REVIEW_MEASURES.map((m) => m.column),
			DFE_SYMBOLS,
			{ scope: EES_LEVELS_WHERE }
		);
		const area = { ...EES_AREA, ...CALENDAR_YEAR };
		await createTidyTable(conn, this.table, [
			{
				sql: unpivotSql(
					table,
					ANNUAL_REVIEWS_FILE,
					{ ...area, breakdownTopic: `'Total'`, breakdown: `'Total'`, where: `${EES_LEVELS_WHERE} AND breakdown_topic = '${TOTAL_TOPIC}'` },
					REVIEW_MEASURES
				),
				priority: 1
			},
			{
				sql: unpivotSql(
					table,
					ANNUAL_REVIEWS_FILE,
					{
						...area,
						breakdownTopic: 'breakdown_topic',
						breakdown: 'breakdown',
						where: `${EES_LEVELS_WHERE} AND breakdown_topic IN (${sqlList(BREAKDOWN_TOPICS)})`
					},
					REVIEW_MEASURES.filter((m) => BREAKDOWN_MEASURES.includes(m.measure))
				),
				priority: 1
			}
		]);
	}
};
