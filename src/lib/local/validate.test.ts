import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../data/lib/node-runner';
import { testModel } from '../../../data/pipeline/test-model';
import { nhsAreas } from '../../../data/pipeline/datasets/nhs-areas';
import { ASD_REFERRALS, EHC_PLANS, type LocalTable } from './contract';
import { matchColumns } from './mapping';
import { sniff } from './sniff';
import { buildTableSql, ccgCodesTableSql, checkedViewSql } from './validation-sql';
import { csvErrorMessage } from './csv-errors';
import { stageCsvSql, stagedColumns, validateStaged, type ValidationResult } from './validate';
import { recordQuality } from '$lib/metrics/local-record-quality';

let db: NodeRunner;
const dir = mkdtempSync(join(tmpdir(), 'send-validate-'));
beforeAll(async () => {
	db = await testModel([nhsAreas]);
	await withCcgCodes(db);
});
afterAll(() => db.close());

const ASD_HEAD = 'referral_id,ccg_code,quadrant_code,locality_code,sex,age_at_referral,referral_date,first_contact_date,outcome_date,outcome';
const GOOD = 'R1,06Q,NORTH,L01,M,7,2024-01-10,2024-03-01,2024-09-01,DIAGNOSED';

/** Stages a CSV as the browser does: sniffed delimiter and heading, then read with those exact options. */
async function stage(csv: string): Promise<void> {
	const path = join(dir, `f${Math.random().toString(36).slice(2)}.csv`);
	writeFileSync(path, csv);
	const bytes = new TextEncoder().encode(csv);
	const s = sniff(bytes, bytes.length);
	if (s.kind !== 'text') throw new Error(`not text: ${s.kind}`);
	await db.all(stageCsvSql('stage', path, s.delimiter, s.columns));
}

async function check(table: LocalTable, csv: string): Promise<ValidationResult & { missing: string[] }> {
	await stage(csv);
	const match = matchColumns(table, await stagedColumns(db, 'stage'));
	await db.all(checkedViewSql('checked', 'stage', table, match.mapping));
	const result = await validateStaged(db, 'test.csv', 'checked', table, match.mapping);
	return { ...result, missing: match.missingRequired.map((m) => m.column) };
}

describe('validateStaged: one fixture per kind of error', () => {
	it('passes a valid file, accepting DD/MM/YYYY dates, lower-case codes and an open referral', async () => {
		const r = await check(ASD_REFERRALS, `${ASD_HEAD}\n${GOOD}\nR2,06q,north,L01,f,9,15/02/2024,,,\n`);
		expect(r).toMatchObject({ rows: 2, failingRows: 0, issues: [], missing: [] });
	});

	it('reports a bad date with row, value and the formats expected', async () => {
		const r = await check(ASD_REFERRALS, `${ASD_HEAD}\n${GOOD}\nR2,06Q,NORTH,L01,M,7,2024-02-30,,,\nR3,06Q,NORTH,L01,M,7,31/13/2024,,,\n`);
		expect(r.issues).toEqual([
			{
				file: 'test.csv',
				column: 'referral_date',
				kind: 'bad_date',
				expected: 'a date written YYYY-MM-DD or DD/MM/YYYY',
				count: 2,
				examples: [
					{ row: 3, value: '2024-02-30' },
					{ row: 4, value: '31/13/2024' }
				]
			}
		]);
		expect(r.failingRows).toBe(2);
	});

	it('reports unknown codes, applying SEN2 aliases first', async () => {
		const head = 'plan_id,sex,birth_year,birth_month,locality_code,quadrant_code,ccg_code,primary_need,plan_start_date,setting_code';
		const r = await check(EHC_PLANS, `${head}\nP1,M,2012,3,L01,NORTH,06Q,SPLD,2020-01-01,SP_LA\nP2,M,2012,3,L01,NORTH,06Q,AUT,2020-01-01,SPECIAL\n`);
		expect(r.issues.map((i) => [i.column, i.kind, i.count, i.examples[0]])).toEqual([
			['primary_need', 'unknown_code', 1, { row: 3, value: 'AUT' }],
			['setting_code', 'unknown_code', 1, { row: 3, value: 'SPECIAL' }]
		]);
		expect(r.issues[0]!.expected).toMatch(/^one of ASD, SLCN, MLD/);
	});

	it('reports first contact before referral as dates in the wrong order', async () => {
		const r = await check(ASD_REFERRALS, `${ASD_HEAD}\nR1,06Q,NORTH,L01,M,7,2024-03-01,2024-02-01,,\n`);
		expect(r.issues).toHaveLength(1);
		expect(r.issues[0]).toMatchObject({
			column: 'first_contact_date / referral_date',
			kind: 'date_order',
			expected: 'first_contact_date on or after referral_date',
			count: 1,
			examples: [{ row: 2, value: '2024-02-01 is before 2024-03-01' }]
		});
	});

	it('reports duplicate ids, pointing at the first row', async () => {
		const r = await check(ASD_REFERRALS, `${ASD_HEAD}\n${GOOD}\nR2,06Q,NORTH,L01,M,7,2024-01-10,,,\n${GOOD}\n`);
		expect(r.issues).toEqual([expect.objectContaining({ kind: 'duplicate_id', count: 1, examples: [{ row: 4, value: 'R1 (first seen in row 2)' }] })]);
	});

	it('reports missing required values, non-numbers, out-of-range ages and an outcome without a date', async () => {
		const r = await check(ASD_REFERRALS, `${ASD_HEAD}\nR1,06Q,NORTH,L01,,seven,2024-01-10,,,\nR2,06Q,NORTH,L01,M,40,2024-01-10,,,DIAGNOSED\n`);
		expect(r.issues.map((i) => `${i.column}:${i.kind}:${i.examples.map((e) => e.row).join('+')}`)).toEqual([
			'sex:missing_value:2',
			'age_at_referral:bad_number:2',
			'age_at_referral:out_of_range:3',
			'outcome / outcome_date:inconsistent:3'
		]);
	});

	it('reads a semicolon-delimited file', async () => {
		const r = await check(ASD_REFERRALS, `${ASD_HEAD.replaceAll(',', ';')}\n${GOOD.replaceAll(',', ';')}\n`);
		expect(r).toMatchObject({ rows: 1, issues: [] });
	});

	it('keeps a quoted newline inside its value and refuses a row with an extra value, naming the line', async () => {
		await stage('a,b\n"two\nlines",x\n');
		expect(await db.all('SELECT __row, a, b FROM stage')).toEqual([{ __row: 2, a: 'two\nlines', b: 'x' }]);
		const error = await stage(`${ASD_HEAD}\n${GOOD}\n${GOOD},EXTRA\n`).catch((e: Error) => e);
		expect(error).toBeInstanceOf(Error);
		expect(csvErrorMessage((error as Error).message)).toBe(
			'A row has a different number of values from the heading row (around line 3). Check for a stray delimiter or an unclosed quote ("), then save the file again.'
		);
	});

	it('builds the typed table, derived columns included, and can leave failing rows out', async () => {
		const head = 'plan_id,sex,birth_year,birth_month,locality_code,quadrant_code,ccg_code,plan_start_date,setting_code,ceased_date';
		await check(
			EHC_PLANS,
			`${head}\nP1,M,2012,3,L01,NORTH,06Q,2020-01-01,SP_LA,\nP2,F,2011,4,L01,NORTH,06Q,2019-05-01,,2023-07-20\nP3,F,2011,13,L01,NORTH,06Q,2019-05-01,,\n`
		);
		await db.all(
			buildTableSql(
				'local_test',
				'checked',
				EHC_PLANS,
				matchColumns(EHC_PLANS, [
					'plan_id',
					'sex',
					'birth_year',
					'birth_month',
					'locality_code',
					'quadrant_code',
					'ccg_code',
					'plan_start_date',
					'setting_code',
					'ceased_date'
				]).mapping,
				true
			)
		);
		const rows = await db.all('SELECT plan_id, status, setting_group, birth_month, ceased_date FROM local_test');
		expect(rows).toEqual([
			{ plan_id: 'P1', status: 'active', setting_group: 'special_state', birth_month: 3, ceased_date: null },
			{ plan_id: 'P2', status: 'ceased', setting_group: 'placement_unknown', birth_month: 4, ceased_date: '2023-07-20' }
		]);
	});
});

