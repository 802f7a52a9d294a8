/**
 * NHS England Autism Statistics (MHSDS): suspected-autism referrals, 13-week waits for a first appointment, diagnoses.
 * (a) the December 2022 sub-ICB file (July–September 2022, all metrics, sub-ICB × age group);
 * (b) the SEND and AP dashboard's monthly series April 2019 – June 2023 of ASD19e / ASD19g (England, NHS region, CCG / sub-ICB).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkCodes, checkNumbers, checkPattern, checkUniqueKey, NHS_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { InputError } from '../errors';
import { readCsv, type RawInput } from '../read';
import { quoteString, sqlList } from '../sql';
import { createTidyTable, valueSql } from '../tidy';

export const SUB_ICB_FILE = 'autism-nhs/AutismStatsDec22_subICB.csv.gz';
export const SERIES_FILE = 'autism-nhs/prepared_data.Rdata__autism.csv';

type Age = 'Total' | '0 to 17' | '18 and over';

/** An NHS metric id kept, the tidy measure it becomes and, for the age-specific ids, the age breakdown it fills. */
export interface AutismMetric {
	metric: string;
	measure: string;
	unit: 'count' | 'percent';
	age: Age;
	description: string;
}

const WAIT = 'patients whose open suspected-autism referral has been open for at least 13 weeks';

/** One measure per concept; its all-ages, 0–17 and 18-and-over NHS ids. */
const FAMILIES: { measure: string; unit: 'count' | 'percent'; ids: [string, string, string]; description: string }[] = [
	{ measure: 'asd_new_referrals', unit: 'count', ids: ['ASD12', 'ASD12a', 'ASD12b'], description: 'new suspected-autism referrals in the month' },
	{ measure: 'asd_closed_referrals', unit: 'count', ids: ['ASD13', 'ASD13a', 'ASD13b'], description: 'suspected-autism referrals closed in the month' },
	{
		measure: 'asd_open_referrals',
		unit: 'count',
		ids: ['ASD16', 'ASD16b', 'ASD16d'],
		description: 'patients with an open suspected-autism referral in the month'
	},
	{
		measure: 'asd_open_13w_plus',
		unit: 'count',
		ids: ['ASD16a', 'ASD16c', 'ASD16e'],
		description: 'patients with an open suspected-autism referral that has been open for at least 13 weeks'
	},
	{
		measure: 'asd_first_appt_within_13w',
		unit: 'count',
		ids: ['ASD18', 'ASD18c', 'ASD18d'],
		description: `${WAIT}, who received a first appointment within 13 weeks`
	},
	{
		measure: 'asd_first_appt_after_13w',
		unit: 'count',
		ids: ['ASD18a', 'ASD18e', 'ASD18g'],
		description: `${WAIT}, who received a first appointment after more than 13 weeks`
	},
	{ measure: 'asd_no_contact_13w_plus', unit: 'count', ids: ['ASD18b', 'ASD18f', 'ASD18h'], description: `${WAIT}, with no care contact recorded` },
	{
		measure: 'asd_first_appt_within_13w_pc',
		unit: 'percent',
		ids: ['ASD19', 'ASD19c', 'ASD19d'],
		description: `% of ${WAIT}, who received a first appointment within 13 weeks`
	},
	{
		measure: 'asd_first_appt_after_13w_pc',
		unit: 'percent',
		ids: ['ASD19a', 'ASD19e', 'ASD19g'],
		description: `% of ${WAIT}, who received a first appointment after more than 13 weeks`
	},
	{ measure: 'asd_no_contact_13w_plus_pc', unit: 'percent', ids: ['ASD19b', 'ASD19f', 'ASD19h'], description: `% of ${WAIT}, with no care contact recorded` },
	{
		measure: 'asd_diagnoses',
		unit: 'count',
		ids: ['ASD21', 'ASD21a', 'ASD21b'],
		description: 'patients with an open suspected-autism referral receiving an autism diagnosis in the month'
	}
];

const AGES: Age[] = ['Total', '0 to 17', '18 and over'];

/** Every NHS metric id kept, with its measure and age (the documented mapping). */
export const AUTISM_METRICS: AutismMetric[] = FAMILIES.flatMap((f) =>
	f.ids.map((metric, i) => {
		const age = AGES[i] ?? 'Total';
		return { metric, measure: f.measure, unit: f.unit, age, description: age === 'Total' ? f.description : `${f.description}, aged ${age}` };
	})
);

