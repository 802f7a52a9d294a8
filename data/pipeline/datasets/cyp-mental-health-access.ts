/**
 * NHS England Mental Health Services Monthly Statistics, MHS95: children and young people aged under 18 supported
 * through NHS-funded mental health services with at least one contact, in the 12 months to each month end.
 * (a) CCG / sub-ICB location of residence, 12 months to March 2021 – 12 months to August 2023 (the DfE SEND and AP
 *     dashboard's extract); (b) England, 12 months to March 2021 – July 2022, from the MHSDS time series file.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkCodes, checkNumbers, checkPattern, checkUniqueKey, NHS_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { InputError } from '../errors';
import { readCsv, type RawInput } from '../read';
import { quoteString } from '../sql';
import { createTidyTable, valueSql } from '../tidy';

export const SUB_ICB_FILE = 'nhs-cyp-health/prepared_data.Rdata__mentalhealth_ccg.csv';
export const TIME_SERIES_FILE = 'nhs-cyp-health/MHSDS Time_Series_data_Apr_2016_NovPrf_2022.csv.gz';
const MEASURE = 'mhs95_cyp_supported';

const ENGLAND = 'E92000001';
const DATE = { pattern: '^[0-3][0-9]/(0[1-9]|1[0-2])/20[0-9]{2}$', description: 'a date as DD/MM/YYYY, e.g. 31/03/2021' };
const BREAKDOWNS = ['CCG of Residence', 'Sub ICB of Residence'];

async function failIfAny(conn: DuckDBConnection, sql: string, input: RawInput, problem: string, column: string, expected: string): Promise<void> {
	const bad = (await conn.runAndReadAll(`${sql} ORDER BY _row LIMIT 1`)).getRowObjectsJS()[0];
	if (bad) throw new InputError(input.label, problem, { row: Number(bad._row), column, value: bad.value === null ? null : String(bad.value), expected });
}

/** Tidy rows of MHS95 from a validated raw table: period = the month the 12 months end in. */
function tidySql(table: string, areaCode: string, areaLevel: string, where: string, sourceFile: string): string {
	const end = `strptime(REPORTING_PERIOD_END, '%d/%m/%Y')`;
	const v = valueSql('MEASURE_VALUE');
	return `SELECT ${quoteString(MEASURE)} AS measure, ${areaCode} AS area_code, ${areaLevel} AS area_level,
		strftime(${end}, '%Y-%m') AS period, 'rolling_12_months' AS period_type, year(${end}) AS year,
		'Total' AS breakdown_topic, 'Total' AS breakdown, ${v.value} AS value, ${v.symbol} AS symbol, 'count' AS unit,
		${quoteString(sourceFile)} AS source_file
		FROM ${table} WHERE ${where}`;
}

