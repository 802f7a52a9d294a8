/**
 * Suspensions and permanent exclusions by SEN provision, by LA, 2022/23: a third-party re-cut (bobsonite/SEND-map) of
 * DfE's "Suspensions and permanent exclusions in England". Three rows per LA (EHC plan, SEN support, no SEN); the
 * group's headcount sits in whichever "SEN provision - …" column is filled; TT* columns repeat the LA's all-pupil totals.
 */
import { checkCodes, checkNumbers, checkPattern, checkUniqueKey, DFE_SYMBOLS } from '../checks';
import { notSql, quoteIdent, sqlList } from '../sql';
import type { PublishedDataset } from '../dataset';
import { ACADEMIC_YEAR, ACADEMIC_YEAR_PERIOD } from '../ees';
import { InputError } from '../errors';
import { readCsv } from '../read';
import { createTidyTable, unpivotSql, type MeasureColumn } from '../tidy';

export const EXCLUSIONS_SEN_FILE = 'exclusions/LA_Exclusions_PreFinal.csv';

const EHCP = 'SEN provision - SEN with an EHC plan';
const SUPPORT = 'SEN provision - SEN without an EHC plan/SEN support';
const NO_SEN = 'SEN provision - No SEN';
const GROUP_COLUMNS = [
	{ column: EHCP, label: 'EHC plan' },
	{ column: SUPPORT, label: 'SEN support' },
	{ column: NO_SEN, label: 'No SEN' }
];

/**
 * LAs whose rows in the re-cut have two group headcounts filled in one row, so the figures on that row cannot be
 * assigned to one group: their group rows are left out (their all-pupil totals are kept). Any other LA like this fails.
 */
const AMBIGUOUS_LAS = { E06000053: 'Isles of Scilly', E09000001: 'City of London' } as const;

const GROUP_MEASURES: MeasureColumn[] = [
	{ column: 'perm_excl', measure: 'perm_excl', unit: 'count' },
	{ column: 'perm_excl_rate', measure: 'perm_excl_rate', unit: 'rate_per_100' },
	{ column: 'suspension', measure: 'suspension', unit: 'count' },
	{ column: 'susp_rate', measure: 'susp_rate', unit: 'rate_per_100' },
	{ column: 'one_plus_susp', measure: 'one_plus_susp', unit: 'count' },
	{ column: 'one_plus_susp_rate', measure: 'one_plus_susp_rate', unit: 'rate_per_100' }
];
const TOTAL_MEASURES: MeasureColumn[] = [
	{ column: 'headcount', measure: 'headcount', unit: 'count' },
	...GROUP_MEASURES.map((m) => ({ ...m, column: `TT${m.column}.1` }))
];

const filled = (c: string) => `(NULLIF(TRIM(${quoteIdent(c)}), '') IS NOT NULL)`;
const groupCount = GROUP_COLUMNS.map((g) => `CAST(${filled(g.column)} AS INTEGER)`).join(' + ');

