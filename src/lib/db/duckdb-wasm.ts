/**
 * Starts duckdb-wasm in a Web Worker from bundles self-hosted by Vite (`?url` imports emit the package's worker
 * scripts and .wasm files as hashed assets under `_app/immutable/assets/`), so nothing is fetched from another origin.
 *
 * This module imports duckdb-wasm statically, so it must itself only ever be imported dynamically in the browser:
 * `./client` does `await import('./duckdb-wasm')` behind a `browser` guard. Do not import it from anywhere else.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowToRows } from './rows';
import { offlineSettings } from './offline-settings';

export interface StartedDuckDB {
	db: duckdb.AsyncDuckDB;
	conn: duckdb.AsyncDuckDBConnection;
	worker: Worker;
	/** Which bundle selectBundle chose: "eh" or "mvp". */
	bundle: 'eh' | 'mvp';
	version: string;
	/** Arrow result table to plain rows (here so apache-arrow loads with DuckDB, not with every page). */
	toRows: typeof arrowToRows;
}

/** Absolute URL on this page's origin (the worker resolves relative URLs against its own script URL). */
function absolute(url: string): string {
	return new URL(url, globalThis.location.href).href;
}

/**
 * Rejects if the .wasm cannot be fetched (blocked by a proxy or filter, offline, an HTTP error); never resolves
 * otherwise. Needed because the worker's own fetch of it fails as an unhandled rejection inside the worker, and
 * `instantiate` then never settles: without this the page would show "Starting DuckDB…" for ever. A HEAD request
 * costs no body, and runs alongside the worker's download.
 */
function probeWasm(url: string): Promise<never> {
	const file = new URL(url).pathname.split('/').pop();
	return fetch(url, { method: 'HEAD' }).then(
		(res) => {
			if (res.ok) return new Promise<never>(() => undefined);
			throw new Error(`the DuckDB engine file ${file} could not be downloaded: the server answered HTTP ${res.status}`);
		},
		(error: unknown) => {
			throw new Error(
				`the DuckDB engine file ${file} could not be downloaded (${error instanceof Error ? error.message : String(error)}); a network filter may be blocking .wasm files`
			);
		}
	);
}

/**
 * Starts DuckDB. `onCrash` is called if the worker dies later (AsyncDuckDB itself only logs that, and leaves
 * pending queries unresolved), so the page can say so and start a fresh instance on retry.
 */
export async function startDuckDB(onCrash?: (message: string) => void): Promise<StartedDuckDB> {
	const bundles: duckdb.DuckDBBundles = {
		mvp: { mainModule: absolute(mvpWasm), mainWorker: absolute(mvpWorker) },
		eh: { mainModule: absolute(ehWasm), mainWorker: absolute(ehWorker) }
	};
	const bundle = await duckdb.selectBundle(bundles);
	if (!bundle.mainWorker) throw new Error('selectBundle returned no worker script');

	const worker = new Worker(bundle.mainWorker);
	// AsyncDuckDB swallows worker load errors (its pending promise would never settle), so race them ourselves.
	const workerFailed = new Promise<never>((_, reject) => {
		worker.addEventListener('error', (event) => {
			reject(new Error(`the DuckDB worker script ${bundle.mainWorker} failed to load or crashed${event.message ? `: ${event.message}` : ''}`));
		});
	});
	workerFailed.catch(() => undefined); // only raced below; never an unhandled rejection
	const wasmUnreachable = probeWasm(bundle.mainModule);
	wasmUnreachable.catch(() => undefined);
	const db = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
	try {
		await Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker), workerFailed, wasmUnreachable]);
		await Promise.race([
			db.open({
				// BigInt is converted to number in ./rows rather than with castBigIntToDouble, which mangles
				// BIGINT inside LISTs/STRUCTs in 1.32 (values come back as denormal doubles).
				query: { castDecimalToDouble: true },
				allowUnsignedExtensions: false
			}),
			workerFailed
		]);
		const conn = await Promise.race([db.connect(), workerFailed]);
		// A directory beside the bundled worker script: same origin under any base path, and never exists.
		const nowhere = new URL('no-duckdb-extensions', bundle.mainWorker).href;
		for (const sql of offlineSettings(nowhere)) await conn.query(sql);
		const version = await db.getVersion();
		worker.addEventListener('error', (event) => {
			worker.terminate();
			onCrash?.(event.message || 'the DuckDB worker stopped unexpectedly');
		});
		return { db, conn, worker, bundle: bundle.mainModule === bundles.eh?.mainModule ? 'eh' : 'mvp', version, toRows: arrowToRows };
	} catch (error) {
		await db.terminate().catch(() => undefined);
		worker.terminate();
		throw error;
	}
}
