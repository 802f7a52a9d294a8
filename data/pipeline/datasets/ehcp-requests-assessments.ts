/**
 * Requests for an EHC needs assessment and EHC needs assessments (SEN2): 2019–2024 from the 2025 release, with
 * earlier years (2014–2018) from the 2023 release's MI file for the measures whose definition is the same.
 */
import { checkCodes, checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { CALENDAR_YEAR, CALENDAR_YEAR_PERIOD, checkEesAreas, EES_AREA, EES_AREA_COLUMNS, EES_LEVELS_WHERE } from '../ees';
import { readCsv } from '../read';
import { createTidyTable, unpivotSql, type MeasureColumn } from '../tidy';

export const REQUESTS_FILE = 'ehcp-sen2/release-2025/requests.csv';
export const ASSESSMENTS_FILE = 'ehcp-sen2/release-2025/assessments.csv';
export const MI_FILE = 'ehcp-sen2/release-2023-mi/sen2_mi.csv';

const REQUEST_MEASURES: MeasureColumn[] = [
	{ column: 'requests_received_in_year', measure: 'requests', unit: 'count' },
	{ column: 'requests_rya', measure: 'requests_youth_accommodation', unit: 'count' },
	{ column: 'requests_decided_to_assess', measure: 'requests_decided_to_assess', unit: 'count' },
	{ column: 'requests_decided_not_to_assess', measure: 'requests_decided_not_to_assess', unit: 'count' },
	{ column: 'requests_decision_not_made', measure: 'requests_outstanding', unit: 'count' },
	{ column: 'requests_withdrawn', measure: 'requests_withdrawn', unit: 'count' },
	{ column: 'request_assess_pc', measure: 'requests_decided_to_assess_pc', unit: 'percent' },
	{ column: 'request_not_assess_pc', measure: 'requests_decided_not_to_assess_pc', unit: 'percent' },
	{ column: 'request_outstanding_pc', measure: 'requests_outstanding_pc', unit: 'percent' },
	{ column: 'request_withdrawn_pc', measure: 'requests_withdrawn_pc', unit: 'percent' },
	{ column: 'request_outcome_six_weeks', measure: 'requests_decided_within_6_weeks', unit: 'count' },
	{ column: 'request_outcome_over_6_weeks', measure: 'requests_decided_after_6_weeks', unit: 'count' },
	{ column: 'request_outcome_six_weeks_pc', measure: 'requests_decided_within_6_weeks_pc', unit: 'percent' },
	{ column: 'request_outcome_over_6_weeks_pc', measure: 'requests_decided_after_6_weeks_pc', unit: 'percent' },
	{ column: 'mediation_related_request', measure: 'requests_mediation', unit: 'count' },
	{ column: 'tribunal_related_request', measure: 'requests_tribunal', unit: 'count' },
	{ column: 'tribunal_after_mediation_request', measure: 'requests_tribunal_after_mediation', unit: 'count' }
];

const ASSESSMENT_MEASURES: MeasureColumn[] = [
	{ column: 'assess_in_year', measure: 'assessments', unit: 'count' },
	{ column: 'assess_issued', measure: 'assessments_plan_issued', unit: 'count' },
	{ column: 'assess_issued_pc', measure: 'assessments_plan_issued_pc', unit: 'percent' },
	{ column: 'assess_not_issued', measure: 'assessments_plan_not_issued', unit: 'count' },
	{ column: 'assess_not_issued_pc', measure: 'assessments_plan_not_issued_pc', unit: 'percent' },
	{ column: 'assess_not_made', measure: 'assessments_outstanding', unit: 'count' },
	{ column: 'assess_not_made_pc', measure: 'assessments_outstanding_pc', unit: 'percent' },
	{ column: 'assess_withdrawn', measure: 'assessments_withdrawn', unit: 'count' },
	{ column: 'assess_withdrawn_pc', measure: 'assessments_withdrawn_pc', unit: 'percent' },
	{ column: 'outcome_decision_within_time', measure: 'assessments_not_issued_within_16_weeks', unit: 'count' },
	{ column: 'outcome_decision_over_time', measure: 'assessments_not_issued_after_16_weeks', unit: 'count' },
	{ column: 'outcome_decision_within_time_pc', measure: 'assessments_not_issued_within_16_weeks_pc', unit: 'percent' },
	{ column: 'outcome_decision_over_time_pc', measure: 'assessments_not_issued_after_16_weeks_pc', unit: 'percent' },
	{ column: 'number_assess_mediation', measure: 'assessments_mediation', unit: 'count' },
	{ column: 'number_assess_tribunal', measure: 'assessments_tribunal', unit: 'count' },
	{ column: 'number_asssess_mediation_tribunal', measure: 'assessments_tribunal_after_mediation', unit: 'count' },
	{ column: 'number_other_mediation', measure: 'assessments_other_mediation', unit: 'count' },
	{ column: 'number_other_tribunal', measure: 'assessments_other_tribunal', unit: 'count' },
	{ column: 'number_other_mediation_tribunal', measure: 'assessments_other_tribunal_after_mediation', unit: 'count' }
];

/**
 * The MI file's columns that are the same figure as a 2025-release measure (checked: for 2019–2022, where both files
 * publish them, every LA, region and England value is identical). Not combined, because the definition differs:
 * new_all_ehc_pc and ass_none_ehc_pc (denominator = plans issued + not issued, not all assessments), ass_nodecision_ehc
 * (in progress at 31 December), and the mediation/tribunal columns (2022 only, already in the 2025 release).
 */
const MI_MEASURES: MeasureColumn[] = [
	{ column: 'inreq_ehc', measure: 'requests', unit: 'count' },
	{ column: 'inreq_rya_ehc', measure: 'requests_youth_accommodation', unit: 'count' },
	{ column: 'ass_refused_ehc', measure: 'requests_decided_not_to_assess', unit: 'count' },
	{ column: 'ass_refused_ehc_pc', measure: 'requests_decided_not_to_assess_pc', unit: 'percent' },
	{ column: 'new_all_ehc', measure: 'assessments_plan_issued', unit: 'count' },
	{ column: 'ass_none_ehc', measure: 'assessments_plan_not_issued', unit: 'count' }
];

const KEY = ['time_period', 'geographic_level', 'region_code', 'new_la_code', 'breakdown_topic', 'breakdown'];
const BREAKDOWN_TOPICS = ['Child or young persons age', 'Sex', 'Ethnicity'];

interface ReleaseFile {
	file: string;
	table: string;
	totalTopic: string;
	measures: MeasureColumn[];
	/** The headline measure also published for each breakdown. */
	headline: MeasureColumn;
}

const FILES: ReleaseFile[] = [
	{
		file: REQUESTS_FILE,
		table: 'raw_requests',
		totalTopic: 'All requests for EHC needs assessments',
		measures: REQUEST_MEASURES,
		headline: REQUEST_MEASURES[0]!
	},
	{
		file: ASSESSMENTS_FILE,
		table: 'raw_assessments',
		totalTopic: 'All EHC needs assessments',
		measures: ASSESSMENT_MEASURES,
		headline: ASSESSMENT_MEASURES[0]!
	}
];

export const ehcpRequestsAssessments: PublishedDataset = {
	id: 'ehcp_requests_assessments',
	title: 'Requests for EHC needs assessment and EHC needs assessments',
	table: 'pub_ehcp_requests_assessments',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'Education, health and care plans (SEN2)',
		release: 'Reporting year 2025, published June 2025 (2019–2024); 2023 release, MI file (2014–2018)',
		files: [REQUESTS_FILE, ASSESSMENTS_FILE, MI_FILE]
	},
	notes: [
		'Requests for an EHC needs assessment received in the calendar year and their outcome (decided to assess, decided not to assess, outstanding, withdrawn; decision within 6 weeks), and EHC needs assessments completed in the year and their outcome (plan issued, not issued, outstanding, withdrawn; decisions not to issue within 16 weeks), with related mediation and tribunals.',
		'Release rule: each figure comes from the newest release that publishes it. 2019–2024 come from the June 2025 release; the 2023 release’s MI file is used only for the years before (2014–2018) and only for measures with the same definition: requests (initial requests, from 2016), requests from young people in youth accommodation (2016), requests refused (decided not to assess, 2014) and its percentage of requests (2016), plans issued and not issued after assessment (2014). For 2019–2022 the two releases agree exactly.',
		'Where the 2025 release shows x for an aggregate year (e.g. the percentage of requests refused, 2019–2022) the x is kept, even though the 2023 release published a value: the newest release wins. Percentages from the MI file (2016–2018) are unrounded; the 2025 release rounds to one decimal place.',
		'Not combined: the MI file’s percentages of assessments issued / not issued use plans issued + not issued as the denominator, the 2025 release uses all assessments, so they are different measures.',
		'EHC plans replaced statements from September 2014, so 2014 covers only the first months of the new system. The 2023 change to person-level SEN2 data is a break in the series: outcomes, timeliness, mediation and tribunal counts start in 2022 or 2023. Breakdowns (age, sex, ethnicity; 2023 onwards) carry only the number of requests and of assessments.',
		'x = not available, z = not applicable: shown as such, never as zero.'
	],
	async build(conn, raw) {
		const parts: { sql: string; priority: number }[] = [];
		for (const f of FILES) {
			const input = raw.input(f.file);
			await readCsv(conn, input, f.table, [...EES_AREA_COLUMNS, 'breakdown_topic', 'breakdown', ...f.measures.map((m) => m.column)]);
			await checkEesAreas(conn, input, f.table, CALENDAR_YEAR_PERIOD);
			await checkCodes(conn, input, f.table, 'breakdown_topic', [f.totalTopic, ...BREAKDOWN_TOPICS], EES_LEVELS_WHERE);
			await checkUniqueKey(conn, input, f.table, KEY, EES_LEVELS_WHERE);
			const totals = `${EES_LEVELS_WHERE} AND breakdown_topic = '${f.totalTopic}'`;
			await checkNumbers(
				conn,
				input,
				f.table,
				f.measures.map((m) => m.column),
				DFE_SYMBOLS,
				{ scope: totals }
			);
			await checkNumbers(conn, input, f.table, [f.headline.column], DFE_SYMBOLS, { scope: EES_LEVELS_WHERE });
			const area = { ...EES_AREA, ...CALENDAR_YEAR };
			parts.push({ sql: unpivotSql(f.table, f.file, { ...area, breakdownTopic: `'Total'`, breakdown: `'Total'`, where: totals }, f.measures), priority: 1 });
			parts.push({
				sql: unpivotSql(
					f.table,
					f.file,
					{ ...area, breakdownTopic: 'breakdown_topic', breakdown: 'breakdown', where: `${EES_LEVELS_WHERE} AND breakdown_topic <> '${f.totalTopic}'` },
					[f.headline]
				),
				priority: 1
			});
		}
		const mi = raw.input(MI_FILE);
		await readCsv(conn, mi, 'raw_sen2_mi', [...EES_AREA_COLUMNS, ...MI_MEASURES.map((m) => m.column)]);
		await checkEesAreas(conn, mi, 'raw_sen2_mi', CALENDAR_YEAR_PERIOD);
		await checkUniqueKey(conn, mi, 'raw_sen2_mi', ['time_period', 'geographic_level', 'region_code', 'new_la_code'], EES_LEVELS_WHERE);
		await checkNumbers(
			conn,
			mi,
			'raw_sen2_mi',
			MI_MEASURES.map((m) => m.column),
			DFE_SYMBOLS,
			{ scope: EES_LEVELS_WHERE }
		);
		parts.push({
			sql: unpivotSql(
				'raw_sen2_mi',
				MI_FILE,
				{ ...EES_AREA, ...CALENDAR_YEAR, breakdownTopic: `'Total'`, breakdown: `'Total'`, where: EES_LEVELS_WHERE },
				MI_MEASURES
			),
			priority: 2
		});
		await createTidyTable(conn, this.table, parts);
	}
};
