import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeRunner } from '../../../data/lib/node-runner';
import { parquetToCsv } from './parquet-to-csv';

describe('parquetToCsv', () => {
	it('turns a Parquet file written by DuckDB into the CSV the loader reads (dates, nulls, quotes, numbers)', async () => {
		const db = await createNodeRunner();
		const path = join(mkdtempSync(join(tmpdir(), 'send-parquet-')), 'asd.parquet');
		try {
			await db.all(`COPY (SELECT * FROM (VALUES
				('R1', 'Café, "North"', 7, DATE '2024-01-10', NULL::DATE, true),
				('R2', NULL, 12, DATE '2023-12-31', DATE '2024-02-01', false)
			) t(referral_id, note, age_at_referral, referral_date, first_contact_date, flag)) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
		} finally {
			db.close();
		}
		const { blob, columns, rows } = await parquetToCsv(new Blob([readFileSync(path)]));
		expect(columns).toEqual(['referral_id', 'note', 'age_at_referral', 'referral_date', 'first_contact_date', 'flag']);
		expect(rows).toBe(2);
		expect(await blob.text()).toBe(
			'referral_id,note,age_at_referral,referral_date,first_contact_date,flag\nR1,"Café, ""North""",7,2024-01-10,,true\nR2,,12,2023-12-31,2024-02-01,false\n'
		);
	});
});
