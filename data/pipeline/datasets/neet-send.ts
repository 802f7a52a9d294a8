/**
 * 16–17-year-olds NEET or whose activity is not known, overall and by SEN provision (EHC plan, SEN support, no SEN),
 * from DfE's "NEET and participation: local authority figures" (NCCIS) as prepared for DfE's LA NEET dashboard.
 * One file per year; the release rule (newest file first) decides if two files ever publish the same year.
 */
import { checkCodes, checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import { notSql } from '../sql';
import { CALENDAR_YEAR, CALENDAR_YEAR_PERIOD, EES_AREA, EES_AREA_COLUMNS, EES_LEVELS, EES_LEVELS_WHERE, checkEesAreas } from '../ees';
import type { PublishedDataset } from '../dataset';
import { readCsv } from '../read';
import { createTidyTable, unpivotSql, type MeasureColumn } from '../tidy';

/** Newest first: the order is the release priority. */
export const NEET_FILES = [
	'neet-destinations/nccis/UD_NEETNK_LA_dashboard_final.csv',
	'neet-destinations/nccis/2024_version/UD_NEETNK_LA_dashboard_final.csv',
	'neet-destinations/nccis/UD_NEETNK_LA_dashboard_2023_final.csv',
	'neet-destinations/nccis/UD_NEETNK_LA_dashboard_2022_final.csv',
	'neet-destinations/nccis/UD_NEETNK_LA_dashboard_2021_vg_removed.csv'
];

const NEET_TOTAL_MEASURES: MeasureColumn[] = [
	{ column: 'Cohort_DJFavg', measure: 'cohort', unit: 'count' },
	{ column: 'NEET_not_known_percent', measure: 'neet_nk_pc', unit: 'percent' },
	{ column: 'NEET_percent', measure: 'neet_pc', unit: 'percent' },
	{ column: 'Notknown_percent', measure: 'not_known_pc', unit: 'percent' },
	{ column: 'TOTAL_participating_in_education_and_training_percent', measure: 'participating_pc', unit: 'percent' }
];

const NEET_SEN_GROUPS = [
	{ label: 'EHC plan', neet: 'NEET_NK_EHCP_percent', cohort: 'cohort_EHCP_percent' },
	{ label: 'SEN support', neet: 'NEET_NK_SENDsupport_percent', cohort: 'cohort_SENDsupport_percent' },
	{ label: 'No SEN', neet: 'NEET_NK_noSEN_percent', cohort: 'cohort_noSEN_percent' }
] as const;

/** Placeholder rows in the 2021 file ("LA demo" in "Region demo") that are not areas: left out. */
const DEMO_ROW = `(la_name = 'LA demo' OR region_name = 'Region demo')`;

const NUMBER_COLUMNS = [...NEET_TOTAL_MEASURES.map((m) => m.column), ...NEET_SEN_GROUPS.flatMap((g) => [g.neet, g.cohort])];

export const neetSend: PublishedDataset = {
	id: 'neet_send',
	title: '16–17-year-olds NEET or not known, by SEN provision',
	table: 'pub_neet_send',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'NEET and participation: local authority figures (NCCIS), as prepared for DfE’s NEET and participation LA dashboard',
		release: '2021 to 2025 (one file per year)',
		files: NEET_FILES
	},
	notes: [
		'Young people aged 16–17 (academic age) known to the LA who are not in education, employment or training (NEET) or whose activity is not known, as a percentage of the 16–17 cohort, averaged over December, January and February: 2025 means December 2024 to February 2025.',
		'neet_nk_pc by breakdown topic "SEN provision": the NEET or not-known percentage of young people with an EHC plan, on SEN support and with no SEN; cohort_pc is the share of the cohort in each group. Totals: cohort (Dec–Feb average count), neet_nk_pc, neet_pc, not_known_pc, participating_pc (in education or training, March).',
		'LA figures by SEN provision start in 2022: the 2021 file has them for England and regions only (LA cells blank). Caution: the 2021 file’s England figures by SEN provision are identical to the 2022 file’s, so one of them is probably a copy; both are shown as published.',
		'Release rule: each file holds one year (checked from its time_period); if two files ever publish the same year, the newest file wins. The 2021 file’s placeholder rows ("LA demo", "Region demo") are left out.',
		'c = suppressed (small numbers), z = not applicable, blank = not published: shown as such, never as zero.'
	],
	async build(conn, raw) {
		const parts: { sql: string; priority: number }[] = [];
		let priority = 1;
		for (const file of NEET_FILES) {
			const input = raw.input(file);
			const table = `raw_neet_${priority}`;
			await readCsv(conn, input, table, [...EES_AREA_COLUMNS, 'Age', ...NUMBER_COLUMNS]);
			await checkEesAreas(conn, input, table, CALENDAR_YEAR_PERIOD, { levels: EES_LEVELS, skip: DEMO_ROW });
			const rows = `${EES_LEVELS_WHERE} AND ${notSql(DEMO_ROW)}`;
			await checkCodes(conn, input, table, 'Age', ['16-17'], rows);
			await checkUniqueKey(conn, input, table, ['time_period', 'geographic_level', 'region_code', 'new_la_code'], rows);
			await checkNumbers(conn, input, table, NUMBER_COLUMNS, DFE_SYMBOLS, { scope: rows, allowBlank: true });
			const area = { ...EES_AREA, ...CALENDAR_YEAR, where: rows };
			parts.push({ sql: unpivotSql(table, file, { ...area, breakdownTopic: `'Total'`, breakdown: `'Total'` }, NEET_TOTAL_MEASURES), priority });
			for (const g of NEET_SEN_GROUPS) {
				parts.push({
					sql: unpivotSql(table, file, { ...area, breakdownTopic: `'SEN provision'`, breakdown: `'${g.label}'` }, [
						{ column: g.neet, measure: 'neet_nk_pc', unit: 'percent' },
						{ column: g.cohort, measure: 'cohort_pc', unit: 'percent' }
					]),
					priority
				});
			}
			priority += 1;
		}
		await createTidyTable(conn, this.table, parts);
	}
};
