import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { RAW_DIR, rawDirWithAlteredFile, rows } from '../test-support';
import { LAIT_DICTIONARY_FILE, LAIT_FILE, laitSend, laitSendMeasures } from './lait-send';
import { cellSql, connectionWithAreas } from './money-test-support';

const cell = (measure: string, area: string, period: string, topic: string, breakdown: string) =>
	cellSql('pub_lait_send', measure, area, period, topic, breakdown);

describe('lait_send and lait_send_measures built from the LAIT parquet and its data dictionary', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await connectionWithAreas();
		await laitSendMeasures.build(conn, new RawDir(RAW_DIR));
		await laitSend.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published LAIT values for Essex, its region and England', async () => {
		expect(await rows(conn, cell('ks2_rwm_expected', 'E10000012', '2024/25', 'SEN provision', 'EHC plan'))).toEqual([
			{ value: 8, symbol: null, unit: 'percent' }
		]);
		expect((await rows(conn, cell('ks2_rwm_expected', 'E10000012', '2018/19', 'SEN provision', 'EHC plan')))[0]).toMatchObject({ value: 13 });
		expect((await rows(conn, cell('ks2_rwm_expected', 'E12000006', '2024/25', 'SEN provision', 'EHC plan')))[0]).toMatchObject({ value: 9 });
		expect((await rows(conn, cell('ks4_progress8', 'E10000012', '2023/24', 'SEN provision', 'EHC plan')))[0]).toMatchObject({ value: -0.93, unit: 'score' });
		expect((await rows(conn, cell('participation_16_17', 'E10000012', '2024-25', 'SEN provision', 'All SEN')))[0]).toMatchObject({ value: 89.96 });
		expect((await rows(conn, cell('participation_16_17', 'E92000001', '2024-25', 'SEN provision', 'All SEN')))[0]).toMatchObject({ value: 87.4 });
	});

	it('reads LAIT’s “-” (no tests in 2020) as not available (x), never 0 or nil', async () => {
		expect(await rows(conn, cell('ks2_rwm_expected', 'E10000012', '2019/20', 'SEN provision', 'EHC plan'))).toEqual([
			{ value: null, symbol: 'x', unit: 'percent' }
		]);
	});

	it('carries LAIT’s polarity, quartile rule and decimals for each measure', async () => {
		const rules = await rows(
			conn,
			`SELECT measure, breakdown, lait_short_desc, polarity, lait_polarity, lait_quartiled, lait_decimals, period_type FROM lait_send_measures WHERE measure IN ('ks4_progress8', 'participation_16_17') ORDER BY measure, breakdown`
		);
		expect(rules).toContainEqual({
			measure: 'ks4_progress8',
			breakdown: 'EHC plan',
			lait_short_desc: 'SEN_Stat_AVG_Prog8_Score',
			polarity: 'higher_is_better',
			lait_polarity: 'High',
			lait_quartiled: true,
			lait_decimals: 2,
			period_type: 'academic_year'
		});
		expect(rules).toContainEqual({
			measure: 'participation_16_17',
			breakdown: 'All SEN',
			lait_short_desc: '16-17YroldSEN_ET',
			polarity: 'higher_is_better',
			lait_polarity: 'High',
			lait_quartiled: true,
			lait_decimals: 2,
			period_type: 'financial_year'
		});
		expect(await rows(conn, `SELECT count(*) AS n FROM lait_send_measures`)).toEqual([{ n: 14 }]);
	});

	it('fails when the dictionary lacks a measure the dataset takes', async () => {
		const dir = rawDirWithAlteredFile(LAIT_DICTIONARY_FILE, (t) => t.replaceAll('"SEN_Stat_AVG_Prog8_Score"', '"SEN_Stat_AVG_Prog8_Renamed"'), [LAIT_FILE]);
		const error = await laitSendMeasures.build(conn, new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain('SEN_Stat_AVG_Prog8_Score');
	});
});
