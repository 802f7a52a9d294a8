/**
 * Loads a user's file into the browser's DuckDB, in steps the page drives:
 *   stageFile  → the worker prepares the bytes (encoding, delimiter), DuckDB reads them as text into a staging table;
 *   checkStaged → columns matched to the contract, identifiers refused, every row checked;
 *   commitStaged → the typed local_<name> table is replaced (optionally without the failing rows).
 * The file is read by DuckDB's own worker straight from the File object: no byte goes over the network, and the
 * page's thread never parses it. A failure at any step leaves the tables already loaded as they were.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { ensureDatasets, quoteIdent, runningDuckDB, type QueryRunner } from '$lib/db';
import type { LocalTable } from './contract';
import { identifierFindings, type IdentifierFinding } from './identifiers';
import { scanForIdentifiers } from './identifier-scan';
import { matchColumns, type ColumnMapping, type ColumnMatch } from './mapping';
import type { PrepMessage } from './file-prep.worker';
import { csvErrorMessage } from './csv-errors';
import { delimiterName, type TextEncoding } from './sniff';
import { stageCsvSql, stagedColumns, validateStaged, type ValidationResult } from './validate';
import { buildTableSql, ccgCodesTableSql, checkedViewSql } from './validation-sql';
import { NHS_AREA_NAME_DATASETS } from '$lib/metrics/local-geography';

/** DuckDBDataProtocol.BROWSER_FILEREADER (the enum lives in the duckdb-wasm module, which loads only on demand). */
const BROWSER_FILEREADER = 2;

export class LoadRefused extends Error {}
export class LoadCancelled extends Error {
	constructor() {
		super('Loading was cancelled. Nothing was changed.');
	}
}

export interface Progress {
	stage: string;
	/** 0-1, or null when the step cannot tell. */
	fraction: number | null;
}

export interface StagedFile {
	key: string;
	format: 'csv' | 'parquet';
	fileName: string;
	bytes: number;
	encoding: TextEncoding;
	delimiter: string;
	staging: string;
	columns: string[];
	rows: number;
	identifiers: IdentifierFinding[];
}

const ENCODING_NAMES: Record<TextEncoding, string> = {
	'utf-8': 'UTF-8',
	'windows-1252': 'Windows-1252 (converted to UTF-8)',
	'utf-16le': 'UTF-16 (converted to UTF-8)',
	'utf-16be': 'UTF-16 (converted to UTF-8)'
};
export function describeEncoding(s: StagedFile): string {
	if (s.format === 'parquet') return 'Parquet';
	return `${ENCODING_NAMES[s.encoding]}, ${delimiterName(s.delimiter as never)}-separated`;
}

let loaderConn: Promise<AsyncDuckDBConnection> | null = null;
let counter = 0;

/** A connection of the loader's own, so cancelling a load never cancels a chart's query. */
function connection(): Promise<AsyncDuckDBConnection> {
	loaderConn ??= runningDuckDB().then((d) => d.db.connect());
	return loaderConn;
}

async function runner(): Promise<QueryRunner> {
	const [conn, duck] = await Promise.all([connection(), runningDuckDB()]);
	return { all: async <T>(sql: string) => duck.toRows<T>(await conn.query(sql)) };
}

/** Runs one statement that `signal` can cancel (DuckDB stops it between chunks). */
async function cancellable(sql: string, signal: AbortSignal): Promise<void> {
	if (signal.aborted) throw new LoadCancelled();
	const conn = await connection();
	const onAbort = () => void conn.cancelSent().catch(() => undefined);
	signal.addEventListener('abort', onAbort);
	try {
		const reader = await conn.send(sql);
		for await (const batch of reader ?? []) void batch;
	} catch (error) {
		if (signal.aborted) throw new LoadCancelled();
		throw error;
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
	if (signal.aborted) throw new LoadCancelled();
}

const PREP_STAGES = {
	checking: 'Checking the text encoding…',
	converting: 'Converting the text to UTF-8…',
	parquet: 'Decoding the Parquet file…'
} as const;

/** Runs the preparation worker; terminating it is how a load is cancelled. */
function prepare(file: File, signal: AbortSignal, onProgress: (p: Progress) => void): Promise<Extract<PrepMessage, { type: 'ready' }>> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./file-prep.worker.ts', import.meta.url), { type: 'module' });
		const finish = () => {
			worker.terminate();
			signal.removeEventListener('abort', abort);
		};
		const abort = () => {
			finish();
			reject(new LoadCancelled());
		};
		signal.addEventListener('abort', abort);
		worker.onerror = (e) => {
			finish();
			reject(new Error(`The file-reading worker failed: ${e.message || 'unknown error'}`));
		};
		worker.onmessage = (e: MessageEvent<PrepMessage>) => {
			const m = e.data;
			if (m.type === 'progress') {
				onProgress({ stage: PREP_STAGES[m.stage], fraction: m.done / m.total });
				return;
			}
			finish();
			if (m.type === 'ready') resolve(m);
			else reject(new LoadRefused(m.reason));
		};
		worker.postMessage({ file });
	});
}

