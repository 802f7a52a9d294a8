/**
 * Dedicated Schools Grant (DSG) cumulative balance as a % of DSG income, by LA, region and England, 2019-20 to 2021-22:
 * DfE's extract in the SEND and AP inclusion dashboard (from LA and school expenditure, s251 outturn). The file holds
 * the balance as a % of income and its negation ("deficit"); it has no balance in pounds and no income.
 */
import { checkCodes, checkNumbers, checkPattern, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import { attachAreaCodesByName } from '../area-names';
import type { PublishedDataset } from '../dataset';
import { InputError } from '../errors';
import { readCsv } from '../read';
import { createTidyTable, unpivotSql } from '../tidy';

export const DSG_FILE = 'finance/prepared_data.Rdata__dsg_deficit.csv';
export const DSG_PERCENT = 'DSG cumulative balance as a % of the total income';
const LEVELS = { National: 'national', Regional: 'regional', 'Local authority': 'la' } as const;

export const dsgBalance: PublishedDataset = {
	id: 'dsg_balance',
	title: 'Dedicated Schools Grant cumulative balance as a % of income (2019-20 to 2021-22)',
	table: 'pub_dsg_balance',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education (SEND and alternative provision inclusion dashboard)',
		title:
			'LA and school expenditure (section 251 outturn): DSG cumulative balance as a % of the total income, as extracted for the SEND and AP inclusion dashboard',
		release: 'Financial years 2019-20 to 2021-22',
		files: [DSG_FILE]
	},
	notes: [
		'The cumulative DSG balance at the end of the financial year as a percentage of the authority’s total DSG income, as the source gives it (two decimal places). A negative balance is a deficit: the more negative, the larger the deficit relative to income, which is worse for the authority’s finances.',
		'The file has no balance in pounds and no income, so no region or England figure can be made from its LAs; the region and England figures shown are the ones the file publishes.',
		'LAs are named, not coded, in the file; each name is matched to its code (every name matches an area).'
	],
	async build(conn, raw) {
		const input = raw.input(DSG_FILE);
		const table = 'raw_dsg_balance';
		await readCsv(conn, input, table, ['time_period', 'geographic_level', 'region_name', 'la_name', 'deficit', DSG_PERCENT, 'financial_year']);
		await checkCodes(conn, input, table, 'geographic_level', Object.keys(LEVELS));
		await checkPattern(conn, input, table, 'time_period', '^20\\d{4}$', 'a financial year as YYYYYY, e.g. 202122');
		await checkPattern(conn, input, table, 'financial_year', '^20\\d{2}-\\d{2}$', 'a financial year as YYYY-YY, e.g. 2021-22');
		await checkNumbers(conn, input, table, [DSG_PERCENT, 'deficit'], DFE_SYMBOLS);
		const level = `CASE geographic_level ${Object.entries(LEVELS)
			.map(([k, v]) => `WHEN '${k}' THEN '${v}'`)
			.join(' ')} END`;
		await attachAreaCodesByName(conn, input, table, 'raw_dsg_balance_areas', {
			level,
			name: `CASE geographic_level WHEN 'Local authority' THEN la_name ELSE region_name END`,
			nameColumn: 'la_name',
			year: 'CAST(substr(financial_year, 1, 4) AS INTEGER) + 1'
		});
		await checkUniqueKey(conn, input, 'raw_dsg_balance_areas', ['area_code', 'financial_year']);
		// "deficit" is the negated percentage; if the two ever disagree the file is not what this reads it as.
		const disagree = (
			await conn.runAndReadAll(
				`SELECT _row FROM raw_dsg_balance_areas WHERE abs(TRY_CAST(deficit AS DOUBLE) + TRY_CAST(${'"' + DSG_PERCENT + '"'} AS DOUBLE)) > 0.0051 ORDER BY _row LIMIT 1`
			)
		).getRowObjectsJS()[0];
		if (disagree)
			throw new InputError(input.label, 'deficit is not the negated balance %', {
				row: Number(disagree._row),
				column: 'deficit',
				expected: `minus the value of "${DSG_PERCENT}"`
			});
		await createTidyTable(conn, this.table, [
			{
				sql: unpivotSql(
					'raw_dsg_balance_areas',
					DSG_FILE,
					{
						areaCode: 'area_code',
						areaLevel: 'area_level',
						period: 'financial_year',
						periodType: `'financial_year'`,
						year: 'CAST(substr(financial_year, 1, 4) AS INTEGER) + 1',
						breakdownTopic: `'Total'`,
						breakdown: `'Total'`
					},
					[{ column: DSG_PERCENT, measure: 'dsg_balance_pct_income', unit: 'percent' }]
				),
				priority: 1
			}
		]);
	}
};
