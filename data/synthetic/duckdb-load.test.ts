import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { loadSyntheticIntoDuckDB } from './duckdb-load';
import { generateSyntheticExtract } from './extract';

describe('loadSyntheticIntoDuckDB', () => {
	it('creates typed local_* tables with every row', async () => {
		const ex = generateSyntheticExtract({ seed: 20250116, scale: 1 });
		const instance = await DuckDBInstance.create(':memory:');
		const conn = await instance.connect();
		try {
			const tables = await loadSyntheticIntoDuckDB(conn, ex);
			expect(tables).toEqual(ex.tables.map((t) => t.table));
			for (const t of ex.tables) {
				const count = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${t.table}`);
				expect(count.getRowObjectsJson()[0]!.n).toBe(t.rows);
			}
			const types = await conn.runAndReadAll(
				`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'local_asd_referrals' ORDER BY ordinal_position`
			);
			const byName = Object.fromEntries(types.getRowObjectsJson().map((r) => [r.column_name, r.data_type]));
			expect(byName.referral_date).toBe('DATE');
			expect(byName.age_at_referral).toBe('INTEGER');
			expect(byName.outcome).toBe('VARCHAR');
			const check = await conn.runAndReadAll(
				`SELECT count(*) FILTER (WHERE first_contact_date < referral_date OR outcome_date < referral_date)::INTEGER AS bad,
				        min(referral_date)::VARCHAR AS first_referral,
				        count(*) FILTER (WHERE outcome IS NULL)::INTEGER AS open
				 FROM local_asd_referrals`
			);
			const row = check.getRowObjectsJson()[0]!;
			expect(row.bad).toBe(0);
			expect(String(row.first_referral) >= '2021-01-01').toBe(true);
			expect(row.open).toBeGreaterThan(0);
			const overdue = await conn.runAndReadAll(
				`SELECT count(*)::INTEGER AS n FROM local_ehc_plans WHERE status = 'active' AND last_review_date < DATE '2024-01-16'`
			);
			expect(overdue.getRowObjectsJson()[0]!.n).toBeGreaterThan(0);
		} finally {
			conn.closeSync();
			instance.closeSync();
		}
	});
});