/** Prepares a file and reads it as text into a staging table. Refuses empty, binary and identifier-bearing files. */
export async function stageFile(file: File, signal: AbortSignal, onProgress: (p: Progress) => void): Promise<StagedFile> {
	const prepared = await prepare(file, signal, onProgress);
	const duck = await runningDuckDB();
	const key = `upload_${++counter}`;
	const path = `${key}.csv`;
	const staging = `__staging_${key}`;
	onProgress({ stage: 'Reading the file into DuckDB…', fraction: null });
	await duck.db.registerFileHandle(path, prepared.blob, BROWSER_FILEREADER, true);
	try {
		await cancellable(stageCsvSql(staging, path, prepared.delimiter, prepared.columns), signal);
	} catch (error) {
		if (error instanceof LoadCancelled) throw error;
		throw new LoadRefused(csvErrorMessage(error instanceof Error ? error.message : String(error)));
	} finally {
		await duck.db.dropFile(path).catch(() => undefined);
	}
	const db = await runner();
	const columns = await stagedColumns(db, staging);
	const [{ n } = { n: 0 }] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(staging)}`);
	const staged: StagedFile = {
		key,
		format: prepared.format,
		fileName: file.name,
		bytes: file.size,
		encoding: prepared.encoding,
		delimiter: prepared.delimiter,
		staging,
		columns,
		rows: n,
		identifiers: []
	};
	if (n === 0) {
		await discardStaged(staged);
		throw new LoadRefused(`The file has a heading row (${columns.length} column${columns.length === 1 ? '' : 's'}) but no rows of data.`);
	}
	onProgress({ stage: 'Checking every value for direct identifiers…', fraction: null });
	// Every row of every column: an NHS number in row 900,000 of a notes column is found, and nothing is kept.
	staged.identifiers = identifierFindings(columns, await scanForIdentifiers(db, staging, columns));
	if (staged.identifiers.length) await discardStaged(staged);
	return staged;
}

export interface CheckOutcome {
	match: ColumnMatch;
	/** Absent when required columns are missing (nothing to check row by row yet). */
	result?: ValidationResult;
}

function viewOf(s: StagedFile): string {
	return `${s.staging}_checked`;
}

export async function checkStaged(staged: StagedFile, table: LocalTable, saved: ColumnMapping, signal: AbortSignal): Promise<CheckOutcome> {
	const match = matchColumns(table, staged.columns, saved);
	if (match.missingRequired.length) return { match };
	const db = await runner();
	// CCG / sub-ICB codes are checked against the NHS lookup, not only for their shape.
	if (table.columns.some((c) => c.codes === 'ccg')) {
		await ensureDatasets([...NHS_AREA_NAME_DATASETS]);
		await db.all(ccgCodesTableSql());
	}
	await db.all(checkedViewSql(viewOf(staged), staged.staging, table, match.mapping));
	const result = await validateStaged(db, staged.fileName, viewOf(staged), table, match.mapping, (sql) => cancellable(sql, signal));
	return { match, result };
}

/** Replaces local_<name> with the checked rows (leaving out failing rows when asked); returns the rows loaded. */
export async function commitStaged(
	staged: StagedFile,
	table: LocalTable,
	mapping: ColumnMapping,
	excludeFailing: boolean,
	signal: AbortSignal
): Promise<number> {
	const db = await runner();
	const target = `local_${table.name}`;
	// Build beside the live table and swap, so a failure or cancel here leaves the loaded table untouched.
	const next = `${target}__next`;
	try {
		await cancellable(buildTableSql(next, viewOf(staged), table, mapping, excludeFailing), signal);
	} catch (error) {
		await db.all(`DROP TABLE IF EXISTS ${quoteIdent(next)}`).catch(() => undefined);
		throw error;
	}
	await db.all(`DROP TABLE IF EXISTS ${quoteIdent(target)}`);
	await db.all(`ALTER TABLE ${quoteIdent(next)} RENAME TO ${quoteIdent(target)}`);
	const [{ n } = { n: 0 }] = await db.all<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(target)}`);
	await discardStaged(staged);
	return n;
}

export async function discardStaged(staged: StagedFile): Promise<void> {
	const db = await runner();
	await db.all(`DROP VIEW IF EXISTS ${quoteIdent(viewOf(staged))}`).catch(() => undefined);
	await db.all(`DROP TABLE IF EXISTS ${quoteIdent(staged.staging)}`).catch(() => undefined);
}

/** Runs arbitrary loader SQL (empty tables for the extract) on the loader's connection. */
export async function loaderRunner(): Promise<QueryRunner> {
	return runner();
}
