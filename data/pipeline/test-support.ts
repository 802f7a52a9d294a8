/** Helpers for pipeline tests: an in-memory DuckDB, and a raw folder holding an altered copy of one input. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export const RAW_DIR = resolve(dirname(new URL(import.meta.url).pathname), '../raw');

export async function memoryConnection(): Promise<DuckDBConnection> {
	return (await DuckDBInstance.create(':memory:')).connect();
}

/** Rows of `sql` as plain objects, BigInt turned into numbers. */
export async function rows(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
	const result = (await conn.runAndReadAll(sql)).getRowObjectsJS();
	return result.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

/**
 * A temporary raw folder in which `label` is replaced by `alter(originalText)`; `alsoCopy` lists other inputs a
 * dataset needs unchanged. Returns the folder, for `new RawDir(folder)`.
 */
export function rawDirWithAlteredFile(label: string, alter: (text: string) => string, alsoCopy: string[] = []): string {
	const dir = mkdtempSync(join(tmpdir(), 'send-raw-'));
	for (const other of alsoCopy) {
		mkdirSync(dirname(join(dir, other)), { recursive: true });
		copyFileSync(join(RAW_DIR, other), join(dir, other));
	}
	mkdirSync(dirname(join(dir, label)), { recursive: true });
	writeFileSync(join(dir, label), alter(readFileSync(join(RAW_DIR, label), 'utf8')));
	return dir;
}

/** Replaces the cell at (data row `row`, column `column`) of a simple CSV text (no quoted commas in that line). */
export function replaceCell(text: string, row: number, column: string, value: string): string {
	const lines = text.split('\n');
	const header = (lines[0] ?? '')
		.replace(/^\uFEFF/, '')
		.split(',')
		.map((h) => h.replaceAll('"', ''));
	const index = header.indexOf(column);
	if (index < 0) throw new Error(`no column ${column}`);
	const cells = (lines[row] ?? '').split(',');
	cells[index] = value;
	lines[row] = cells.join(',');
	return lines.join('\n');
}
