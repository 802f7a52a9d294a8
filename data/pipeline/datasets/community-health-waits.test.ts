import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, rows } from '../test-support';
import { areas } from './areas';
import { AREAS_FILE, communityHealthWaits, ENGLAND_FILE, SERVICES, WAIT_MEASURES } from './community-health-waits';
import { nhsAreas } from './nhs-areas';

async function lookupsBuilt(): Promise<DuckDBConnection> {
	const conn = await memoryConnection();
	await areas.build(conn, new RawDir(RAW_DIR));
	await nhsAreas.build(conn, new RawDir(RAW_DIR));
	return conn;
}

const cells = (area: string, period: string, service: string) =>
	`SELECT measure, area_level, value, symbol, unit, source_file FROM pub_community_health_waits
	 WHERE area_code = '${area}' AND period = '${period}' AND breakdown = '${service}' ORDER BY measure`;

/** The England file's rows, parsed independently of the pipeline. */
function englandFileRows(): { therapy: string; month: string; total: number; mid: number; long: number; pc: number }[] {
	const [, ...lines] = readFileSync(join(RAW_DIR, ENGLAND_FILE), 'utf8').trim().split('\n');
	return lines.map((line) => {
		const c = line.split(',').map((v) => v.replaceAll('"', ''));
		return { therapy: c[1]!, total: Number(c[2]), mid: Number(c[3]), long: Number(c[4]), pc: Number(c[6]), month: c[7]!.slice(0, 7) };
	});
}

