import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, rows } from '../test-support';
import { areas } from './areas';
import { AUTISM_METRICS, autismWaits, SERIES_FILE, SUB_ICB_FILE } from './autism-waits';
import { nhsAreas } from './nhs-areas';

/** A raw folder with an altered copy of a gzipped CSV (and unchanged copies of `alsoCopy`). */
function rawDirWithAlteredGzip(label: string, alter: (lines: string[]) => void, alsoCopy: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'send-raw-'));
	for (const other of alsoCopy) {
		mkdirSync(dirname(join(dir, other)), { recursive: true });
		copyFileSync(join(RAW_DIR, other), join(dir, other));
	}
	const lines = gunzipSync(readFileSync(join(RAW_DIR, label)))
		.toString('utf8')
		.split('\n');
	alter(lines);
	mkdirSync(dirname(join(dir, label)), { recursive: true });
	writeFileSync(join(dir, label), gzipSync(lines.join('\n'), { level: 1 }));
	return dir;
}

async function lookupsBuilt(): Promise<DuckDBConnection> {
	const conn = await memoryConnection();
	await areas.build(conn, new RawDir(RAW_DIR));
	await nhsAreas.build(conn, new RawDir(RAW_DIR));
	return conn;
}

const cell = (measure: string, area: string, period: string, breakdown = 'Total') =>
	`SELECT area_level, value, symbol, unit, source_file FROM pub_autism_waits
	 WHERE measure = '${measure}' AND area_code = '${area}' AND period = '${period}' AND breakdown = '${breakdown}'`;

// Line 55939 of AutismStatsDec22_subICB.csv (data row 55938): 99E, August 2022, ASD16, all ages = 115.
const ROW_99E_ASD16_AUG = 55938;