describe('a plan with no placement recorded', () => {
	it('loads (setting_group empty or left out) and is counted as "placement not recorded" in record quality', async () => {
		const head = 'plan_id,status,sex,birth_year,birth_month,locality_code,quadrant_code,ccg_code,plan_start_date,setting_code,setting_group,last_review_date';
		const csv = `${head}\nP1,active,M,2012,3,L01,NORTH,06Q,2020-01-01,SP_LA,special_state,2024-06-01\nP2,active,F,2011,4,L01,NORTH,06Q,2019-05-01,,,2024-06-01\nP3,active,F,2011,5,L02,SOUTH,06Q,2019-05-01,MS_LA,,2024-06-01\n`;
		const r = await check(EHC_PLANS, csv);
		expect(r.issues).toEqual([]);
		const columns = await stagedColumns(db, 'stage');
		await db.all(buildTableSql('local_ehc_plans', 'checked', EHC_PLANS, matchColumns(EHC_PLANS, columns).mapping, false));
		expect(await db.all('SELECT plan_id, setting_group FROM local_ehc_plans ORDER BY plan_id')).toEqual([
			{ plan_id: 'P1', setting_group: 'special_state' },
			{ plan_id: 'P2', setting_group: 'placement_unknown' },
			{ plan_id: 'P3', setting_group: 'mainstream' }
		]);
		const quality = await recordQuality(db, '2025-01-16');
		expect(quality.map((q) => ({ quadrant: q.quadrant, active: Number(q.active), placement_unknown: Number(q.placement_unknown) }))).toEqual([
			{ quadrant: 'NORTH', active: 2, placement_unknown: 1 },
			{ quadrant: 'SOUTH', active: 1, placement_unknown: 0 }
		]);
	});

	it('a required column that cannot be derived is still required', async () => {
		const head = 'plan_id,status,sex,birth_year,birth_month,locality_code,quadrant_code,ccg_code,plan_start_date';
		const r = await check(EHC_PLANS, `${head}\nP1,,M,2012,3,L01,NORTH,06Q,2020-01-01\n`);
		expect(r.issues.map((i) => [i.column, i.kind])).toEqual([['status', 'missing_value']]);
	});
});

/** The lookup of CCG / sub-ICB codes the loader checks against, from nhs_areas (copied from the shared test model). */
async function withCcgCodes(db: NodeRunner): Promise<void> {
	await db.all(ccgCodesTableSql());
}

describe('CCG / sub-ICB codes are checked against the NHS lookup', () => {
	it('refuses a well-shaped code the lookup does not know ("ZZZ"), naming row and value; accepts real ones in any case', async () => {
		const r = await check(ASD_REFERRALS, `${ASD_HEAD}\n${GOOD}\nR2,zzz,NORTH,L01,M,7,2024-01-10,,,\nR3,99e,NORTH,L01,M,7,2024-01-10,,,\n`);
		expect(r.issues.map((i) => [i.column, i.kind, i.examples])).toEqual([['ccg_code', 'unknown_code', [{ row: 3, value: 'zzz' }]]]);
		expect(r.issues[0]!.expected).toMatch(/sub-ICB location or former CCG/);
	});
});
