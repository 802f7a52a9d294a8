/**
 * Writes tables as Arrow IPC files for the browser (duckdb-wasm ingests Arrow IPC without any extension).
 * Two entry points: from a DuckDB query (the published pipeline) and from plain JS columns (the synthetic generator).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Bool, DateDay, Dictionary, Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray, type Vector, type DataType } from 'apache-arrow';
import type { DuckDBConnection } from '@duckdb/node-api';

/** Column types the project's files use. Dates are calendar days (no time, no zone). */
export type ColumnType = 'string' | 'double' | 'int' | 'date' | 'bool';

export interface ColumnSpec {
	name: string;
	type: ColumnType;
}

export type ColumnValues = Array<string | number | boolean | Date | null>;

export interface WrittenFile {
	rows: number;
	bytes: number;
	sha256: string;
	columns: string[];
}

const ARROW_TYPES: Record<ColumnType, (columnIndex: number) => DataType> = {
	// Dictionary-encoded: the tidy model repeats a few long strings (measure, breakdown, source_file) on every row.
	// The dictionary id is the column's index, so a file's bytes do not depend on what else this process wrote.
	string: (columnIndex) => new Dictionary(new Utf8(), new Int32(), columnIndex),
	double: () => new Float64(),
	int: () => new Int32(),
	date: () => new DateDay(),
	bool: () => new Bool()
};

/** Builds an Arrow table from columns; every column must have the same length. */
export function arrowTable(specs: ColumnSpec[], columns: ColumnValues[]): Table {
	const length = columns[0]?.length ?? 0;
	const vectors: Record<string, Vector> = {};
	specs.forEach((spec, i) => {
		const values = columns[i];
		if (!values) throw new Error(`arrowTable: no values for column "${spec.name}"`);
		if (values.length !== length) {
			throw new Error(`arrowTable: column "${spec.name}" has ${values.length} values, expected ${length}`);
		}
		vectors[spec.name] = vectorFromArray(values as unknown[], ARROW_TYPES[spec.type](i)) as Vector;
	});
	return new Table(vectors);
}

/** Writes columns to `path` as an Arrow IPC stream and returns what the manifest records about it. */
export function writeArrowFile(path: string, specs: ColumnSpec[], columns: ColumnValues[]): WrittenFile {
	const table = arrowTable(specs, columns);
	const bytes = tableToIPC(table, 'stream');
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, bytes);
	return {
		rows: table.numRows,
		bytes: bytes.byteLength,
		sha256: createHash('sha256').update(bytes).digest('hex'),
		columns: specs.map((s) => s.name)
	};
}

function columnTypeOf(duckdbType: string, column: string): ColumnType {
	if (duckdbType === 'VARCHAR') return 'string';
	if (duckdbType === 'DOUBLE' || duckdbType === 'FLOAT' || duckdbType.startsWith('DECIMAL') || duckdbType === 'BIGINT' || duckdbType === 'HUGEINT')
		return 'double';
	if (duckdbType === 'INTEGER' || duckdbType === 'SMALLINT' || duckdbType === 'TINYINT') return 'int';
	if (duckdbType === 'DATE') return 'date';
	if (duckdbType === 'BOOLEAN') return 'bool';
	throw new Error(`Column "${column}" has DuckDB type ${duckdbType}, which the Arrow writer does not map; cast it in the query.`);
}

function toJsValue(v: unknown): string | number | boolean | Date | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
	return String(v);
}

/** Runs `sql` on `conn` and writes the result to `path` as Arrow IPC. */
export async function writeArrowFromQuery(conn: DuckDBConnection, sql: string, path: string): Promise<WrittenFile> {
	const reader = await conn.runAndReadAll(sql);
	const names = reader.columnNames();
	const types = reader.columnTypes().map((t, i) => columnTypeOf(t.toString(), names[i] ?? `#${i}`));
	const columns = reader.getColumnsJS().map((col) => col.map(toJsValue));
	return writeArrowFile(
		path,
		names.map((name, i) => ({ name, type: types[i] ?? 'string' })),
		columns
	);
}
