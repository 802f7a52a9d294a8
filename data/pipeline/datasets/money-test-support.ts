/** For the money and outcomes datasets' tests: a connection with the areas table they match names and numbers to. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { RawDir } from '../dataset';
import { memoryConnection, RAW_DIR } from '../test-support';
import { areas } from './areas';

export async function connectionWithAreas(): Promise<DuckDBConnection> {
	const conn = await memoryConnection();
	await areas.build(conn, new RawDir(RAW_DIR));
	return conn;
}

/** SQL for one tidy cell's value, symbol and unit. */
export const cellSql = (table: string, measure: string, area: string, period: string, topic = 'Total', breakdown = 'Total') =>
	`SELECT value, symbol, unit FROM ${table}
	 WHERE measure = '${measure}' AND area_code = '${area}' AND period = '${period}' AND breakdown_topic = '${topic}' AND breakdown = '${breakdown}'`;
