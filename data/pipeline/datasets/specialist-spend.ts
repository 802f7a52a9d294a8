/**
 * High-needs spend on specialist provision, state vs independent or non-maintained, total and per head of the 2–18
 * population, by LA, 2018-19 to 2021-22: DfE's extract in the SEND and AP inclusion dashboard (s251 outturn with ONS
 * population estimates). LAs only (no region or England rows), keyed by name.
 */
import { checkCodes, checkNumbers, checkPattern, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import { attachAreaCodesByName } from '../area-names';
import type { PublishedDataset } from '../dataset';
import { readCsv } from '../read';
import { createTidyTable, unpivotSql } from '../tidy';

export const SPECIALIST_SPEND_FILE = 'finance/prepared_data.Rdata__specialist_spend.csv';
const SPEND_CATEGORIES = { State: 'State', 'Independent or non-maintained': 'Independent or non-maintained', Total: 'Total' } as const;
const PER_HEAD = 'Spend per head';

/**
 * Rows for a year in which the authority did not exist (North and West Northamptonshire before 2021-22; Bournemouth
 * and Poole after 2018-19, when they became Bournemouth, Christchurch and Poole): the extract shows a spend of 0.0 there.
 * That 0.0 is not a figure, so it becomes symbol 'z' (not applicable), never 0.
 */
const NOT_APPLICABLE = `(NOT area_existed AND coalesce(TRY_CAST($col AS DOUBLE), 0) = 0)`;

export const specialistSpend: PublishedDataset = {
	id: 'specialist_spend',
	title: 'High-needs spend on state and independent or non-maintained specialist provision (2018-19 to 2021-22)',
	table: 'pub_specialist_spend',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education (SEND and alternative provision inclusion dashboard)',
		title:
			'LA and school expenditure (section 251 outturn): high-needs place and top-up spend on specialist provision, with ONS mid-year population estimates aged 2–18, as extracted for the SEND and AP inclusion dashboard',
		release: 'Financial years 2018-19 to 2021-22',
		files: [SPECIALIST_SPEND_FILE]
	},
	notes: [
		'High-needs spend on specialist provision in state (maintained, academy and free) settings and in independent or non-maintained settings, and their total, in pounds and per head of the population aged 2–18 (spend ÷ population, unrounded as the source gives it).',
		'The file has LAs only: no region or England figures. Comparisons with a region are with the median of the region’s LAs, computed here, not a published regional figure.',
		'Blank cells (e.g. Northamptonshire in 2021-22, after it was replaced by North and West Northamptonshire) are shown as not available. Where an authority did not exist that year (North and West Northamptonshire before 2021-22; Bournemouth and Poole from 2019-20) the file shows 0.0 or blank; that is shown as not applicable, never as £0. Dorset’s only figures (2018-19) are under the county council, E10000009; the file has no figures for Dorset Council (E06000059) or for Bournemouth, Christchurch and Poole.',
		'Some LAs report £0 in one category in one year between years with spending (e.g. Essex, independent or non-maintained, 2020-21, where the Total then equals the State spend). That is the figure as the extract gives it; it most likely reflects how the return was coded that year rather than no spending, so read such a year with care.',
		'A higher share in independent or non-maintained provision is usually read as a cost pressure (those places generally cost more), but it is context, not a verdict: the source makes no judgement, and it depends on local need and on what state provision exists.',
		'LAs are named, not coded, in the file; each name is matched to its code (every name matches an area).'
	],
	async build(conn, raw) {
		const input = raw.input(SPECIALIST_SPEND_FILE);
		const table = 'raw_specialist_spend';
		await readCsv(conn, input, table, ['la_name', 'category', 'year', PER_HEAD, 'pop_est', 'total_spend', 'region']);
		await checkCodes(conn, input, table, 'category', Object.keys(SPEND_CATEGORIES));
		await checkPattern(conn, input, table, 'year', '^20\\d{2}-\\d{2}$', 'a financial year as YYYY-YY, e.g. 2021-22');
		await checkNumbers(conn, input, table, [PER_HEAD, 'pop_est', 'total_spend'], DFE_SYMBOLS, { allowBlank: true });
		await attachAreaCodesByName(conn, input, table, 'raw_specialist_spend_areas', {
			level: `'la'`,
			name: 'la_name',
			nameColumn: 'la_name',
			year: 'CAST(substr(year, 1, 4) AS INTEGER) + 1'
		});
		await checkUniqueKey(conn, input, 'raw_specialist_spend_areas', ['area_code', 'category', 'year']);
		await conn.run(`CREATE OR REPLACE TEMP TABLE raw_specialist_spend_clean AS
			SELECT * REPLACE (${[PER_HEAD, 'total_spend', 'pop_est'].map((c) => `CASE WHEN ${NOT_APPLICABLE.replaceAll('$col', `"${c}"`)} THEN 'z' ELSE "${c}" END AS "${c}"`).join(', ')})
			FROM raw_specialist_spend_areas`);
		await createTidyTable(conn, this.table, [
			{
				sql: unpivotSql(
					'raw_specialist_spend_clean',
					SPECIALIST_SPEND_FILE,
					{
						areaCode: 'area_code',
						areaLevel: `'la'`,
						period: 'year',
						periodType: `'financial_year'`,
						year: 'CAST(substr(year, 1, 4) AS INTEGER) + 1',
						breakdownTopic: `'Specialist provision'`,
						breakdown: 'category'
					},
					[
						{ column: PER_HEAD, measure: 'specialist_spend_per_head', unit: 'gbp_per_head' },
						{ column: 'total_spend', measure: 'specialist_spend', unit: 'gbp' },
						{ column: 'pop_est', measure: 'population_2_18', unit: 'count' }
					]
				),
				priority: 1
			}
		]);
	}
};
