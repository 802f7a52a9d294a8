/**
 * The browser data layer: one duckdb-wasm instance (in a Web Worker), started lazily on first use and shared by the
 * whole page; datasets from the manifest loaded into it lazily by id, each once; and `query()` returning plain rows.
 *
 * Safe to import anywhere (including code that is prerendered): duckdb-wasm is only imported dynamically, and only in
 * the browser. Every step reports to `dataStatus` (what is loading; exactly what failed) for `DataStatus.svelte`.
 *
 *   await ensureDatasets(['ehcp_caseload', 'areas']);
 *   const rows = await query<{ need: string; n: number }>('SELECT ...');
 *   // or, for the metric modules: someMetric(browserRunner, ...)
 */
import { browser } from '$app/environment';
import { asset } from '$app/paths';
import type { DatasetEntry, Manifest } from '$lib/data/manifest';
import type { QueryRunner } from './runner';
import { quoteIdent } from './runner';
import { dataStatus, errorMessage, formatBytes } from './status.svelte';
import type { StartedDuckDB } from './duckdb-wasm';
import { markDuckDBReady, measureSince, PERF } from '$lib/perf/marks';

export interface DuckDBInfo {
	/** DuckDB version string, e.g. "v1.4.1". */
	version: string;
	/** Which wasm bundle the browser got: "eh" (exception handling) or "mvp". */
	bundle: 'eh' | 'mvp';
}

let duckdbPromise: Promise<StartedDuckDB> | null = null;
let manifestPromise: Promise<LoadedManifest> | null = null;
const datasetPromises = new Map<string, Promise<DatasetEntry>>();

interface LoadedManifest {
	manifest: Manifest;
	/** Absolute URL of manifest.json; dataset files are relative to it. */
	url: string;
}

function requireBrowser(what: string): void {
	if (!browser) throw new Error(`${what} runs only in the browser (not during prerendering)`);
}

/** Starts DuckDB (once; concurrent callers share the promise). A failed start is forgotten so it can be retried. */
function startDuckDB(): Promise<StartedDuckDB> {
	// A literal `browser` check (not a helper) so the server/prerender build drops the dynamic import entirely.
	if (!browser) return Promise.reject(new Error('DuckDB runs only in the browser (not during prerendering)'));
	duckdbPromise ??= (async () => {
		const end = dataStatus.begin('duckdb', 'Starting DuckDB…');
		try {
			const { startDuckDB } = await import('./duckdb-wasm');
			const started = await startDuckDB((message) => {
				// The worker died after starting: forget it and everything loaded into it, so Retry starts afresh.
				duckdbPromise = null;
				datasetPromises.clear();
				dataStatus.reset();
				dataStatus.fail({ kind: 'duckdb', title: 'DuckDB stopped working', detail: message });
			});
			dataStatus.duckdbReady = true;
			markDuckDBReady();
			return started;
		} catch (error) {
			duckdbPromise = null;
			throw dataStatus.fail({ kind: 'duckdb', title: 'DuckDB could not start', detail: errorMessage(error) }, error);
		} finally {
			end();
		}
	})();
	return duckdbPromise;
}

/** Version and bundle of the running DuckDB (starts it if needed). */
export async function duckdbInfo(): Promise<DuckDBInfo> {
	const { version, bundle } = await startDuckDB();
	return { version, bundle };
}

/** URL of the manifest for this page (respects the configured base path). */
function manifestUrl(): string {
	return new URL(asset('/data/manifest.json'), globalThis.location.href).href;
}

async function fetchOrFail(url: string, file: string, failure: { kind: 'manifest' | 'dataset'; title: string; datasetId?: string }): Promise<Response> {
	let res: Response;
	try {
		res = await fetch(url);
	} catch (error) {
		throw dataStatus.fail({ ...failure, file, url, detail: `network error: ${errorMessage(error)}` }, error);
	}
	if (!res.ok) {
		throw dataStatus.fail({
			...failure,
			file,
			url,
			httpStatus: res.status,
			detail: `the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`
		});
	}
	return res;
}

