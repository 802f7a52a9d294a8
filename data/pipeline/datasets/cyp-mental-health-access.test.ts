import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, rows } from '../test-support';
import { areas } from './areas';
import { cypMentalHealthAccess, SUB_ICB_FILE, TIME_SERIES_FILE } from './cyp-mental-health-access';
import { nhsAreas } from './nhs-areas';

async function lookupsBuilt(): Promise<DuckDBConnection> {
	const conn = await memoryConnection();
	await areas.build(conn, new RawDir(RAW_DIR));
	await nhsAreas.build(conn, new RawDir(RAW_DIR));
	return conn;
}

const cell = (area: string, period: string) =>
	`SELECT area_level, period_type, year, value, symbol, unit, source_file FROM pub_cyp_mental_health_access WHERE area_code = '${area}' AND period = '${period}'`;

describe('cyp_mental_health_access (MHS95) built from the NHS England files', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await lookupsBuilt();
		await cypMentalHealthAccess.build(conn, new RawDir(RAW_DIR));
	});

	// prepared_data.Rdata__mentalhealth_ccg.csv line 54: 31/03/2021, CCG of Residence, 06Q, 2865; line 3170: 31/08/2023, Sub ICB, 99E, 2250.
	it('equals the published counts for Essex’s sub-ICB locations, first and last 12 months', async () => {
		expect(await rows(conn, cell('06Q', '2021-03'))).toEqual([
			{ area_level: 'ccg', period_type: 'rolling_12_months', year: 2021, value: 2865, symbol: null, unit: 'count', source_file: SUB_ICB_FILE }
		]);
		expect(await rows(conn, cell('99E', '2023-08'))).toEqual([
			{ area_level: 'sub_icb', period_type: 'rolling_12_months', year: 2023, value: 2250, symbol: null, unit: 'count', source_file: SUB_ICB_FILE }
		]);
		// 07H: a CCG to the 12 months to June 2022 (2,545), a sub-ICB location from July 2022 (2,535).
		expect((await rows(conn, cell('07H', '2022-06')))[0]).toMatchObject({ area_level: 'ccg', value: 2545 });
		expect((await rows(conn, cell('07H', '2022-07')))[0]).toMatchObject({ area_level: 'sub_icb', value: 2535 });
	});

	// MHSDS time series (uncompressed) line 80465: 01/08/2021, 31/07/2022, Performance, England, 689621.
	it('takes England from the MHSDS time series, 12 months to March 2021 – July 2022', async () => {
		expect(await rows(conn, cell('E92000001', '2022-07'))).toEqual([
			{ area_level: 'national', period_type: 'rolling_12_months', year: 2022, value: 689621, symbol: null, unit: 'count', source_file: TIME_SERIES_FILE }
		]);
		const span = await rows(
			conn,
			`SELECT area_level, min(period) AS first, max(period) AS last, count(DISTINCT period) AS n, count(DISTINCT area_code) AS areas
			FROM pub_cyp_mental_health_access GROUP BY 1 ORDER BY 1`
		);
		expect(span).toEqual([
			{ area_level: 'ccg', first: '2021-03', last: '2022-06', n: 16, areas: 106 },
			{ area_level: 'national', first: '2021-03', last: '2022-07', n: 17, areas: 1 },
			{ area_level: 'sub_icb', first: '2022-07', last: '2023-08', n: 14, areas: 106 }
		]);
	});

	it('has no suppressed cell in the shipped files, and would keep "*" as a symbol', async () => {
		expect(await rows(conn, `SELECT count(*) AS n FROM pub_cyp_mental_health_access WHERE value IS NULL OR symbol IS NOT NULL`)).toEqual([{ n: 0 }]);
		// A month the time series does not cover (12 months to August 2023), so the two files' cross-check does not apply.
		const dir = rawDirWithAlteredFile(
			SUB_ICB_FILE,
			(t) => t.replace(/(31\/08\/2023,Performance,Sub ICB of Residence,99E,[^\n]*?\(12 month rolling\)),2250,/, '$1,*,'),
			[TIME_SERIES_FILE]
		);
		const c = await lookupsBuilt();
		await cypMentalHealthAccess.build(c, new RawDir(dir));
		expect(await rows(c, `SELECT value, symbol FROM pub_cyp_mental_health_access WHERE area_code = '99E' AND period = '2023-08'`)).toEqual([
			{ value: null, symbol: '*' }
		]);
	});

	it('fails naming file, row and column for a code not known at that level', async () => {
		const dir = rawDirWithAlteredFile(SUB_ICB_FILE, (t) => t.replace('31/03/2021,Final,CCG of Residence,06Q,', '31/03/2021,Final,CCG of Residence,06Z,'), [
			TIME_SERIES_FILE
		]);
		const err = await cypMentalHealthAccess.build(await lookupsBuilt(), new RawDir(dir)).catch((e) => e);
		expect(err).toBeInstanceOf(InputError);
		expect(err.message).toContain(`${SUB_ICB_FILE}, row 53 (line 54), column "PRIMARY_LEVEL": CCG / sub-ICB location not known for that month; found "06Z"`);
	});
});
