/**
 * Attainment and progress by SEN provision and 16–17 participation, by LA, region and England, as published in DfE's
 * Local Authority Interactive Tool (LAIT), with LAIT's own rules for each measure from its data dictionary: polarity
 * (whether higher is better), whether LAIT puts LAs into quartiles for it, and its decimal places.
 * Two tables: `pub_lait_send` (the figures, tidy) and `lait_send_measures` (the rules, one row per measure and group),
 * built together from the same files.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkCodes, checkNumbers, checkPattern, checkUniqueKey, LAIT_SYMBOLS } from '../checks';
import type { PublishedDataset, RawDir } from '../dataset';
import { InputError } from '../errors';
import { readCsv, readParquet } from '../read';
import { quoteString, sqlList } from '../sql';
import { createTidyTable } from '../tidy';

export const LAIT_FILE = 'lait/bds_long_0.parquet';
export const LAIT_DICTIONARY_FILE = 'lait/lait_data_dictionary.csv';
// LAIT also publishes Inner and Outer London; the dashboard compares with whole regions only.
const SUB_REGIONS = ['London (Inner)', 'London (Outer)'];

interface LaitIndicator {
	/** LAIT's "Short Desc" (the dictionary's Measure_short). */
	shortDesc: string;
	measure: string;
	breakdownTopic: 'SEN provision' | 'Total';
	breakdown: string;
	unit: 'percent' | 'score';
}

const bySen = (measure: string, unit: LaitIndicator['unit'], ehcp: string, support: string, noSen: string): LaitIndicator[] => [
	{ shortDesc: ehcp, measure, breakdownTopic: 'SEN provision', breakdown: 'EHC plan', unit },
	{ shortDesc: support, measure, breakdownTopic: 'SEN provision', breakdown: 'SEN support', unit },
	{ shortDesc: noSen, measure, breakdownTopic: 'SEN provision', breakdown: 'No SEN', unit }
];

/**
 * The LAIT indicators taken. LAIT has no 16–17 participation by EHC plan vs SEN support, only for all pupils with SEN
 * and for everyone; it has no Progress 8 for 2025.
 */
const LAIT_INDICATORS: LaitIndicator[] = [
	...bySen('ks2_rwm_expected', 'percent', 'NEW_KS2_RWM_Sen_Withsta', 'NEW_KS2_RWM_Sen_W/Osta', 'NoID_SEN_NEW_KS2_RWM'),
	...bySen('ks4_attainment8', 'score', 'SEN_Stat_AVG_Attain8_Score', 'SEN_WoStat_AVG_Attain8_Score', 'SEN_NoID_AVG_Attain8_Score'),
	...bySen('ks4_progress8', 'score', 'SEN_Stat_AVG_Prog8_Score', 'SEN_WoStat_AVG_Prog8_Score', 'SEN_NoID_AVG_Prog8_Score'),
	...bySen('age19_level3', 'percent', 'Age19_SEN-S_L3', 'Age19_SENwoS_L3', 'Age19_NoNSEN_L3'),
	{ shortDesc: '16-17YroldSEN_ET', measure: 'participation_16_17', breakdownTopic: 'SEN provision', breakdown: 'All SEN', unit: 'percent' },
	{ shortDesc: '16-17Ed&Training', measure: 'participation_16_17', breakdownTopic: 'Total', breakdown: 'Total', unit: 'percent' }
];

const indicatorValues = LAIT_INDICATORS.map(
	(i) => `(${quoteString(i.shortDesc)}, ${quoteString(i.measure)}, ${quoteString(i.breakdownTopic)}, ${quoteString(i.breakdown)}, ${quoteString(i.unit)})`
).join(', ');
const INDICATORS_SQL = `(VALUES ${indicatorValues}) AS ind(short_desc, measure, breakdown_topic, breakdown, unit)`;
/**
 * LAIT writes "-" where it has no figure (no key stage 2 tests or Progress 8 in 2020 and 2021, retired LAs, very small
 * LAs). Elsewhere "-" can mean nil, which would read as zero, so here it becomes 'x' (not available); other symbols stay.
 */