/** The data manifest (fetched once; a failed fetch is forgotten so it can be retried). */
export function loadManifest(): Promise<Manifest> {
	return loadManifestWithUrl().then((m) => m.manifest);
}

function loadManifestWithUrl(): Promise<LoadedManifest> {
	requireBrowser('Loading the manifest');
	manifestPromise ??= (async () => {
		const url = manifestUrl();
		const file = 'data/manifest.json';
		const title = 'Could not load the data manifest';
		const end = dataStatus.begin('manifest', 'Loading the list of datasets…');
		try {
			const res = await fetchOrFail(url, file, { kind: 'manifest', title });
			let manifest: Manifest;
			try {
				manifest = (await res.json()) as Manifest;
			} catch (error) {
				throw dataStatus.fail({ kind: 'manifest', title, file, url, detail: `not valid JSON: ${errorMessage(error)}` }, error);
			}
			if (manifest?.schemaVersion !== 1 || !Array.isArray(manifest.datasets)) {
				throw dataStatus.fail({
					kind: 'manifest',
					title,
					file,
					url,
					detail: `unsupported manifest (schemaVersion ${String(manifest?.schemaVersion)}; this site reads version 1)`
				});
			}
			return { manifest, url };
		} catch (error) {
			manifestPromise = null;
			throw error;
		} finally {
			end();
		}
	})();
	return manifestPromise;
}

async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
	// crypto.subtle exists only in secure contexts (https, localhost); elsewhere skip the check rather than fail.
	if (!globalThis.crypto?.subtle) return null;
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function loadDataset(entry: DatasetEntry, manifestUrl: string): Promise<DatasetEntry> {
	const started = performance.now();
	const url = new URL(entry.file, manifestUrl).href;
	const title = `Could not load ${entry.title}`;
	const failure = { kind: 'dataset' as const, title, datasetId: entry.id };
	const end = dataStatus.begin(`dataset:${entry.id}`, `Loading ${entry.title} (${formatBytes(entry.bytes)})…`);
	try {
		// Fetch the file while DuckDB starts.
		const [res, duck] = await Promise.all([fetchOrFail(url, entry.file, failure), startDuckDB()]);
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await res.arrayBuffer());
		} catch (error) {
			throw dataStatus.fail({ ...failure, file: entry.file, url, detail: `download interrupted: ${errorMessage(error)}` }, error);
		}
		if (bytes.byteLength !== entry.bytes) {
			throw dataStatus.fail({
				...failure,
				file: entry.file,
				url,
				detail: `${entry.file} is ${bytes.byteLength} bytes but the manifest says ${entry.bytes}; the site's data files are out of step with its manifest`
			});
		}
		const hash = await sha256Hex(bytes);
		if (hash !== null && hash !== entry.sha256) {
			throw dataStatus.fail({
				...failure,
				file: entry.file,
				url,
				detail: `${entry.file} has sha256 ${hash.slice(0, 12)}… but the manifest says ${entry.sha256.slice(0, 12)}…`
			});
		}
		try {
			// A retry after a half-finished insert must not trip over the table it left behind.
			await duck.conn.query(`DROP TABLE IF EXISTS ${quoteIdent(entry.table)}`);
			// Note: the buffer is transferred to the worker (unusable here afterwards).
			await duck.conn.insertArrowFromIPCStream(bytes, { name: entry.table, create: true });
		} catch (error) {
			throw dataStatus.fail({ ...failure, file: entry.file, url, detail: `DuckDB could not read it into table ${entry.table}: ${errorMessage(error)}` }, error);
		}
		measureSince(PERF.dataset, started, entry.id);
		dataStatus.markLoaded(entry.id, {
			table: entry.table,
			rows: entry.rows,
			bytes: entry.bytes,
			ms: Math.round(performance.now() - started)
		});
		return entry;
	} catch (error) {
		datasetPromises.delete(entry.id);
		throw error;
	} finally {
		end();
	}
}