export const exclusionsSen: PublishedDataset = {
	id: 'exclusions_sen',
	title: 'Suspensions and permanent exclusions by SEN provision (2022/23)',
	table: 'pub_exclusions_sen',
	kind: 'tidy',
	source: {
		publisher: 'Department for Education, re-cut by a third party (GitHub bobsonite/SEND-map)',
		title: 'Suspensions and permanent exclusions in England: local authority by SEN provision (unofficial re-cut, file LA_Exclusions_PreFinal.csv)',
		release: 'Academic year 2022/23',
		files: [EXCLUSIONS_SEN_FILE]
	},
	notes: [
		'Not an official DfE file: a third party’s re-cut of DfE’s “Suspensions and permanent exclusions in England” 2022/23 local-authority data by SEN provision (state-funded primary, secondary and special schools combined). Check figures against the DfE release before relying on them.',
		'For each LA: pupils (headcount), permanent exclusions, suspensions and pupils with one or more suspensions for pupils with an EHC plan, on SEN support and with no SEN (breakdown topic "SEN provision"), and for all pupils (Total). Rates are per 100 pupils in the group (perm_excl_rate, susp_rate, one_plus_susp_rate); the group rates are unrounded as the re-cut gives them (count ÷ headcount × 100), the all-pupil rates have five decimal places as DfE publishes them.',
		'Isles of Scilly and City of London: one of their rows has two groups’ headcounts filled, so the figures cannot be assigned to a group; their SEN provision rows are left out and only their all-pupil totals are shown. Counts there are very small.',
		'Buckinghamshire: the re-cut has no all-pupil totals (its join to them failed), so they are blank here; DfE’s exclusions_all_pupils dataset has them (published under E06000060, shown here as E10000002 like every Buckinghamshire figure).',
		'The re-cut covers 2022/23 only: no time series.'
	],
	async build(conn, raw) {
		const input = raw.input(EXCLUSIONS_SEN_FILE);
		const table = 'raw_exclusions_sen';
		await readCsv(conn, input, table, [
			'time_period',
			'geographic_level',
			'region_code',
			'new_la_code',
			'la_name',
			'characteristic_group',
			...GROUP_MEASURES.map((m) => m.column),
			...GROUP_COLUMNS.map((g) => g.column),
			'new_la_code.1',
			...TOTAL_MEASURES.map((m) => m.column)
		]);
		await checkPattern(conn, input, table, 'time_period', ACADEMIC_YEAR_PERIOD.pattern, ACADEMIC_YEAR_PERIOD.description);
		await checkCodes(conn, input, table, 'geographic_level', ['Local authority']);
		await checkCodes(conn, input, table, 'characteristic_group', ['SEN provision']);
		await checkPattern(conn, input, table, 'new_la_code', '^E(06|08|09|10)\\d{6}$', 'an ONS upper-tier LA code (E06/E08/E09/E10 + 6 digits)');
		await checkPattern(conn, input, table, 'region_code', '^E1[23]\\d{6}$', 'an ONS region code E12xxxxxx (or E13 for Inner/Outer London)');
		await checkNumbers(
			conn,
			input,
			table,
			GROUP_MEASURES.map((m) => m.column),
			DFE_SYMBOLS
		);
		// The re-cut's all-pupil totals are missing (blank) where its join failed (Buckinghamshire).
		await checkNumbers(
			conn,
			input,
			table,
			TOTAL_MEASURES.map((m) => m.column),
			DFE_SYMBOLS,
			{ allowBlank: true }
		);
		await checkNumbers(
			conn,
			input,
			table,
			GROUP_COLUMNS.map((g) => g.column),
			DFE_SYMBOLS,
			{ allowBlank: true }
		);
		// new_la_code.1 (from the join that added the totals) must be the row's own LA, or blank where the join failed.
		const mismatch = (
			await conn.runAndReadAll(`SELECT _row, "new_la_code.1" AS v FROM ${table} WHERE "new_la_code.1" <> new_la_code ORDER BY _row LIMIT 1`)
		).getRowObjectsJS()[0];
		if (mismatch)
			throw new InputError(input.label, 'totals joined to the wrong LA', {
				row: Number(mismatch._row),
				column: 'new_la_code.1',
				value: (mismatch.v as string) ?? null,
				expected: 'the same code as new_la_code'
			});
		// Each row is one group: exactly one "SEN provision - …" headcount filled (known exceptions are left out).
		const known = `new_la_code IN (${sqlList(Object.keys(AMBIGUOUS_LAS))})`;
		const bad = (
			await conn.runAndReadAll(`SELECT _row, ${groupCount} AS n FROM ${table} WHERE ${groupCount} <> 1 AND NOT ${known} ORDER BY _row LIMIT 1`)
		).getRowObjectsJS()[0];
		if (bad) {
			throw new InputError(input.label, `${Number(bad.n)} SEN provision headcounts filled in one row`, {
				row: Number(bad._row),
				column: EHCP,
				expected: `exactly one of the columns ${GROUP_COLUMNS.map((g) => `"${g.column}"`).join(', ')} filled`
			});
		}
		const group = `CASE ${GROUP_COLUMNS.map((g) => `WHEN ${filled(g.column)} THEN '${g.label}'`).join(' ')} END`;
		const groupHeadcount = `CASE ${GROUP_COLUMNS.map((g) => `WHEN ${filled(g.column)} THEN ${quoteIdent(g.column)}`).join(' ')} END`;
		await conn.run(`CREATE OR REPLACE TABLE raw_exclusions_sen_groups AS
			SELECT *, ${group} AS sen_group, ${groupHeadcount} AS group_headcount FROM ${table} WHERE ${notSql(known)}`);
		await checkUniqueKey(conn, input, 'raw_exclusions_sen_groups', ['new_la_code', 'sen_group']);
		// The all-pupil totals repeat on every row of an LA: they must agree.
		const totalsCols = TOTAL_MEASURES.map((m) => quoteIdent(m.column));
		const differ = (
			await conn.runAndReadAll(
				`SELECT _row, new_la_code FROM (SELECT _row, new_la_code, count(DISTINCT (${totalsCols.join(', ')})) OVER (PARTITION BY new_la_code) AS n FROM ${table}) WHERE n > 1 ORDER BY _row DESC LIMIT 1`
			)
		).getRowObjectsJS()[0];
		if (differ)
			throw new InputError(
				input.label,
				`the all-pupil totals (${TOTAL_MEASURES.map((m) => m.column).join(', ')}) differ between the rows of ${differ.new_la_code}`,
				{ row: Number(differ._row), expected: 'the same totals on every row of an LA' }
			);
		await conn.run(
			`CREATE OR REPLACE TABLE raw_exclusions_sen_totals AS SELECT * FROM ${table} QUALIFY row_number() OVER (PARTITION BY new_la_code ORDER BY _row) = 1`
		);
		const area = { areaCode: 'new_la_code', areaLevel: `'la'`, ...ACADEMIC_YEAR };
		await createTidyTable(conn, this.table, [
			{
				sql: unpivotSql('raw_exclusions_sen_groups', EXCLUSIONS_SEN_FILE, { ...area, breakdownTopic: `'SEN provision'`, breakdown: 'sen_group' }, [
					{ column: 'group_headcount', measure: 'headcount', unit: 'count' },
					...GROUP_MEASURES
				]),
				priority: 1
			},
			{
				sql: unpivotSql('raw_exclusions_sen_totals', EXCLUSIONS_SEN_FILE, { ...area, breakdownTopic: `'Total'`, breakdown: `'Total'` }, TOTAL_MEASURES),
				priority: 1
			}
		]);
	}
};