const LAIT_DASH_AS = `CASE trim("Values") WHEN '-' THEN 'x' ELSE coalesce(trim("Values"), '') END`;
const YEAR_TYPES = { 'Academic Year': 'academic_year', 'Financial Year': 'financial_year' } as const;

/** Builds `lait_send_measures` from the dictionary; shared by both datasets so neither depends on build order. */
async function buildMeasures(conn: DuckDBConnection, raw: RawDir): Promise<void> {
	const input = raw.input(LAIT_DICTIONARY_FILE);
	await readCsv(conn, input, 'raw_lait_dictionary', ['Measure_short', 'Chart_title', 'Polarity', 'dps', 'Year_Type', 'No_Quartile']);
	const scope = `Measure_short IN (${sqlList(LAIT_INDICATORS.map((i) => i.shortDesc))})`;
	await checkCodes(conn, input, 'raw_lait_dictionary', 'Polarity', ['High', 'Low', '-'], scope);
	await checkCodes(conn, input, 'raw_lait_dictionary', 'No_Quartile', ['N', 'NA'], scope);
	await checkCodes(conn, input, 'raw_lait_dictionary', 'Year_Type', Object.keys(YEAR_TYPES), scope);
	await checkPattern(conn, input, 'raw_lait_dictionary', 'dps', '^(\\d|NA)$', 'a number of decimal places, or NA', scope);
	await checkUniqueKey(conn, input, 'raw_lait_dictionary', ['Measure_short'], scope);
	await conn.run(`CREATE OR REPLACE TABLE lait_send_measures AS
		SELECT ind.measure, ind.breakdown_topic, ind.breakdown, ind.unit, ind.short_desc AS lait_short_desc, d.Chart_title AS lait_title,
			CASE d.Polarity WHEN 'High' THEN 'higher_is_better' WHEN 'Low' THEN 'lower_is_better' ELSE 'no_judgement' END AS polarity,
			d.Polarity AS lait_polarity,
			-- No_Quartile 'N' marks a measure LAIT does not put into quartiles; 'NA' (no flag) one it does.
			d.No_Quartile <> 'N' AS lait_quartiled,
			TRY_CAST(d.dps AS INTEGER) AS lait_decimals,
			CASE d.Year_Type ${Object.entries(YEAR_TYPES)
				.map(([k, v]) => `WHEN '${k}' THEN '${v}'`)
				.join(' ')} END AS period_type
		FROM ${INDICATORS_SQL} LEFT JOIN raw_lait_dictionary d ON d.Measure_short = ind.short_desc
		ORDER BY ind.measure, ind.breakdown_topic, ind.breakdown`);
	const missing = (await conn.runAndReadAll(`SELECT lait_short_desc FROM lait_send_measures WHERE lait_title IS NULL LIMIT 1`)).getRowObjectsJS()[0];
	if (missing)
		throw new InputError(input.label, `no dictionary row for the LAIT indicator ${missing.lait_short_desc}`, {
			column: 'Measure_short',
			expected: `a row for each of ${LAIT_INDICATORS.map((i) => i.shortDesc).join(', ')}`
		});
}

export const laitSendMeasures: PublishedDataset = {
	id: 'lait_send_measures',
	title: 'LAIT’s rules for its SEN attainment and participation measures (polarity, quartiles, decimals)',
	table: 'lait_send_measures',
	kind: 'lookup',
	source: {
		publisher: 'Department for Education',
		title: 'Local Authority Interactive Tool (LAIT): data dictionary',
		release: 'LAIT 2025',
		files: [LAIT_DICTIONARY_FILE]
	},
	notes: [
		'One row per measure and SEN group in lait_send: LAIT’s polarity (lait_polarity High = higher is better, Low = lower is better, - = no judgement; polarity is the same in words), whether LAIT puts LAs into quartiles for it (lait_quartiled: its No_Quartile flag is not N), its decimal places (lait_decimals; empty where LAIT gives none) and whether LAIT’s year is an academic or a financial year.'
	],
	async build(conn, raw) {
		await buildMeasures(conn, raw);
	}
};

