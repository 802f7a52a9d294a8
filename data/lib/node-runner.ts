/**
 * The Node implementation of `QueryRunner` (src/lib/db/runner.ts) over @duckdb/node-api, so the metric modules'
 * SQL runs in Vitest exactly as it does in the browser's duckdb-wasm, with the same result contract:
 * plain row objects; BIGINT/HUGEINT/DECIMAL as number; DATE as `YYYY-MM-DD`; TIMESTAMP as ISO; NULL as null.
 *
 *   const db = await createNodeRunner();
 *   await loadManifestDatasets(db, 'static/data/manifest.json', ['ehcp_caseload']); // same tables as the browser
 *   const rows = await someMetric(db, ...);
 *   db.close();
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataType, tableFromIPC, type Table } from 'apache-arrow';
import { DuckDBDateValue, DuckDBInstance, DuckDBTypeId, type DuckDBAppender, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';
import type { Manifest } from '../../src/lib/data/manifest';
import { quoteIdent, type QueryRunner } from '../../src/lib/db/runner';

export interface NodeRunner extends QueryRunner {
	readonly connection: DuckDBConnection;
	/** Runs statements that return nothing useful (DDL, SET, INSERT). */
	run(sql: string): Promise<void>;
	close(): void;
}

const MS_PER_DAY = 86_400_000;

function plain(value: unknown, typeId: DuckDBTypeId | undefined): unknown {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return null;
		return typeId === DuckDBTypeId.DATE ? value.toISOString().slice(0, 10) : value.toISOString();
	}
	if (Array.isArray(value)) return value.map((v) => plain(v, undefined));
	if (typeof value === 'object' && !(value instanceof Uint8Array)) {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, undefined)]));
	}
	return value;
}

/** Converts node-api JS rows to the QueryRunner contract, using the column types. */
function toPlainRows<T>(rows: Record<string, unknown>[], names: string[], types: DuckDBType[]): T[] {
	const typeIds = new Map(names.map((n, i) => [n, types[i]?.typeId]));
	return rows.map((row) => {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(row)) out[k] = plain(v, typeIds.get(k));
		return out as T;
	});
}

/** A QueryRunner over a fresh DuckDB (in memory by default). */
export async function createNodeRunner(path = ':memory:'): Promise<NodeRunner> {
	const instance = await DuckDBInstance.create(path);
	const connection = await instance.connect();
	// Same stance as the browser: never download extensions.
	await connection.run('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;');
	return {
		connection,
		async all<T = Record<string, unknown>>(sql: string): Promise<T[]> {
			const reader = await connection.runAndReadAll(sql);
			return toPlainRows<T>(reader.getRowObjectsJS() as Record<string, unknown>[], reader.columnNames(), reader.columnTypes());
		},
		async run(sql: string): Promise<void> {
			await connection.run(sql);
		},
		close() {
			connection.closeSync();
			instance.closeSync();
		}
	};
}

interface ColumnWriter {
	sqlType: string;
	append(appender: DuckDBAppender, value: unknown): void;
}

function writerFor(type: DataType, column: string): ColumnWriter {
	// Dictionary-encoded columns (arrow-file.ts writes strings that way) hold plain values once decoded;
	// DuckDB's Arrow scan in the browser also reads them as their value type (VARCHAR).
	if (DataType.isDictionary(type)) return writerFor(type.dictionary, column);
	if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return { sqlType: 'VARCHAR', append: (a, v) => a.appendVarchar(String(v)) };
	if (DataType.isBool(type)) return { sqlType: 'BOOLEAN', append: (a, v) => a.appendBoolean(Boolean(v)) };
	if (DataType.isFloat(type)) return { sqlType: 'DOUBLE', append: (a, v) => a.appendDouble(Number(v)) };
	if (DataType.isInt(type)) {
		if (type.bitWidth === 64) return { sqlType: 'BIGINT', append: (a, v) => a.appendBigInt(BigInt(v as number | bigint)) };
		return { sqlType: 'INTEGER', append: (a, v) => a.appendInteger(Number(v)) };
	}
	if (DataType.isDate(type)) {
		return {
			sqlType: 'DATE',
			append: (a, v) => {
				const ms = v instanceof Date ? v.getTime() : Number(v);
				a.appendDate(new DuckDBDateValue(Math.floor(ms / MS_PER_DAY)));
			}
		};
	}
	throw new Error(`loadArrowTable: column "${column}" has Arrow type ${String(type)}, which is not supported here`);
}

/** Creates `table` (replacing any existing one) from an Arrow table, with the types the browser's DuckDB would use. */
async function loadArrowTable(runner: NodeRunner, table: string, arrow: Table): Promise<number> {
	const fields = arrow.schema.fields;
	const writers = fields.map((f) => writerFor(f.type, f.name));
	await runner.run(`CREATE OR REPLACE TABLE ${quoteIdent(table)} (${fields.map((f, i) => `${quoteIdent(f.name)} ${writers[i]!.sqlType}`).join(', ')})`);
	const appender = await runner.connection.createAppender(table);
	const vectors = fields.map((_, i) => arrow.getChildAt(i));
	for (let r = 0; r < arrow.numRows; r++) {
		for (let c = 0; c < fields.length; c++) {
			const v: unknown = vectors[c]?.get(r);
			if (v === null || v === undefined) appender.appendNull();
			else writers[c]!.append(appender, v);
		}
		appender.endRow();
	}
	appender.closeSync();
	return arrow.numRows;
}

/** Reads an Arrow IPC file (as written by data/lib/arrow-file.ts) into `table`. */
export async function loadArrowFile(runner: NodeRunner, table: string, path: string): Promise<number> {
	return loadArrowTable(runner, table, tableFromIPC(readFileSync(path)));
}

/** Loads datasets from a manifest.json (all, or those ids) into their tables, as the browser does. */
export async function loadManifestDatasets(runner: NodeRunner, manifestPath: string, ids?: readonly string[]): Promise<Manifest> {
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
	const wanted = ids ?? manifest.datasets.map((d) => d.id);
	for (const id of wanted) {
		const entry = manifest.datasets.find((d) => d.id === id);
		if (!entry) throw new Error(`loadManifestDatasets: no dataset "${id}" in ${manifestPath}`);
		await loadArrowFile(runner, entry.table, resolve(dirname(manifestPath), entry.file));
	}
	return manifest;
}