describe('autism_waits built from the NHS England files', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await lookupsBuilt();
		await autismWaits.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published cells for Basildon and Brentwood (99E), August 2022', async () => {
		expect(await rows(conn, cell('asd_open_referrals', '99E', '2022-08'))).toEqual([
			{ area_level: 'sub_icb', value: 115, symbol: null, unit: 'count', source_file: SUB_ICB_FILE }
		]);
		expect((await rows(conn, cell('asd_open_13w_plus', '99E', '2022-08')))[0]).toMatchObject({ value: 90 });
		expect((await rows(conn, cell('asd_first_appt_within_13w_pc', '99E', '2022-08')))[0]).toMatchObject({ value: 40, unit: 'percent' });
		expect((await rows(conn, cell('asd_no_contact_13w_plus_pc', '99E', '2022-08')))[0]).toMatchObject({ value: 35 });
		// ASD16b (aged 0 to 17) and the age-group breakdown of ASD16.
		expect((await rows(conn, cell('asd_open_referrals', '99E', '2022-08', '0 to 17')))[0]).toMatchObject({ value: 5 });
		expect((await rows(conn, cell('asd_open_referrals', '99E', '2022-08', '10 to 17')))[0]).toMatchObject({ value: 5 });
	});

	it('keeps "*" as suppressed, never zero', async () => {
		expect(await rows(conn, cell('asd_diagnoses', '99E', '2022-08'))).toEqual([
			{ area_level: 'sub_icb', value: null, symbol: '*', unit: 'count', source_file: SUB_ICB_FILE }
		]);
		const zeros = await rows(conn, `SELECT count(*) AS n FROM pub_autism_waits WHERE symbol = '*' AND value IS NOT NULL`);
		expect(zeros).toEqual([{ n: 0 }]);
	});

	it('takes the monthly series for CCGs before July 2022, England and regions', async () => {
		expect(await rows(conn, cell('asd_first_appt_after_13w_pc', '99E', '2022-03', '18 to 24'))).toEqual([
			{ area_level: 'ccg', value: 58, symbol: null, unit: 'percent', source_file: SERIES_FILE }
		]);
		expect(await rows(conn, cell('asd_first_appt_after_13w_pc', 'E92000001', '2023-06', 'Under 10'))).toEqual([
			{ area_level: 'national', value: 22, symbol: null, unit: 'percent', source_file: SERIES_FILE }
		]);
		const periods = await rows(
			conn,
			`SELECT min(period) AS first, max(period) AS last, count(DISTINCT period) AS n FROM pub_autism_waits WHERE area_level = 'national'`
		);
		expect(periods).toEqual([{ first: '2019-04', last: '2023-06', n: 51 }]);
		const regions = await rows(conn, `SELECT count(DISTINCT area_code) AS n FROM pub_autism_waits WHERE area_level = 'nhs_region'`);
		expect(regions).toEqual([{ n: 7 }]);
	});

	it('applies the release rule: the later series wins where both files give the figure', async () => {
		// 99E, August 2022, 18 to 24: 43 in the series (from the April 2022 – March 2023 time series).
		expect(await rows(conn, cell('asd_first_appt_after_13w_pc', '99E', '2022-08', '18 to 24'))).toEqual([
			{ area_level: 'sub_icb', value: 43, symbol: null, unit: 'percent', source_file: SERIES_FILE }
		]);
		// Other breakdowns of that measure still come from the December 2022 file.
		expect((await rows(conn, cell('asd_first_appt_after_13w_pc', '99E', '2022-08')))[0]).toMatchObject({ source_file: SUB_ICB_FILE });
		const dup = await rows(conn, `SELECT measure, area_code, period, breakdown_topic, breakdown FROM pub_autism_waits GROUP BY ALL HAVING count(*) > 1`);
		expect(dup).toEqual([]);
	});

	it('keeps only the product’s areas, ages and metrics, at a size the browser can load', async () => {
		const [{ n } = { n: null }] = await rows(conn, `SELECT count(*) AS n FROM pub_autism_waits`);
		expect(n).toBeLessThan(40_000);
		const levels = await rows(conn, `SELECT DISTINCT area_level FROM pub_autism_waits ORDER BY 1`);
		expect(levels.map((r) => r.area_level)).toEqual(['ccg', 'national', 'nhs_region', 'sub_icb']);
		const breakdowns = await rows(conn, `SELECT DISTINCT breakdown_topic, breakdown FROM pub_autism_waits ORDER BY 1, 2`);
		expect(breakdowns.map((r) => `${r.breakdown_topic}/${r.breakdown}`)).toEqual([
			'Age group/0 to 17',
			'Age group/10 to 17',
			'Age group/18 and over',
			'Age group/18 to 24',
			'Age group/Under 10',
			'Total/Total'
		]);
		const measures = await rows(conn, `SELECT DISTINCT measure FROM pub_autism_waits ORDER BY 1`);
		expect(measures.map((r) => r.measure)).toEqual([...new Set(AUTISM_METRICS.map((m) => m.measure))].sort());
		const unknown = await rows(
			conn,
			`SELECT DISTINCT w.area_code, w.area_level FROM pub_autism_waits w
			 WHERE w.area_level IN ('ccg', 'sub_icb', 'nhs_region') AND NOT EXISTS (SELECT 1 FROM nhs_areas n WHERE n.ods_code = w.area_code AND n.level = w.area_level)`
		);
		expect(unknown).toEqual([]);
	});

	it('fails naming file, row and column for a value that is neither a number nor "*"', async () => {
		const dir = rawDirWithAlteredGzip(
			SUB_ICB_FILE,
			(lines) => {
				lines[ROW_99E_ASD16_AUG] = lines[ROW_99E_ASD16_AUG]!.replace(/,115(\r?)$/, ',1l5$1');
			},
			[SERIES_FILE]
		);
		const err = await autismWaits.build(await lookupsBuilt(), new RawDir(dir)).catch((e) => e);
		expect(err).toBeInstanceOf(InputError);
		expect(err.message).toContain(
			`${SUB_ICB_FILE}, row ${ROW_99E_ASD16_AUG} (line ${ROW_99E_ASD16_AUG + 1}), column "METRIC_VALUE": not a number; found "1l5"`
		);
	});

	it('fails naming file, row and column for a sub-ICB code not in nhs_areas', async () => {
		const dir = rawDirWithAlteredGzip(
			SUB_ICB_FILE,
			(lines) => {
				lines[ROW_99E_ASD16_AUG] = lines[ROW_99E_ASD16_AUG]!.replace(',99E,', ',99Z,');
			},
			[SERIES_FILE]
		);
		const err = await autismWaits.build(await lookupsBuilt(), new RawDir(dir)).catch((e) => e);
		expect(err).toBeInstanceOf(InputError);
		expect(err.message).toContain(
			`${SUB_ICB_FILE}, row ${ROW_99E_ASD16_AUG} (line ${ROW_99E_ASD16_AUG + 1}), column "PRIMARY_LEVEL": sub-ICB location not known; found "99Z"`
		);
	});

	it('fails for a series row whose month is not a date, and for a missing column', async () => {
		// Data row 9151: 99E, March 2022, 18 to 24.
		const bad = rawDirWithAlteredFile(
			SERIES_FILE,
			(t) => {
				const lines = t.split('\n');
				lines[9151] = '2022-13-01' + lines[9151]!.slice(10);
				return lines.join('\n');
			},
			[SUB_ICB_FILE]
		);
		const err = await autismWaits.build(await lookupsBuilt(), new RawDir(bad)).catch((e) => e);
		expect(err).toBeInstanceOf(InputError);
		expect(err.message).toContain(`${SERIES_FILE}, row 9151 (line 9152), column "REPORTING_PERIOD_START": malformed value; found "2022-13-01"`);

		const missing = rawDirWithAlteredFile(SERIES_FILE, (t) => t.replace(',METRIC_VALUE,', ',VALUE,'), [SUB_ICB_FILE]);
		const err2 = await autismWaits.build(await lookupsBuilt(), new RawDir(missing)).catch((e) => e);
		expect(err2).toBeInstanceOf(InputError);
		expect(err2.message).toContain(`${SERIES_FILE}: missing column "METRIC_VALUE"`);
	});
});