export const laitSend: PublishedDataset = {
	id: 'lait_send',
	title: 'Attainment and progress by SEN provision, and 16–17 participation (LAIT)',
	table: 'pub_lait_send',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'Local Authority Interactive Tool (LAIT): key stage 2, key stage 4 and age-19 attainment by SEN provision; 16–17 year olds in education or training',
		release: 'LAIT 2025',
		files: [LAIT_FILE, LAIT_DICTIONARY_FILE]
	},
	notes: [
		'As published in LAIT: key stage 2 reading, writing and maths at the expected standard (% of pupils), key stage 4 Attainment 8 and Progress 8 (average score per pupil), and 19-year-olds qualified to level 3 (%), each for pupils with an EHC plan (or statement), on SEN support and with no identified SEN; and 16–17 year olds in education or training at 31 March (%), for those with SEN and for all. Higher is better for every one (LAIT’s polarity; see lait_send_measures).',
		'LAIT labels years by their end: 2024 for the academic year 2023/24 and for 31 March 2024 (financial year 2023-24).',
		'Where LAIT shows “-” (no key stage 2 tests or key stage 4 Progress 8 in 2020 and 2021, for COVID-19; LAs that no longer exist; very small LAs) the figure is shown as not available (symbol x), never 0 or nil. There is no Progress 8 for 2024/25.',
		'Participation by EHC plan and by SEN support separately is not in LAIT; it gives all pupils with SEN together.'
	],
	async build(conn, raw) {
		await buildMeasures(conn, raw);
		const input = raw.input(LAIT_FILE);
		const table = 'raw_lait_send';
		await readParquet(conn, input, table, ['Short Desc', 'Years', 'LA and Regions', 'Values', 'LA Number']);
		const scope = `"Short Desc" IN (${sqlList(LAIT_INDICATORS.map((i) => i.shortDesc))})`;
		await checkPattern(conn, input, table, 'Years', '^20\\d{2}$', 'a year as YYYY', scope);
		await checkNumbers(conn, input, table, ['Values'], LAIT_SYMBOLS, { scope });
		await conn.run(`CREATE OR REPLACE TEMP TABLE lait_send_rows AS
			SELECT l.*, m.measure, m.breakdown_topic, m.breakdown, m.unit, m.period_type,
				coalesce(la.area_code, rg.area_code) AS area_code, coalesce(la.area_level, rg.area_level) AS area_level
			FROM ${table} l
			JOIN lait_send_measures m ON m.lait_short_desc = l."Short Desc"
			LEFT JOIN areas la ON la.area_level = 'la' AND la.dfe_la_number = CAST(CAST(TRY_CAST(l."LA Number" AS DOUBLE) AS INTEGER) AS VARCHAR)
			LEFT JOIN areas rg ON rg.area_level IN ('national', 'regional') AND lower(rg.area_name) = lower(l."LA and Regions")
			WHERE l."LA and Regions" NOT IN (${sqlList(SUB_REGIONS)})`);
		const unmatched = (
			await conn.runAndReadAll(`SELECT _row, "LA and Regions" AS name FROM lait_send_rows WHERE area_code IS NULL ORDER BY _row LIMIT 1`)
		).getRowObjectsJS()[0];
		if (unmatched) {
			throw new InputError(input.label, 'area not recognised', {
				row: Number(unmatched._row),
				column: 'LA and Regions',
				value: String(unmatched.name),
				expected: 'England, a region, or an LA whose DfE number is in the areas table'
			});
		}
		await checkUniqueKey(conn, input, 'lait_send_rows', ['area_code', 'Short Desc', 'Years']);
		const y = `CAST("Years" AS INTEGER)`;
		const yy = `lpad(CAST(${y} % 100 AS VARCHAR), 2, '0')`;
		await createTidyTable(conn, this.table, [
			{
				sql: `SELECT measure, area_code, area_level,
					CASE period_type WHEN 'academic_year' THEN CAST(${y} - 1 AS VARCHAR) || '/' || ${yy} ELSE CAST(${y} - 1 AS VARCHAR) || '-' || ${yy} END AS period,
					period_type, ${y} AS year, breakdown_topic, breakdown,
					TRY_CAST("Values" AS DOUBLE) AS value, CASE WHEN TRY_CAST("Values" AS DOUBLE) IS NULL THEN ${LAIT_DASH_AS} END AS symbol,
					unit, '${LAIT_FILE}' AS source_file FROM lait_send_rows`,
				priority: 1
			}
		]);
	}
};
