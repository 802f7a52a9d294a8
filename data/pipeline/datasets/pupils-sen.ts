/** % of pupils with an EHC plan (or statement) and % on SEN support, school census January 2016–2025, via DfE LAIT. */
import { checkCodes, checkNumbers, LAIT_SYMBOLS } from '../checks';
import type { PublishedDataset } from '../dataset';
import { InputError } from '../errors';
import { readParquet } from '../read';
import { sqlList } from '../sql';
import { createTidyTable } from '../tidy';

const FILE = 'lait/bds_long_0.parquet';
// LAIT also publishes Inner and Outer London; the dashboard compares with whole regions only.
const SUB_REGIONS = ['London (Inner)', 'London (Outer)'];
/**
 * LAIT shows "-" where it has no figure (Northamptonshire after it was replaced in 2021, years an indicator was not
 * collected), not a nil count as DfE's tables mean by it; stored as "x" (not available) so no sentence calls it nil.
 */
const LAIT_NO_FIGURE_AS_X = `CASE WHEN TRY_CAST("Values" AS DOUBLE) IS NOT NULL THEN NULL WHEN trim("Values") = '-' THEN 'x' ELSE coalesce(trim("Values"), '') END`;
const INDICATORS = { SEN_TotStat: 'pc_pupils_ehc_plan', SEN_TotSENSuP: 'pc_pupils_sen_support' } as const;

export const pupilsSen: PublishedDataset = {
	id: 'pupils_sen',
	title: 'Pupils with an EHC plan or on SEN support (% of all pupils)',
	table: 'pub_pupils_sen',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education',
		title: 'Special educational needs in England (school census), as published in the Local Authority Interactive Tool (LAIT)',
		release: 'LAIT 2025 (January 2016 – January 2025 censuses)',
		files: [FILE]
	},
	notes: [
		'Percentage of all pupils in schools in the area with an EHC plan (or, before 2019, a statement), and on SEN support, at the January school census, rounded to one decimal place as LAIT publishes it.',
		'This counts pupils in schools located in the area; EHC plan caseload counts the plans an LA maintains wherever the child is. The two differ.',
		'LAIT shows "-" where it has no figure (for example Northamptonshire after it was replaced by two unitary authorities in 2021): shown here as not available.'
	],
	async build(conn, raw) {
		const input = raw.input(FILE);
		const table = 'raw_lait';
		await readParquet(conn, input, table, ['Short Desc', 'Years', 'LA and Regions', 'Values', 'LA Number']);
		const scope = `"Short Desc" IN ('SEN_TotStat', 'SEN_TotSENSuP')`;
		await checkCodes(conn, input, table, 'Years', ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'], scope);
		await checkNumbers(conn, input, table, ['Values'], LAIT_SYMBOLS, { scope });
		// LAIT names areas and uses DfE numbers; LAs match areas by number, England and regions by name.
		await conn.run(`CREATE OR REPLACE TEMP TABLE lait_sen AS
			SELECT l.*, coalesce(la.area_code, rg.area_code) AS area_code, coalesce(la.area_level, rg.area_level) AS area_level
			FROM ${table} l
			LEFT JOIN areas la ON la.area_level = 'la' AND la.dfe_la_number = CAST(CAST(TRY_CAST(l."LA Number" AS DOUBLE) AS INTEGER) AS VARCHAR)
			LEFT JOIN areas rg ON rg.area_level IN ('national', 'regional') AND lower(rg.area_name) = lower(l."LA and Regions")
			WHERE ${scope.replaceAll('"Short Desc"', 'l."Short Desc"')} AND l."LA and Regions" NOT IN (${sqlList(SUB_REGIONS)})`);
		const unmatched = (
			await conn.runAndReadAll(`SELECT _row, "LA and Regions" AS name FROM lait_sen WHERE area_code IS NULL ORDER BY _row LIMIT 1`)
		).getRowObjectsJS()[0];
		if (unmatched) {
			throw new InputError(input.label, 'area not recognised', {
				row: Number(unmatched._row),
				column: 'LA and Regions',
				value: String(unmatched.name),
				expected: 'England, a region, or an LA whose DfE number is in the areas table'
			});
		}
		const measure = `CASE "Short Desc" ${Object.entries(INDICATORS)
			.map(([k, v]) => `WHEN '${k}' THEN '${v}'`)
			.join(' ')} END`;
		await createTidyTable(conn, this.table, [
			{
				sql: `SELECT ${measure} AS measure, area_code, area_level, "Years" || '-01' AS period, 'january_census' AS period_type,
					CAST("Years" AS INTEGER) AS year, 'Total' AS breakdown_topic, 'Total' AS breakdown,
					TRY_CAST("Values" AS DOUBLE) AS value, ${LAIT_NO_FIGURE_AS_X} AS symbol,
					'percent' AS unit, '${FILE}' AS source_file FROM lait_sen`,
				priority: 1
			}
		]);
	}
};