/** Age groups kept from the sub-ICB × age-group breakdown (the product covers 0–25); 25 and over and unknown age are dropped. */
const AGE_GROUPS = ['Under 10', '10 to 17', '18 to 24'] as const;

const SUB_ICB_BREAKDOWNS = ['CCG or Sub ICB Location - GP Practice or Residence', 'CCG or Sub ICB Location - GP Practice or Residence; Age Group'];
const SECONDARY_LEVELS = ['NONE', 'Under 10', '10 to 17', '18 to 24', '25 to 34', '35 to 44', '45 to 54', '55 to 64', '65 and Over', 'UNKNOWN'];
const SERIES_BREAKDOWNS = {
	national: 'Age Group',
	region: 'Commissioning Region - GP Practice or Residence; Age Group',
	subIcb: 'CCG or Sub ICB Location - GP Practice or Residence; Age Group',
	provider: 'Provider; Age Group'
};
const ENGLAND = 'E92000001';

async function failIfAny(conn: DuckDBConnection, sql: string, input: RawInput, problem: string, column: string, expected: string): Promise<void> {
	const bad = (await conn.runAndReadAll(`${sql} ORDER BY _row LIMIT 1`)).getRowObjectsJS()[0];
	if (bad) throw new InputError(input.label, problem, { row: Number(bad._row), column, value: bad.value === null ? null : String(bad.value), expected });
}

