/**
 * EHC plans by primary need (SEN2, 2025 release): all active plans at January 2025 and new plans made in 2024.
 * Shape: the need is a category, so whole-area figures put it in the breakdown (topic 'Primary need', breakdown the
 * SEN2 code); by age, the need goes in the measure id (`ehc_plans_need_asd` by 'Child or young persons age') so each
 * row keeps one breakdown. Other breakdowns of the files (placement, sex, ethnicity, years in place) are left out to
 * keep the file small.
 */
import { checkCodes, checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import { notSql, quoteString } from '../sql';
import {
	ACADEMIC_YEAR_PERIOD,
	CALENDAR_YEAR,
	CALENDAR_YEAR_PERIOD,
	EES_AREA,
	EES_AREA_COLUMNS,
	EES_LEVELS,
	EES_LEVELS_WHERE,
	JANUARY_CENSUS,
	REGION_OR_SUBREGION,
	SUBREGION_ROW,
	checkEesAreas
} from '../ees';
import type { PublishedDataset } from '../dataset';
import { readCsv } from '../read';
import { createTidyTable, unpivotSql, type MeasureColumn, type RowMapping } from '../tidy';

export const ALL_PLANS_FILE = 'ehcp-sen2/release-2025/sen_needs_all_plans.csv';
export const NEW_PLANS_FILE = 'ehcp-sen2/release-2025/sen_need_newplans.csv';

/** SEN2 primary-need codes and the columns that hold them (count, percentage of the row's plans). */
const NEEDS = [
	{ code: 'ASD', count: 'number_asd', pc: 'asd_pc' },
	{ code: 'HI', count: 'number_hi', pc: 'hi_pc' },
	{ code: 'MLD', count: 'number_mld', pc: 'mld_pc' },
	{ code: 'MSI', count: 'number_msi', pc: 'msi_pc' },
	{ code: 'OTH', count: 'number_oth', pc: 'oth_pc' },
	{ code: 'PD', count: 'number_pd', pc: 'pd_pc' },
	{ code: 'PMLD', count: 'number_pmld', pc: 'pmld_pc' },
	{ code: 'SEMH', count: 'number_semh', pc: 'semh_pc' },
	{ code: 'SLCN', count: 'number_slcn', pc: 'slcn_pc' },
	{ code: 'SLD', count: 'number_sld', pc: 'sld_pc' },
	{ code: 'SPLD', count: 'number_spld', pc: 'spld_pc' },
	{ code: 'VI', count: 'number_vi', pc: 'vi_pc' },
	{ code: 'UNKNOWN', count: 'number_need_unknown', pc: 'unknown_pc' }
] as const;

const TOTAL_TOPIC = 'All EHC plans';
const AGE_TOPIC = 'Child or young persons age';
const TOPICS = [TOTAL_TOPIC, AGE_TOPIC, 'Ethnicity', 'Sex', 'Type of placement', 'Years EHC plan in place'];
const NUMBER_COLUMNS = ['ehc_plans', ...NEEDS.flatMap((n) => [n.count, n.pc])];

interface NeedsFile {
	file: string;
	table: string;
	/** Measure-id prefix: 'ehc_plans' (all plans) or 'new_ehc_plans'. */
	prefix: string;
	period: Pick<RowMapping, 'period' | 'periodType' | 'year'>;
	periodCheck: { pattern: string; description: string };
}

const FILES: NeedsFile[] = [
	{ file: ALL_PLANS_FILE, table: 'raw_needs_all', prefix: 'ehc_plans', period: JANUARY_CENSUS, periodCheck: ACADEMIC_YEAR_PERIOD },
	{ file: NEW_PLANS_FILE, table: 'raw_needs_new', prefix: 'new_ehc_plans', period: CALENDAR_YEAR, periodCheck: CALENDAR_YEAR_PERIOD }
];

function partsFor(f: NeedsFile): string[] {
	const rows = `${EES_LEVELS_WHERE} AND ${notSql(SUBREGION_ROW)}`;
	const base = { ...EES_AREA, ...f.period };
	const isTotal = `breakdown_topic = ${quoteString(TOTAL_TOPIC)}`;
	const sql: string[] = [];
	// Plans in the row: Total, and each age (the denominator of the by-need-by-age counts).
	sql.push(
		unpivotSql(
			f.table,
			f.file,
			{
				...base,
				breakdownTopic: `CASE WHEN ${isTotal} THEN 'Total' ELSE breakdown_topic END`,
				breakdown: `CASE WHEN ${isTotal} THEN 'Total' ELSE breakdown END`,
				where: `${rows} AND breakdown_topic IN (${quoteString(TOTAL_TOPIC)}, ${quoteString(AGE_TOPIC)})`
			},
			[{ column: 'ehc_plans', measure: f.prefix, unit: 'count' }]
		)
	);
	// Whole-area plans by primary need: the need is the breakdown.
	for (const need of NEEDS) {
		const mapping: RowMapping = { ...base, breakdownTopic: `'Primary need'`, breakdown: quoteString(need.code), where: `${rows} AND ${isTotal}` };
		sql.push(
			unpivotSql(f.table, f.file, mapping, [
				{ column: need.count, measure: f.prefix, unit: 'count' },
				{ column: need.pc, measure: `${f.prefix}_pc`, unit: 'percent' }
			])
		);
	}
	// By age: the need is in the measure id, counts only.
	const byAge: MeasureColumn[] = NEEDS.map((n) => ({ column: n.count, measure: `${f.prefix}_need_${n.code.toLowerCase()}`, unit: 'count' }));
	sql.push(
		unpivotSql(
			f.table,
			f.file,
			{ ...base, breakdownTopic: 'breakdown_topic', breakdown: 'breakdown', where: `${rows} AND breakdown_topic = ${quoteString(AGE_TOPIC)}` },
			byAge
		)
	);
	return sql;
}

export const ehcpNeeds: PublishedDataset = {
	id: 'ehcp_needs',
	title: 'EHC plans by primary need: all plans (January 2025) and new plans (2024)',
	table: 'pub_ehcp_needs',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'Education, health and care plans (SEN2)',
		release: 'Reporting year 2025, published June 2025',
		files: [ALL_PLANS_FILE, NEW_PLANS_FILE]
	},
	notes: [
		'Primary type of need named in the EHC plan. All plans: active at the January 2025 census (period 2025-01; measures ehc_plans…). New plans: made in calendar year 2024 (period 2024; measures new_ehc_plans…).',
		'Whole-area figures: measure ehc_plans / new_ehc_plans with breakdown topic "Primary need" and the SEN2 code (ASD, HI, MLD, MSI, OTH, PD, PMLD, SEMH, SLCN, SLD, SPLD, VI, UNKNOWN = need not recorded); ehc_plans_pc / new_ehc_plans_pc is the percentage DfE publishes (one decimal place). By age: ehc_plans_need_<code> counts by "Child or young persons age" (age at January for all plans; age for new plans as DfE labels it), with ehc_plans for each age as the denominator.',
		'Plans whose primary need is Down syndrome are counted under OTH (other difficulty/disability).',
		'Surrey supplied amended need totals after the collection closed: its need figures for new plans, and its need figures by age for all plans, are not available (x).',
		'Primary need by LA is published for these two years only (the 2023 change to person-level SEN2 data is a break in the series). New plans by need are not published for London as a region (only Inner and Outer London, which the dashboard does not use).',
		'x = not available: shown as such, never as zero. The release is not suppressed or rounded, so small counts appear as published.'
	],
	async build(conn, raw) {
		const parts: { sql: string; priority: number }[] = [];
		for (const f of FILES) {
			const input = raw.input(f.file);
			await readCsv(conn, input, f.table, [...EES_AREA_COLUMNS, 'breakdown_topic', 'breakdown', ...NUMBER_COLUMNS]);
			await checkEesAreas(conn, input, f.table, f.periodCheck, { levels: EES_LEVELS, region: REGION_OR_SUBREGION });
			await checkCodes(conn, input, f.table, 'breakdown_topic', TOPICS, EES_LEVELS_WHERE);
			await checkUniqueKey(
				conn,
				input,
				f.table,
				['time_period', 'geographic_level', 'region_code', 'new_la_code', 'breakdown_topic', 'breakdown'],
				EES_LEVELS_WHERE
			);
			await checkNumbers(conn, input, f.table, NUMBER_COLUMNS, DFE_SYMBOLS, { scope: EES_LEVELS_WHERE });
			for (const sql of partsFor(f)) parts.push({ sql, priority: 1 });
		}
		await createTidyTable(conn, this.table, parts);
	}
};