describe('community_health_waits built from the NHS England files', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await lookupsBuilt();
		await communityHealthWaits.build(conn, new RawDir(RAW_DIR));
	});

	// la_ch_time_series_derived.csv line 3869: "ICB","Mid and South Essex","June 2023",…,"Speech And Language",360,7,0,1.944…
	it('equals the published cells for Mid and South Essex ICB (QH8), speech and language therapy, June 2023', async () => {
		expect(await rows(conn, cells('QH8', '2023-06', 'Speech and language therapy'))).toEqual([
			{ measure: 'chs_waiting_18_52w', area_level: 'icb', value: 7, symbol: null, unit: 'count', source_file: AREAS_FILE },
			{ measure: 'chs_waiting_52w_plus', area_level: 'icb', value: 0, symbol: null, unit: 'count', source_file: AREAS_FILE },
			{ measure: 'chs_waiting_over_18w_pc', area_level: 'icb', value: 1.94444444444444, symbol: null, unit: 'percent', source_file: AREAS_FILE },
			{ measure: 'chs_waiting_total', area_level: 'icb', value: 360, symbol: null, unit: 'count', source_file: AREAS_FILE }
		]);
	});

	// Line 1609: "ICB","Hertfordshire and West Essex","March 2023",…,"Speech And Language",1574,356,3,22.808…; line 1606: Audiology NA.
	it('matches title-case and capitalised ICB names, and keeps NA as a symbol, never 0', async () => {
		const herts = await rows(conn, cells('QM7', '2023-03', 'Speech and language therapy'));
		expect(herts.find((r) => r.measure === 'chs_waiting_total')).toMatchObject({ value: 1574 });
		expect(herts.find((r) => r.measure === 'chs_waiting_over_18w_pc')).toMatchObject({ value: 22.8081321473952 });
		const audiology = await rows(conn, cells('QM7', '2023-03', 'Audiology'));
		expect(audiology.map((r) => [r.value, r.symbol])).toEqual([
			[null, 'NA'],
			[null, 'NA'],
			[null, 'NA'],
			[null, 'NA']
		]);
		// October 2023 names are in capitals ("SUFFOLK AND NORTH EAST ESSEX").
		const october = await rows(conn, `SELECT count(DISTINCT area_code) AS n FROM pub_community_health_waits WHERE area_level = 'icb' AND period = '2023-10'`);
		expect(october).toEqual([{ n: 42 }]);
		const zeros = await rows(conn, `SELECT count(*) AS n FROM pub_community_health_waits WHERE symbol IS NOT NULL AND value IS NOT NULL`);
		expect(zeros).toEqual([{ n: 0 }]);
	});

	it('maps every ICB in the file to one of the 42 ICBs of nhs_areas, and every region to an NHS England region', async () => {
		const icbs = await rows(
			conn,
			`SELECT count(DISTINCT w.area_code) AS n FROM pub_community_health_waits w JOIN nhs_areas a ON a.ods_code = w.area_code AND a.level = 'icb' WHERE w.area_level = 'icb'`
		);
		expect(icbs).toEqual([{ n: 42 }]);
		const all = await rows(conn, `SELECT count(*) AS n FROM nhs_areas WHERE level = 'icb'`);
		expect(all).toEqual([{ n: 42 }]);
		const regions = await rows(conn, `SELECT DISTINCT area_code FROM pub_community_health_waits WHERE area_level = 'nhs_region' ORDER BY 1`);
		expect(regions.map((r) => r.area_code)).toEqual(['Y56', 'Y58', 'Y59', 'Y60', 'Y61', 'Y62', 'Y63']);
	});

	it('gives England exactly as the England file publishes it, for every month and service', async () => {
		const file = englandFileRows();
		expect(file).toHaveLength(40);
		const table = await rows(conn, `SELECT breakdown, period, measure, value, source_file FROM pub_community_health_waits WHERE area_level = 'national'`);
		expect(table).toHaveLength(160);
		const name = (therapy: string) => SERVICES.find((s) => s.file === therapy)!.name;
		for (const f of file) {
			const at = (m: string) => table.find((r) => r.breakdown === name(f.therapy) && r.period === f.month && r.measure === m);
			expect(at('chs_waiting_total')).toMatchObject({ value: f.total, source_file: ENGLAND_FILE });
			expect(at('chs_waiting_18_52w')?.value).toBe(f.mid);
			expect(at('chs_waiting_52w_plus')?.value).toBe(f.long);
			expect(at('chs_waiting_over_18w_pc')?.value).toBe(f.pc);
		}
		// October 2023 speech and language therapy: 67,790 waiting, 39.73% over 18 weeks (eng file and area file agree).
		const slt = await rows(conn, cells('E92000001', '2023-10', 'Speech and language therapy'));
		expect(slt.find((r) => r.measure === 'chs_waiting_total')).toMatchObject({ value: 67790 });
	});

	it('holds % over 18 weeks = (18–52 + 52+) / total wherever the % is published', async () => {
		const off = await rows(
			conn,
			`SELECT count(*) AS n FROM (PIVOT (SELECT area_code, period, breakdown, measure, value FROM pub_community_health_waits) ON measure USING any_value(value))
			 WHERE chs_waiting_over_18w_pc IS NOT NULL AND abs(chs_waiting_over_18w_pc - 100 * (chs_waiting_18_52w + chs_waiting_52w_plus) / chs_waiting_total) > 1e-9`
		);
		expect(off).toEqual([{ n: 0 }]);
		const measures = await rows(conn, `SELECT DISTINCT measure FROM pub_community_health_waits ORDER BY 1`);
		expect(measures.map((r) => r.measure)).toEqual(WAIT_MEASURES.map((m) => m.measure).sort());
	});

	it('fails naming file, row and column for an ICB name it cannot match', async () => {
		const dir = rawDirWithAlteredFile(AREAS_FILE, (t) => t.replace('"3868","ICB","Mid and South Essex"', '"3868","ICB","Mid and South Sussex"'), [
			ENGLAND_FILE
		]);
		const err = await communityHealthWaits.build(await lookupsBuilt(), new RawDir(dir)).catch((e) => e);
		expect(err).toBeInstanceOf(InputError);
		expect(err.message).toContain(
			`${AREAS_FILE}, row 3868 (line 3869), column "Organisation Name": ICB / NHS region name not known; found "Mid and South Sussex"`
		);
	});

	it('fails for a % that does not equal (18–52 + 52+) / total, and for an England row that differs from the England file', async () => {
		const pc = rawDirWithAlteredFile(AREAS_FILE, (t) => t.replace('360,7,0,1.94444444444444', '360,7,0,2.5'), [ENGLAND_FILE]);
		const err = await communityHealthWaits.build(await lookupsBuilt(), new RawDir(pc)).catch((e) => e);
		expect(err).toBeInstanceOf(InputError);
		expect(err.message).toContain(
			`${AREAS_FILE}, row 3868 (line 3869), column "Percentage waiting more than 18 weeks": % waiting more than 18 weeks does not equal`
		);

		const eng = rawDirWithAlteredFile(
			AREAS_FILE,
			(t) =>
				t.replace(
					'"6652","National","England","October 2023",2023-10-01,"Speech And Language",67790,22820,4113,39.7300486797463',
					'"6652","National","England","October 2023",2023-10-01,"Speech And Language",67790,22821,4112,39.7300486797463'
				),
			[ENGLAND_FILE]
		);
		const err2 = await communityHealthWaits.build(await lookupsBuilt(), new RawDir(eng)).catch((e) => e);
		expect(err2).toBeInstanceOf(InputError);
		expect(err2.message).toContain(`${AREAS_FILE}, row 6652 (line 6653), column "Total waiting list": England row differs from the England file`);
	});
});
