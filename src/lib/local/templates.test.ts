import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../data/lib/node-runner';
import { testModel } from '../../../data/pipeline/test-model';
import { nhsAreas } from '../../../data/pipeline/datasets/nhs-areas';
import { generateSyntheticExtract } from '../../../data/synthetic/index';
import { exampleCsv } from '../../../data/synthetic/templates';
import { LOCAL_TABLES } from './contract';
import { matchColumns } from './mapping';
import { ccgCodesTableSql, checkedViewSql } from './validation-sql';
import { stageCsvSql, stagedColumns, validateStaged } from './validate';

// The whole synthetic extract (small scale), written as CSV the way the example files are, must pass the validator:
// the contract, the generator and the checks agree.
describe('the synthetic extract as CSV passes the browser validator', () => {
	let db: NodeRunner;
	const dir = mkdtempSync(join(tmpdir(), 'send-templates-'));
	const extract = generateSyntheticExtract({ seed: 20250116, scale: 0.05 });
	beforeAll(async () => {
		db = await testModel([nhsAreas]);
		await withCcgCodes(db);
	});
	afterAll(() => db.close());

	for (const def of LOCAL_TABLES) {
		it(`${def.name}: every row passes, no column missing`, async () => {
			const table = extract.tables.find((t) => t.name === def.name)!;
			const path = join(dir, `${def.name}.csv`);
			writeFileSync(path, exampleCsv(table, table.rows));
			await db.all(
				stageCsvSql(
					's',
					path,
					',',
					table.specs.map((c) => c.name)
				)
			);
			const match = matchColumns(def, await stagedColumns(db, 's'));
			expect(match.missingRequired).toEqual([]);
			expect(match.unused).toEqual([]);
			await db.all(checkedViewSql('v', 's', def, match.mapping));
			const result = await validateStaged(db, path, 'v', def, match.mapping);
			expect(result.issues).toEqual([]);
			expect(result.rows).toBe(table.rows);
		});
	}
});

describe('the example files exercise the contract', () => {
	const extract = generateSyntheticExtract({ seed: 20250116, scale: 1 });
	const rowsOf = (name: string) => {
		const [head, ...rows] = exampleCsv(extract.tables.find((t) => t.name === name)!)
			.trimEnd()
			.split('\n');
		const cols = head!.split(',');
		return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i], v])));
	};
	it('open referrals, referrals not yet seen, plans with no placement, ceased plans, several quadrants and localities', () => {
		const referrals = rowsOf('asd_referrals');
		expect(referrals.filter((r) => r.outcome_date === '' && r.outcome === '').length).toBeGreaterThanOrEqual(3);
		expect(referrals.filter((r) => r.first_contact_date === '').length).toBeGreaterThanOrEqual(3);
		const plans = rowsOf('ehc_plans');
		expect(plans.filter((r) => r.setting_code === '' && r.setting_group === 'placement_unknown').length).toBeGreaterThanOrEqual(3);
		expect(plans.filter((r) => r.status === 'ceased').length).toBeGreaterThanOrEqual(3);
		for (const rows of [plans, referrals]) {
			expect(new Set(rows.map((r) => r.quadrant_code)).size).toBeGreaterThanOrEqual(2);
			expect(new Set(rows.map((r) => r.locality_code)).size).toBeGreaterThanOrEqual(3);
		}
	});
});

/** The lookup of CCG / sub-ICB codes the loader checks against, from nhs_areas (copied from the shared test model). */
async function withCcgCodes(db: NodeRunner): Promise<void> {
	await db.all(ccgCodesTableSql());
}
