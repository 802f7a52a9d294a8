import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticExtract, writeExtract } from '../../../data/synthetic/index';
import { ownExtractEntry } from './own-extract-entries';

// The local entries `npm run data` writes into the manifest (they describe the synthetic county), made here the same
// way, so the test needs no earlier build (unit tests run before it on a clean clone).
const outDir = mkdtempSync(join(tmpdir(), 'own-extract-'));
const local = writeExtract(outDir, generateSyntheticExtract({ seed: 20250116, scale: 1 })).datasets;
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('ownExtractEntry', () => {
	it('leaves nothing of the synthetic extract on what any local entry shows, loaded or not', () => {
		expect(local.length).toBe(6);
		expect(JSON.stringify(local)).toMatch(/Northmoor/);
		for (const entry of local) {
			for (const loaded of [undefined, { fileName: 'caseload.csv', rows: 1, excluded: 0 }]) {
				const { title, source, licence, attribution, notes, periods, file, sha256 } = ownExtractEntry(entry, loaded);
				const text = JSON.stringify({ title, source, licence, attribution, notes, periods, file, sha256 });
				expect(text).not.toMatch(/synthetic|northmoor|seed/i);
			}
		}
	});

	it('names the user’s file, its rows and what was left out; keeps the table and file the browser loads', () => {
		const entry = local.find((d) => d.id === 'local_asd_referrals')!;
		const own = ownExtractEntry(entry, { fileName: 'asd.csv', rows: 1200, excluded: 1 });
		expect(own.title).toBe('Suspected-autism (ASD) diagnostic referrals: your extract');
		expect(own.notes).toEqual([
			'Your own file asd.csv, loaded in this browser: 1,200 rows, leaving out 1 row that failed the checks. It is never sent anywhere.'
		]);
		expect(own.source.release).toBe('asd.csv');
		expect(own.table).toBe('local_asd_referrals');
		expect(own.rows).toBe(1200);
		expect(ownExtractEntry(entry, undefined).notes[0]).toMatch(/^Not loaded/);
	});
});
