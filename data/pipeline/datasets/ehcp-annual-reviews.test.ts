import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { InputError } from '../errors';
import { memoryConnection, RAW_DIR, rawDirWithAlteredFile, replaceCell, rows } from '../test-support';
import { ANNUAL_REVIEWS_FILE, ehcpAnnualReviews } from './ehcp-annual-reviews';

const cell = (measure: string, area: string, topic = 'Total', breakdown = 'Total') =>
	`SELECT value, symbol, unit, period, source_file FROM pub_ehcp_annual_reviews
	 WHERE measure = '${measure}' AND area_code = '${area}' AND breakdown_topic = '${topic}' AND breakdown = '${breakdown}'`;

// annual_reviews.csv line 7356 (data row 7355): Essex, All annual reviews.
const ESSEX_ROW = 7355;

describe('ehcp_annual_reviews built from the 2025 SEN2 release', () => {
	let conn: DuckDBConnection;
	beforeAll(async () => {
		conn = await memoryConnection();
		await ehcpAnnualReviews.build(conn, new RawDir(RAW_DIR));
	});

	it('equals the published cells for Essex and England, 2024', async () => {
		expect(await rows(conn, cell('reviews_expected', 'E10000012'))).toEqual([
			{ value: 12196, symbol: null, unit: 'count', period: '2024', source_file: ANNUAL_REVIEWS_FILE }
		]);
		expect((await rows(conn, cell('review_meetings', 'E10000012')))[0]).toMatchObject({ value: 11336 });
		expect((await rows(conn, cell('review_meetings_before_2024', 'E10000012')))[0]).toMatchObject({ value: 2893 });
		expect((await rows(conn, cell('review_decisions_within_4_weeks_pc', 'E10000012')))[0]).toMatchObject({ value: 32.9, unit: 'percent' });
		expect((await rows(conn, cell('reviews_expected', 'E92000001')))[0]).toMatchObject({ value: 524654 });
		expect((await rows(conn, cell('review_decisions_within_4_weeks_pc', 'E92000001')))[0]).toMatchObject({ value: 44.4 });
	});

	it('keeps x for authorities DfE suppressed (Blackpool), with their plan count published', async () => {
		expect(await rows(conn, cell('reviews_expected', 'E06000009'))).toEqual([
			{ value: null, symbol: 'x', unit: 'count', period: '2024', source_file: ANNUAL_REVIEWS_FILE }
		]);
		expect((await rows(conn, cell('ehc_plans', 'E06000009')))[0]).toMatchObject({ value: 1661, symbol: null });
	});

	it('fails naming file, row and column for a bad cell', async () => {
		const dir = rawDirWithAlteredFile(ANNUAL_REVIEWS_FILE, (t) => replaceCell(t, ESSEX_ROW, 'outcome_cease', '-1-'));
		const error = await ehcpAnnualReviews.build(await memoryConnection(), new RawDir(dir)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(InputError);
		expect((error as Error).message).toContain(`${ANNUAL_REVIEWS_FILE}, row ${ESSEX_ROW}`);
		expect((error as Error).message).toContain('column "outcome_cease"');
	});
});
