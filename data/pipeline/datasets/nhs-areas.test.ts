import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { nhsAreas, CCG19_FILE, CCG20_FILE, CCG21_FILE, NHS_LOOKUP_FILE, SUB_ICB22_FILE } from './nhs-areas';

describe('nhs_areas from the ONS CCG / sub-ICB lookups', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await nhsAreas.build(conn, new RawDir(RAW_DIR));
	});

	it('has one row per ODS code and level: 218 CCGs, 106 sub-ICB locations, 42 ICBs, 7 regions', async () => {
		expect(await rows(conn, `SELECT level, count(*) AS n, count(DISTINCT ods_code) AS codes FROM nhs_areas GROUP BY level ORDER BY level`)).toEqual([
			{ level: 'ccg', n: 218, codes: 218 },
			{ level: 'icb', n: 42, codes: 42 },
			{ level: 'nhs_region', n: 7, codes: 7 },
			{ level: 'sub_icb', n: 106, codes: 106 }
		]);
	});

	it('knows the five Essex CCGs (2019–June 2022) and their sub-ICB successors in their ICBs', async () => {
		const found = await rows(
			conn,
			`SELECT ods_code, level, ons_code, name, ccg_name, icb_code, valid_from, valid_to FROM nhs_areas
			 WHERE ods_code IN ('99E', '99F', '06Q', '06T', '07H') ORDER BY ods_code, level`
		);
		expect(found.filter((r) => r.level === 'ccg').map((r) => [r.ods_code, r.name, r.valid_from, r.valid_to])).toEqual([
			['06Q', 'NHS Mid Essex CCG', '2019-04', '2022-06'],
			['06T', 'NHS North East Essex CCG', '2019-04', '2022-06'],
			['07H', 'NHS West Essex CCG', '2019-04', '2022-06'],
			['99E', 'NHS Basildon and Brentwood CCG', '2019-04', '2022-06'],
			['99F', 'NHS Castle Point and Rochford CCG', '2019-04', '2022-06']
		]);
		const b = found.find((r) => r.ods_code === '99E' && r.level === 'sub_icb');
		expect(b).toMatchObject({
			ons_code: 'E38000007',
			name: 'NHS Mid and South Essex ICB - 99E',
			ccg_name: 'NHS Basildon and Brentwood CCG',
			icb_code: 'QH8',
			valid_from: '2022-07',
			valid_to: null
		});
		expect(found.find((r) => r.ods_code === '07H' && r.level === 'sub_icb')).toMatchObject({ icb_code: 'QM7' });
	});

	it('dates a CCG merged away in April 2020 to March 2020', async () => {
		// Kingston (08J) and Richmond (08X) joined South West London CCG (36L) in April 2020.
		expect(
			await rows(conn, `SELECT ods_code, valid_from, valid_to, vintages FROM nhs_areas WHERE level = 'ccg' AND ods_code IN ('08J', '36L') ORDER BY 1`)
		).toEqual([
			{ ods_code: '08J', valid_from: '2019-04', valid_to: '2020-03', vintages: 'CCG19' },
			{ ods_code: '36L', valid_from: '2020-04', valid_to: '2022-06', vintages: 'CCG20,CCG21' }
		]);
	});

	it('fails naming file, row and column when an ICB code is malformed', async () => {
		const dir = rawDirWithAlteredFile(SUB_ICB22_FILE, (t) => replaceCell(t, 2, 'ICB22CDH', 'H8'), [CCG19_FILE, CCG20_FILE, CCG21_FILE, NHS_LOOKUP_FILE]);
		const c = await memoryConnection();
		const err = await nhsAreas.build(c, new RawDir(dir)).catch((e) => e);
		expect(err).toBeInstanceOf(InputError);
		expect(err.message).toContain(SUB_ICB22_FILE);
		expect(err.message).toContain('row 2');
		expect(err.message).toContain('column "ICB22CDH"');
		expect(err.message).toContain('"H8"');
	});

	it('fails when a CCG file lacks its code column', async () => {
		const dir = rawDirWithAlteredFile(CCG20_FILE, (t) => t.replace('CCG20CDH', 'CODE'), [CCG19_FILE, CCG21_FILE, SUB_ICB22_FILE, NHS_LOOKUP_FILE]);
		const err = await nhsAreas.build(await memoryConnection(), new RawDir(dir)).catch((e) => e);
		expect(err).toBeInstanceOf(InputError);
		expect(err.message).toMatch(/245\.csv: missing column "CCG20CDH"/);
	});
});