export const autismWaits: PublishedDataset = {
	id: 'autism_waits',
	title: 'Autism assessment waits: suspected-autism referrals and 13-week first appointments (NHS England)',
	table: 'pub_autism_waits',
	kind: 'tidy',
	source: {
		publisher: 'NHS England',
		title: 'Autism Statistics (Mental Health Services Data Set)',
		release: 'July–September 2022 sub-ICB file (December 2022); monthly time series April 2019 – June 2023 as compiled by the DfE SEND and AP dashboard',
		files: [SUB_ICB_FILE, SERIES_FILE]
	},
	notes: [
		`Kept NHS metric ids (all ages / aged 0 to 17 / aged 18 and over): ${FAMILIES.map((f) => `${f.measure} = ${f.ids.join(' / ')} (${f.description})`).join('; ')}.`,
		'Age: the 0–17 and 18-and-over ids are shown as breakdown_topic "Age group", breakdowns "0 to 17" and "18 and over"; the sub-ICB file’s age-group breakdown gives "Under 10", "10 to 17" and "18 to 24" (older ages and unknown age are not kept). ASD11 (open referrals, counting referrals not patients), ASD14, ASD17 (patients with more than one open referral), ASD20, ASD23 and ASD24 are not kept.',
		'Counts are rounded to the nearest 5 and small numbers are suppressed as "*" (kept as the symbol, never as 0); percentages are calculated by NHS England from unrounded counts, so they need not match the rounded counts.',
		'Areas: July–September 2022 by sub-ICB location (area_level sub_icb, the 3- or 5-character ODS code; patients whose sub-ICB is unknown are not kept). The April 2019 – June 2023 series gives England, the seven NHS England regions (area_level nhs_region, codes Y56–Y63) and CCGs (area_level ccg, before July 2022) / sub-ICB locations (sub_icb, from July 2022). NHS England published the whole series on the April 2021 CCG / July 2022 sub-ICB boundaries, so a CCG code can appear in months before that CCG was formed (e.g. 36L South West London from April 2019). Provider rows are not kept.',
		'The April 2019 – June 2023 series only has % with a first appointment after more than 13 weeks (ASD19e for under 10 and 10–17, ASD19g for 18–24); months whose value NHS England suppressed were dropped from that extract, so a missing month is a gap (suppressed or not published), never zero.',
		'Release rule: where both files give the same figure (sub-ICB, July–September 2022, % after more than 13 weeks for under 10 / 10–17 / 18–24), the monthly series is used: its figures come from NHS England’s April 2022 – March 2023 time series, published after the December 2022 file. The two releases differ markedly for these months (e.g. sub-ICB 00X, under 10, July 2022: 36% in the series, 5% in the December 2022 file), so within July–September 2022 these age bands are not comparable with the same month’s totals and counts, which come from the December 2022 file. Where the series has no value the December 2022 figure (or its "*") is shown.',
		'The median wait is not published in these files.'
	],
	async build(conn, raw) {
		// (a) July–September 2022, all metrics by sub-ICB.
		const a = raw.input(SUB_ICB_FILE);
		const ta = 'raw_autism_subicb';
		await readCsv(conn, a, ta, ['REPORTING_PERIOD_START', 'BREAKDOWN', 'PRIMARY_LEVEL', 'SECONDARY_LEVEL', 'METRIC', 'METRIC_VALUE']);
		const kept = sqlList(AUTISM_METRICS.map((m) => m.metric));
		const scope = `METRIC IN (${kept})`;
		for (const id of AUTISM_METRICS.map((m) => m.metric)) {
			const n = (await conn.runAndReadAll(`SELECT count(*) FROM ${ta} WHERE METRIC = ${quoteString(id)}`)).getRowsJS()[0]?.[0];
			if (Number(n) === 0)
				throw new InputError(a.label, `metric ${id} is missing`, {
					column: 'METRIC',
					expected: `rows for every kept metric: ${AUTISM_METRICS.map((m) => m.metric).join(', ')}`
				});
		}
		await checkPattern(
			conn,
			a,
			ta,
			'REPORTING_PERIOD_START',
			'^01/(0[1-9]|1[0-2])/20[0-9]{2}$',
			'the first day of a month as DD/MM/YYYY, e.g. 01/07/2022',
			scope
		);
		await checkCodes(conn, a, ta, 'BREAKDOWN', SUB_ICB_BREAKDOWNS, scope);
		await checkCodes(conn, a, ta, 'SECONDARY_LEVEL', SECONDARY_LEVELS, scope);
		await checkNumbers(conn, a, ta, ['METRIC_VALUE'], NHS_SYMBOLS, { scope });
		await checkUniqueKey(conn, a, ta, ['REPORTING_PERIOD_START', 'BREAKDOWN', 'PRIMARY_LEVEL', 'SECONDARY_LEVEL', 'METRIC'], scope);
		await failIfAny(
			conn,
			`SELECT _row, PRIMARY_LEVEL AS value FROM ${ta} WHERE ${scope} AND PRIMARY_LEVEL <> 'UNKNOWN'
			 AND PRIMARY_LEVEL NOT IN (SELECT ods_code FROM nhs_areas WHERE level = 'sub_icb')`,
			a,
			'sub-ICB location not known',
			'PRIMARY_LEVEL',
			'the ODS code of a sub-ICB location in the nhs_areas table (or UNKNOWN)'
		);

		await conn.run(
			`CREATE OR REPLACE TEMP TABLE autism_metrics AS SELECT * FROM (VALUES ${AUTISM_METRICS.map(
				(m) => `(${quoteString(m.metric)}, ${quoteString(m.measure)}, ${quoteString(m.unit)}, ${quoteString(m.age)})`
			).join(', ')}) AS t(metric, measure, unit, age)`
		);
		const va = valueSql('METRIC_VALUE');
		const startA = `strptime(r.REPORTING_PERIOD_START, '%d/%m/%Y')`;
		// Whole-area rows of every kept id (age-specific ids become the 0–17 / 18+ breakdowns); age-group rows of the all-ages ids.
		const subIcbSql = `SELECT m.measure, r.PRIMARY_LEVEL AS area_code, 'sub_icb' AS area_level,
				strftime(${startA}, '%Y-%m') AS period, 'month' AS period_type, year(${startA}) AS year,
				CASE WHEN r.SECONDARY_LEVEL = 'NONE' AND m.age = 'Total' THEN 'Total' ELSE 'Age group' END AS breakdown_topic,
				CASE WHEN r.SECONDARY_LEVEL = 'NONE' THEN m.age ELSE r.SECONDARY_LEVEL END AS breakdown,
				${va.value} AS value, ${va.symbol} AS symbol,
				m.unit, ${quoteString(SUB_ICB_FILE)} AS source_file
			FROM ${ta} r JOIN autism_metrics m ON m.metric = r.METRIC
			WHERE r.PRIMARY_LEVEL <> 'UNKNOWN'
				AND (r.SECONDARY_LEVEL = 'NONE' OR (m.age = 'Total' AND r.SECONDARY_LEVEL IN (${sqlList(AGE_GROUPS)})))`;

		// (b) April 2019 – June 2023 series of ASD19e / ASD19g.
		const b = raw.input(SERIES_FILE);
		const tb = 'raw_autism_series';
		await readCsv(conn, b, tb, ['REPORTING_PERIOD_START', 'BREAKDOWN', 'PRIMARY_LEVEL', 'SECONDARY_LEVEL', 'METRIC', 'METRIC_VALUE']);
		await checkCodes(conn, b, tb, 'BREAKDOWN', Object.values(SERIES_BREAKDOWNS));
		const notProvider = `BREAKDOWN <> ${quoteString(SERIES_BREAKDOWNS.provider)}`;
		await checkCodes(conn, b, tb, 'METRIC', ['ASD19e', 'ASD19g'], notProvider);
		await checkPattern(
			conn,
			b,
			tb,
			'REPORTING_PERIOD_START',
			'^20[0-9]{2}-(0[1-9]|1[0-2])-01$',
			'the first day of a month as YYYY-MM-DD, e.g. 2022-07-01',
			notProvider
		);
		await checkNumbers(conn, b, tb, ['METRIC_VALUE'], NHS_SYMBOLS, { scope: notProvider });
		await checkUniqueKey(conn, b, tb, ['REPORTING_PERIOD_START', 'BREAKDOWN', 'PRIMARY_LEVEL', 'SECONDARY_LEVEL', 'METRIC'], notProvider);
		const national = `BREAKDOWN = ${quoteString(SERIES_BREAKDOWNS.national)}`;
		// England rows carry the age group in PRIMARY_LEVEL, the others in SECONDARY_LEVEL; ASD19e is 0–17, ASD19g 18+.
		await checkCodes(conn, b, tb, 'PRIMARY_LEVEL', ['Under 10', '10 to 17'], `${national} AND METRIC = 'ASD19e'`);
		await checkCodes(conn, b, tb, 'PRIMARY_LEVEL', ['18 to 24'], `${national} AND METRIC = 'ASD19g'`);
		await checkCodes(conn, b, tb, 'SECONDARY_LEVEL', ['Under 10', '10 to 17'], `${notProvider} AND NOT ${national} AND METRIC = 'ASD19e'`);
		await checkCodes(conn, b, tb, 'SECONDARY_LEVEL', ['18 to 24'], `${notProvider} AND NOT ${national} AND METRIC = 'ASD19g'`);
		const regions = (await conn.runAndReadAll(`SELECT ods_code FROM nhs_areas WHERE level = 'nhs_region' ORDER BY 1`)).getRowsJS().map((r) => String(r[0]));
		await checkCodes(conn, b, tb, 'PRIMARY_LEVEL', regions, `BREAKDOWN = ${quoteString(SERIES_BREAKDOWNS.region)}`);
		// Before July 2022 a CCG, from July 2022 a sub-ICB location.
		await failIfAny(
			conn,
			`SELECT _row, PRIMARY_LEVEL AS value FROM ${tb} WHERE BREAKDOWN = ${quoteString(SERIES_BREAKDOWNS.subIcb)}
			 AND PRIMARY_LEVEL NOT IN (SELECT ods_code FROM nhs_areas WHERE level = CASE WHEN REPORTING_PERIOD_START < '2022-07-01' THEN 'ccg' ELSE 'sub_icb' END)`,
			b,
			'CCG / sub-ICB location not known',
			'PRIMARY_LEVEL',
			'the ODS code of a CCG in the nhs_areas table (months before July 2022) or of a sub-ICB location (from July 2022)'
		);
		const vb = valueSql('METRIC_VALUE');
		const seriesSql = `SELECT 'asd_first_appt_after_13w_pc' AS measure,
				CASE BREAKDOWN WHEN ${quoteString(SERIES_BREAKDOWNS.national)} THEN ${quoteString(ENGLAND)} ELSE PRIMARY_LEVEL END AS area_code,
				CASE BREAKDOWN WHEN ${quoteString(SERIES_BREAKDOWNS.national)} THEN 'national'
					WHEN ${quoteString(SERIES_BREAKDOWNS.region)} THEN 'nhs_region'
					ELSE CASE WHEN REPORTING_PERIOD_START < '2022-07-01' THEN 'ccg' ELSE 'sub_icb' END END AS area_level,
				substr(REPORTING_PERIOD_START, 1, 7) AS period, 'month' AS period_type, CAST(substr(REPORTING_PERIOD_START, 1, 4) AS INTEGER) AS year,
				'Age group' AS breakdown_topic,
				CASE BREAKDOWN WHEN ${quoteString(SERIES_BREAKDOWNS.national)} THEN PRIMARY_LEVEL ELSE SECONDARY_LEVEL END AS breakdown,
				${vb.value} AS value, ${vb.symbol} AS symbol, 'percent' AS unit, ${quoteString(SERIES_FILE)} AS source_file
			FROM ${tb} WHERE ${notProvider}`;

		await createTidyTable(conn, this.table, [
			{ sql: seriesSql, priority: 1 },
			{ sql: subIcbSql, priority: 2 }
		]);
	}
};