/**
 * Makes sure the datasets with these manifest ids are loaded into DuckDB (starting DuckDB if needed), each once:
 * concurrent and later calls share the same load. Resolves with their manifest entries, in the order asked.
 * Rejects with a `DataLayerError` (also shown by `DataStatus.svelte`) if any fails; failed loads are retried on the
 * next call.
 */
export async function ensureDatasets(ids: readonly string[]): Promise<DatasetEntry[]> {
	requireBrowser('Loading datasets');
	dataStatus.clearFailures((f) => f.kind === 'duckdb' || f.kind === 'manifest' || (f.datasetId !== undefined && ids.includes(f.datasetId)));
	const { manifest, url } = await loadManifestWithUrl();
	const entries = ids.map((id) => {
		const entry = manifest.datasets.find((d) => d.id === id);
		if (!entry) {
			throw dataStatus.fail({
				kind: 'dataset',
				title: `Unknown dataset "${id}"`,
				datasetId: id,
				file: 'data/manifest.json',
				detail: `the manifest lists: ${manifest.datasets.map((d) => d.id).join(', ') || '(nothing)'}`
			});
		}
		return entry;
	});
	const loads = entries.map((entry) => {
		let p = datasetPromises.get(entry.id);
		if (!p) {
			p = loadDataset(entry, url);
			datasetPromises.set(entry.id, p);
		}
		return p;
	});
	// Wait for all (so every failure is reported), then throw the first failure.
	const results = await Promise.allSettled(loads);
	const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
	if (rejected) throw rejected.reason;
	return entries;
}

/** Loads every dataset in the manifest. */
export async function ensureAllDatasets(): Promise<DatasetEntry[]> {
	const manifest = await loadManifest();
	return ensureDatasets(manifest.datasets.map((d) => d.id));
}

/**
 * Runs SQL in the browser's DuckDB and returns plain row objects (numbers not BigInt, DATE as YYYY-MM-DD, null as
 * null). Load the tables it reads first with `ensureDatasets`. Failures reject with a `DataLayerError` and are shown.
 */
async function query<T = Record<string, unknown>>(sql: string): Promise<T[]> {
	const { conn, toRows } = await startDuckDB();
	const started = performance.now();
	const firstLine = sql.trim().split('\n')[0]?.slice(0, 120) ?? '';
	try {
		const rows = toRows<T>(await conn.query(sql));
		measureSince(PERF.query, started, firstLine);
		return rows;
	} catch (error) {
		throw dataStatus.fail({ kind: 'query', title: 'A query failed', detail: `${errorMessage(error)} (in: ${firstLine}…)` }, error);
	}
}

/** The `QueryRunner` for the metric modules, backed by the browser's DuckDB. */
export const browserRunner: QueryRunner = { all: query };

/**
 * For the local-extract loader (src/lib/local/loader.ts): the running DuckDB, to register a user's file with its
 * worker and open a connection of its own.
 */
export function runningDuckDB(): Promise<StartedDuckDB> {
	return startDuckDB();
}

/**
 * The loader has filled these datasets' tables itself (from the user's files): `ensureDatasets` must treat them as
 * loaded and never fetch the shipped file over them.
 */
export async function markDatasetsProvided(ids: readonly string[]): Promise<void> {
	const { manifest } = await loadManifestWithUrl();
	for (const id of ids) {
		const entry = manifest.datasets.find((d) => d.id === id);
		if (entry) datasetPromises.set(id, Promise.resolve(entry));
	}
}

/** Forgets these datasets so the next `ensureDatasets` loads the shipped files again (back to the synthetic extract). */
export function forgetDatasets(ids: readonly string[]): void {
	for (const id of ids) {
		datasetPromises.delete(id);
	}
	const loaded = { ...dataStatus.loaded };
	for (const id of ids) delete loaded[id];
	dataStatus.loaded = loaded;
}
