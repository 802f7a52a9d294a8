/**
 * Post-16 destinations by SEN provision: the share of pupils leaving key stage 4 (state-funded mainstream and special
 * schools) in a sustained destination, and in education, an apprenticeship, employment, no sustained destination or an
 * unknown one, by LA and region, destination years 2018/19 to 2021/22. DfE's "Key stage 4 destination measures", as
 * prepared for DfE's NEET and participation dashboard (one row per area, year, SEN group and destination).
 */
import { checkCodes, checkNumbers, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { ACADEMIC_YEAR, ACADEMIC_YEAR_PERIOD, checkEesAreas, EES_AREA, EES_AREA_COLUMNS, REGION_OR_SUBREGION, SUBREGION_ROW } from '../ees';
import { readCsv } from '../read';
import { notSql, quoteString } from '../sql';
import { createTidyTable, unpivotSql, type MeasureColumn } from '../tidy';

export const KS4_DESTINATIONS_FILE = 'neet-destinations/destinations-by-sen/prepared_data.Rdata__ks4_destinations.csv';

const KS4_SEN_GROUPS = ['EHC plan or Statement', 'SEN support', 'Identified SEN', 'No identified SEN'] as const;

/** The file's destination rows (destination_raw) kept, and the measure each becomes; '% of pupils' holds the figure. */
const KS4_DESTINATIONS = [
	{ raw: 'overall', measure: 'sustained_pc', label: 'Overall sustained' },
	{ raw: 'appren', measure: 'apprenticeship_pc', label: 'Apprenticeship' },
	{ raw: 'all_work', measure: 'employment_pc', label: 'Employment' },
	{ raw: 'all_notsust', measure: 'not_sustained_pc', label: 'Not sustained' },
	{ raw: 'all_unknown', measure: 'unknown_pc', label: 'Unknown' }
] as const;
/** Every destination_raw the file publishes (the education sub-types sfc, ssf, fe, other_edu are not kept). */
const ALL_DESTINATIONS = ['overall', 'all_work', 'appren', 'sfc', 'ssf', 'fe', 'other_edu', 'all_notsust', 'all_unknown'];

/** Repeated on every destination row of an area/year/group: taken from its 'overall' row. */
const ROW_MEASURES: MeasureColumn[] = [
	{ column: 'cohort', measure: 'cohort', unit: 'count' },
	{ column: 'education', measure: 'education_pc', unit: 'percent' }
];

const LEVELS = ['Regional', 'Local authority'];

export const ks4DestinationsSen: PublishedDataset = {
	id: 'ks4_destinations_sen',
	title: 'Post-16 destinations of pupils leaving key stage 4, by SEN provision',
	table: 'pub_ks4_destinations_sen',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'Key stage 4 destination measures, by SEN provision, as prepared for DfE’s NEET and participation LA dashboard',
		release: 'Destination years 2018/19 to 2021/22 (2021/22 provisional)',
		files: [KS4_DESTINATIONS_FILE]
	},
	notes: [
		'Pupils at state-funded mainstream and special schools at the end of key stage 4 (year 11), by SEN provision (EHC plan or Statement, SEN support, identified SEN = both, no identified SEN), and where they were in the following year: 2021/22 means pupils who finished year 11 in 2020/21.',
		'A sustained destination is education, an apprenticeship or employment for the first two terms (October to March) of the destination year. sustained_pc = education_pc + apprenticeship_pc + employment_pc; the rest is not sustained or activity unknown. cohort is the number of pupils.',
		'Published for local authorities and regions only: the file has no England row, so England is not shown.',
		'2021/22 figures are provisional, earlier years revised, as published. Blank cells are kept as not published, never as zero.'
	],
	async build(conn, raw) {
		const input = raw.input(KS4_DESTINATIONS_FILE);
		const table = 'raw_ks4_destinations';
		const cols = ['institution_group', 'institution_type', 'characteristic_group', 'characteristic', 'data_type', 'destination_raw'];
		await readCsv(conn, input, table, [...EES_AREA_COLUMNS, ...cols, ...ROW_MEASURES.map((m) => m.column), '% of pupils']);
		await checkEesAreas(conn, input, table, ACADEMIC_YEAR_PERIOD, { levels: LEVELS, region: REGION_OR_SUBREGION });
		await checkCodes(conn, input, table, 'institution_group', ['State-funded mainstream & special schools']);
		await checkCodes(conn, input, table, 'institution_type', ['Total']);
		await checkCodes(conn, input, table, 'characteristic_group', ['SEN Provision']);
		await checkCodes(conn, input, table, 'characteristic', KS4_SEN_GROUPS);
		await checkCodes(conn, input, table, 'data_type', ['Percentage']);
		await checkCodes(conn, input, table, 'destination_raw', ALL_DESTINATIONS);
		const rows = `${notSql(SUBREGION_ROW)}`;
		await checkUniqueKey(conn, input, table, ['time_period', 'geographic_level', 'region_code', 'new_la_code', 'characteristic', 'destination_raw'], rows);
		await checkNumbers(conn, input, table, [...ROW_MEASURES.map((m) => m.column), '% of pupils'], DFE_SYMBOLS, { scope: rows, allowBlank: true });

		const mapping = { ...EES_AREA, ...ACADEMIC_YEAR, breakdownTopic: `'SEN provision'`, breakdown: 'characteristic' };
		await createTidyTable(conn, this.table, [
			{ sql: unpivotSql(table, KS4_DESTINATIONS_FILE, { ...mapping, where: `${rows} AND destination_raw = 'overall'` }, ROW_MEASURES), priority: 1 },
			...KS4_DESTINATIONS.map((d) => ({
				sql: unpivotSql(table, KS4_DESTINATIONS_FILE, { ...mapping, where: `${rows} AND destination_raw = ${quoteString(d.raw)}` }, [
					{ column: '% of pupils', measure: d.measure, unit: 'percent' }
				]),
				priority: 1
			}))
		]);
	}
};