export const cypMentalHealthAccess: PublishedDataset = {
	id: 'cyp_mental_health_access',
	title: 'Children and young people supported by NHS-funded mental health services (MHS95, NHS England)',
	table: 'pub_cyp_mental_health_access',
	kind: 'tidy',
	source: {
		publisher: 'NHS England',
		title: 'Mental Health Services Monthly Statistics (Mental Health Services Data Set): MHS95',
		release:
			'Sub-ICB: 12 months to March 2021 – 12 months to August 2023, as compiled by the DfE SEND and AP dashboard; England: MHSDS time series April 2016 – November 2022 (provisional)',
		files: [SUB_ICB_FILE, TIME_SERIES_FILE]
	},
	notes: [
		`${MEASURE} = MHS95, "Number of CYP aged under 18 supported through NHS funded mental health with at least one contact (12 month rolling)": a count of people, not of contacts, over the 12 months ending at the end of the month given as the period (period_type rolling_12_months; e.g. 2023-08 = September 2022 – August 2023).`,
		'Areas: CCG of residence (area_level ccg) for the 12 months to March 2021 – June 2022, sub-ICB location of residence (sub_icb) from the 12 months to July 2022, on the 106 April 2021 CCG / July 2022 sub-ICB codes; England (national) for the 12 months to March 2021 – July 2022 only, the months the time-series file has an England row for.',
		'Counts below England level are rounded to the nearest 5 by NHS England; small numbers would be suppressed as "*" (kept as the symbol, never as 0), though none of the shipped rows is suppressed. STATUS "Final" or "Performance" (provisional) is as NHS England labelled each month; later revisions are not in these files.',
		'NHS England describes MHS95 as the measure of access to children and young people’s mental health services (the NHS Long Term Plan’s access ambition): more children supported means more access, which is not in itself a measure of need or of quality. The count is not divided by population here.',
		'The sub-ICB extract and the time series give the same figure where both have it; the extract is used.'
	],
	async build(conn, raw) {
		const a = raw.input(SUB_ICB_FILE);
		const ta = 'raw_mhs95_subicb';
		await readCsv(conn, a, ta, ['REPORTING_PERIOD_START', 'REPORTING_PERIOD_END', 'STATUS', 'BREAKDOWN', 'PRIMARY_LEVEL', 'MEASURE_ID', 'MEASURE_VALUE']);
		await checkCodes(conn, a, ta, 'MEASURE_ID', ['MHS95']);
		await checkCodes(conn, a, ta, 'BREAKDOWN', BREAKDOWNS);
		await checkPattern(conn, a, ta, 'REPORTING_PERIOD_END', DATE.pattern, DATE.description);
		await checkNumbers(conn, a, ta, ['MEASURE_VALUE'], NHS_SYMBOLS);
		await checkUniqueKey(conn, a, ta, ['REPORTING_PERIOD_END', 'PRIMARY_LEVEL']);
		// The extract writes some start dates month-first (e.g. 09/01/2022 for 1 September 2022); the end date must be a month's last day.
		await failIfAny(
			conn,
			`SELECT _row, REPORTING_PERIOD_END AS value FROM ${ta} WHERE strptime(REPORTING_PERIOD_END, '%d/%m/%Y') <> last_day(strptime(REPORTING_PERIOD_END, '%d/%m/%Y'))`,
			a,
			'period end is not the last day of a month',
			'REPORTING_PERIOD_END',
			'the last day of a month as DD/MM/YYYY, e.g. 31/08/2023'
		);
		const endMonth = `strftime(strptime(REPORTING_PERIOD_END, '%d/%m/%Y'), '%Y-%m')`;
		// A CCG until June 2022, a sub-ICB location from July 2022: the code must be known at that level.
		await failIfAny(
			conn,
			`SELECT _row, PRIMARY_LEVEL AS value FROM ${ta}
			 WHERE PRIMARY_LEVEL NOT IN (SELECT ods_code FROM nhs_areas WHERE level = CASE WHEN BREAKDOWN = 'CCG of Residence' THEN 'ccg' ELSE 'sub_icb' END)
			    OR (BREAKDOWN = 'CCG of Residence') <> (${endMonth} < '2022-07')`,
			a,
			'CCG / sub-ICB location not known for that month',
			'PRIMARY_LEVEL',
			'the ODS code of a CCG in nhs_areas (CCG of Residence, 12 months to June 2022 or earlier) or of a sub-ICB location (Sub ICB of Residence, from July 2022)'
		);

		const t = raw.input(TIME_SERIES_FILE);
		const tt = 'raw_mhs95_series';
		await readCsv(conn, t, tt, ['REPORTING_PERIOD_END', 'BREAKDOWN', 'PRIMARY_LEVEL', 'MEASURE_ID', 'MEASURE_VALUE']);
		const england = `MEASURE_ID = 'MHS95' AND BREAKDOWN = 'England'`;
		await checkCodes(conn, t, tt, 'PRIMARY_LEVEL', ['England'], england);
		await checkPattern(conn, t, tt, 'REPORTING_PERIOD_END', DATE.pattern, DATE.description, england);
		await checkNumbers(conn, t, tt, ['MEASURE_VALUE'], NHS_SYMBOLS, { scope: england });
		await checkUniqueKey(conn, t, tt, ['REPORTING_PERIOD_END'], england);
		// Where both files give a sub-ICB figure they must agree, or one of them is not the release we think it is.
		await failIfAny(
			conn,
			`SELECT s._row, s.MEASURE_VALUE AS value FROM ${tt} s JOIN ${ta} a ON a.PRIMARY_LEVEL = s.PRIMARY_LEVEL AND a.REPORTING_PERIOD_END = s.REPORTING_PERIOD_END
			 WHERE s.MEASURE_ID = 'MHS95' AND s.BREAKDOWN IN ('CCG of Residence', 'Sub ICB of Residence') AND s.MEASURE_VALUE IS DISTINCT FROM a.MEASURE_VALUE`,
			t,
			'MHS95 differs from the sub-ICB extract',
			'MEASURE_VALUE',
			`the value ${SUB_ICB_FILE} gives for that area and month`
		);

		await createTidyTable(conn, this.table, [
			{
				sql: tidySql(ta, 'PRIMARY_LEVEL', `CASE BREAKDOWN WHEN 'CCG of Residence' THEN 'ccg' ELSE 'sub_icb' END`, 'TRUE', SUB_ICB_FILE),
				priority: 1
			},
			{ sql: tidySql(tt, quoteString(ENGLAND), `'national'`, england, TIME_SERIES_FILE), priority: 2 }
		]);
	}
};
