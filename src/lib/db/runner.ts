/**
 * The one interface the metric modules (`src/lib/metrics/`) use to run SQL, so the same SQL runs in the browser
 * (duckdb-wasm, `browserRunner` in `./client`) and in Node tests (`@duckdb/node-api`, `data/lib/node-runner.ts`).
 *
 * Contract for results, identical in both implementations:
 * - one plain object per row, keyed by column name;
 * - integers (including BIGINT / HUGEINT, e.g. `count(*)`) and decimals as JS `number`, never `bigint`;
 * - DATE as an ISO `YYYY-MM-DD` string; TIMESTAMP as an ISO string (`toISOString()`, UTC);
 * - SQL NULL as `null`.
 * Keep this file free of runtime imports: it is shared by browser and Node code.
 */
export interface QueryRunner {
	all<T = Record<string, unknown>>(sql: string): Promise<T[]>;
}

/** Quotes an SQL identifier (table or column name) for DuckDB. */
export function quoteIdent(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal for DuckDB. */
export function quoteLiteral(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}
