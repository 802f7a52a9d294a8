import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { areas } from './areas';
import { DERIVED_CCG19_FILE, DERIVED_CCG20_FILE, LA_SUB_ICB22_FILE, laNhsOverlap, LSOA_CCG19_FILE, LSOA_CCG20_FILE, LTLA_UTLA19_FILE } from './la-nhs-overlap';
import { nhsAreas } from './nhs-areas';
import { laSubIcbCodesSql } from '../../../src/lib/metrics/autism-waits';

const ESSEX = 'E10000012';
const ALL_FILES = [LSOA_CCG19_FILE, LSOA_CCG20_FILE, LTLA_UTLA19_FILE, DERIVED_CCG19_FILE, DERIVED_CCG20_FILE, LA_SUB_ICB22_FILE];
const others = (label: string) => ALL_FILES.filter((f) => f !== label);

async function lookupsBuilt(): Promise<DuckDBConnection> {
	const conn = await memoryConnection();
	await areas.build(conn, new RawDir(RAW_DIR));
	await nhsAreas.build(conn, new RawDir(RAW_DIR));
	return conn;
}

describe('la_nhs_overlap', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await lookupsBuilt();
		await laNhsOverlap.build(conn, new RawDir(RAW_DIR));
	});

	// The 2022 file (December 2022) lists Cumbria only; its successors (April 2023) get Cumbria's sub-ICB locations.
	it('gives Cumberland and Westmorland and Furness the sub-ICB locations the 2022 file lists for Cumbria, marked as such', async () => {
		for (const la of ['E06000063', 'E06000064']) {
			expect(await rows(conn, laSubIcbCodesSql(la))).toEqual([{ code: '00L' }, { code: '01H' }, { code: '01K' }]);
			const methods = await rows(conn, `SELECT DISTINCT method FROM la_nhs_overlap WHERE la_code = '${la}' AND vintage = '2022'`);
			expect(methods).toEqual([{ method: 'predecessor_boundary_overlap' }]);
		}
		expect(await rows(conn, laSubIcbCodesSql('E10000006'))).toEqual([{ code: '00L' }, { code: '01H' }, { code: '01K' }]);
		// Every current LA now has sub-ICB locations in 2022.
		const none = await rows(
			conn,
			`SELECT area_code FROM areas WHERE area_level = 'la' AND is_current AND area_code NOT IN (SELECT la_code FROM la_nhs_overlap WHERE vintage = '2022')`
		);
		expect(none).toEqual([]);
	});

	it('serves Essex by its five CCGs in 2019 and 2020 and the same five sub-ICB locations in 2022', async () => {
		const found = await rows(
			conn,
			`SELECT vintage, nhs_code, lsoas_in_both, round(share_of_la, 3) AS share_of_la, share_of_nhs_area FROM la_nhs_overlap WHERE la_code = '${ESSEX}' ORDER BY vintage, nhs_code`
		);
		const five = ['06Q', '06T', '07H', '99E', '99F'];
		for (const vintage of ['2019', '2020', '2022']) expect(found.filter((r) => r.vintage === vintage).map((r) => r.nhs_code)).toEqual(five);
		// Basildon and Brentwood, Castle Point and Rochford, Mid Essex, North East Essex, West Essex: the whole CCG lies in Essex.
		expect(found.filter((r) => r.vintage === '2019')).toEqual([
			{ vintage: '2019', nhs_code: '06Q', lsoas_in_both: 234, share_of_la: 0.268, share_of_nhs_area: 1 },
			{ vintage: '2019', nhs_code: '06T', lsoas_in_both: 194, share_of_la: 0.222, share_of_nhs_area: 1 },
			{ vintage: '2019', nhs_code: '07H', lsoas_in_both: 178, share_of_la: 0.204, share_of_nhs_area: 1 },
			{ vintage: '2019', nhs_code: '99E', lsoas_in_both: 156, share_of_la: 0.179, share_of_nhs_area: 1 },
			{ vintage: '2019', nhs_code: '99F', lsoas_in_both: 110, share_of_la: 0.126, share_of_nhs_area: 1 }
		]);
		const names = await rows(
			conn,
			`SELECT DISTINCT n.name FROM la_nhs_overlap o JOIN nhs_areas n ON n.ods_code = o.nhs_code AND n.level = o.nhs_level WHERE o.la_code = '${ESSEX}' AND o.vintage = '2019' ORDER BY 1`
		);
		expect(names.map((r) => r.name)).toEqual([
			'NHS Basildon and Brentwood CCG',
			'NHS Castle Point and Rochford CCG',
			'NHS Mid Essex CCG',
			'NHS North East Essex CCG',
			'NHS West Essex CCG'
		]);
	});

	it('gives every current LA at least one CCG in 2019 and 2020; in 2022 every one measured but Cumberland and Westmorland and Furness', async () => {
		for (const vintage of ['2019', '2020']) {
			const missing = await rows(
				conn,
				`SELECT area_code FROM areas WHERE area_level = 'la' AND is_current AND area_code NOT IN (SELECT la_code FROM la_nhs_overlap WHERE vintage = '${vintage}')`
			);
			expect(missing).toEqual([]);
		}
		// The 2022 file predates the April 2023 split of Cumbria, which it lists as one LA (E10000006).
		const missing22 = await rows(
			conn,
			`SELECT area_name FROM areas WHERE area_level = 'la' AND is_current AND area_code NOT IN (SELECT la_code FROM la_nhs_overlap WHERE vintage = '2022' AND method = 'boundary_overlap') ORDER BY 1`
		);
		expect(missing22.map((r) => r.area_name)).toEqual(['Cumberland', 'Westmorland and Furness']);
		expect(await rows(conn, `SELECT DISTINCT nhs_code FROM la_nhs_overlap WHERE la_code = 'E10000006' ORDER BY 1`)).toEqual([
			{ nhs_code: '00L' },
			{ nhs_code: '01H' },
			{ nhs_code: '01K' }
		]);
	});

	it('splits Northamptonshire and Cumbria by district and shares add up to 1 for every LA', async () => {
		const split = await rows(
			conn,
			`SELECT la_code, nhs_code, lsoas_in_both FROM la_nhs_overlap WHERE vintage = '2019' AND la_code IN ('E06000061', 'E06000062', 'E06000063', 'E06000064') ORDER BY 1, 2`
		);
		// Corby CCG (03V) = Corby district; Nene CCG (04G) the rest of the county bar 9 East Northamptonshire LSOAs in Cambridgeshire and Peterborough CCG.
		expect(split.map((r) => `${r.la_code}:${r.nhs_code}:${r.lsoas_in_both}`)).toEqual([
			'E06000061:03V:41',
			'E06000061:04G:144',
			'E06000061:06H:9',
			'E06000062:04G:228',
			'E06000063:01H:171',
			'E06000063:01K:6',
			'E06000064:01H:36',
			'E06000064:01K:108'
		]);
		const off = await rows(
			conn,
			`SELECT vintage, la_code, sum(share_of_la) AS s FROM la_nhs_overlap WHERE method = 'lsoa_count' GROUP BY ALL HAVING abs(sum(share_of_la) - 1) > 1e-9`
		);
		expect(off).toEqual([]);
		const offNhs = await rows(
			conn,
			`SELECT vintage, nhs_code FROM la_nhs_overlap WHERE method = 'lsoa_count' GROUP BY ALL HAVING abs(sum(share_of_nhs_area) - 1) > 1e-9`
		);
		expect(offNhs).toEqual([]);
	});

	it('uses only codes known in areas and nhs_areas', async () => {
		const unknown = await rows(
			conn,
			`SELECT o.* FROM la_nhs_overlap o LEFT JOIN areas a ON a.area_code = o.la_code LEFT JOIN nhs_areas n ON n.ods_code = o.nhs_code AND n.level = o.nhs_level
			 WHERE a.area_code IS NULL OR n.ods_code IS NULL`
		);
		expect(unknown).toEqual([]);
	});

	it('fails naming file, row and column for an LA name it cannot place', async () => {
		const dir = rawDirWithAlteredFile(LA_SUB_ICB22_FILE, (t) => replaceCell(t, 1, 'la_name', 'Hartlepol'), others(LA_SUB_ICB22_FILE));
		const err = await laNhsOverlap.build(await lookupsBuilt(), new RawDir(dir)).catch((e) => e);
		expect(err).toBeInstanceOf(InputError);
		expect(err.message).toContain(`${LA_SUB_ICB22_FILE}, row 1 (line 2), column "la_name"`);
		expect(err.message).toContain('"Hartlepol"');
	});

	it('fails when the helper file’s LSOA count disagrees with the ONS lookup', async () => {
		const dir = rawDirWithAlteredFile(DERIVED_CCG19_FILE, (t) => replaceCell(t, 1, 'lsoa_count', '111'), others(DERIVED_CCG19_FILE));
		const err = await laNhsOverlap.build(await lookupsBuilt(), new RawDir(dir)).catch((e) => e);
		expect(err).toBeInstanceOf(InputError);
		expect(err.message).toContain(`${DERIVED_CCG19_FILE}, row 1 (line 2), column "lsoa_count"`);
	});
});
