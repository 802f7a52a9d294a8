/**
 * Row counts of tables as the database itself reports them: used by "About the data" to show that each dataset
 * really is in the (in-browser) database, next to the manifest's count.
 */
import type { QueryRunner } from './runner';
import { quoteIdent, quoteLiteral } from './runner';

/** SQL counting the rows of each table: one row per table, `{ table_name, row_count }`. */
export function tableRowCountsSql(tables: readonly string[]): string {
	if (tables.length === 0) throw new Error('tableRowCountsSql: no tables');
	return tables.map((t) => `SELECT ${quoteLiteral(t)} AS table_name, count(*) AS row_count FROM ${quoteIdent(t)}`).join('\nUNION ALL\n');
}

/** Row count per table name, as the database reports it. */
export async function tableRowCounts(runner: QueryRunner, tables: readonly string[]): Promise<Record<string, number>> {
	if (tables.length === 0) return {};
	const rows = await runner.all<{ table_name: string; row_count: number }>(tableRowCountsSql(tables));
	return Object.fromEntries(rows.map((r) => [r.table_name, Number(r.row_count)]));
}
