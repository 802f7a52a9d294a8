import { untrack } from 'svelte';

/**
 * Reactive status of the browser data layer: what is loading right now and, if something failed, exactly what.
 * `DataStatus.svelte` renders it; the data client (`./client`) updates it. One instance per page (module singleton);
 * nothing here runs during prerendering because the client only starts in the browser.
 */

type DataFailureKind = 'manifest' | 'dataset' | 'duckdb' | 'query';

export interface DataFailure {
	kind: DataFailureKind;
	/** What failed, for people, e.g. "Could not load EHC plan caseload". */
	title: string;
	/** Why: the HTTP status, checksum mismatch or DuckDB's own error message. */
	detail: string;
	/** Dataset id, if the failure is about one dataset. */
	datasetId?: string;
	/** File path as written in the manifest, or the manifest's own path. */
	file?: string;
	/** Absolute URL that was requested. */
	url?: string;
	/** HTTP status, if the server answered with an error. */
	httpStatus?: number;
}

/** An Error that carries a structured `DataFailure`: what `ensureDatasets`/`query` reject with. */
class DataLayerError extends Error {
	readonly failure: DataFailure;
	constructor(failure: DataFailure, options?: { cause?: unknown }) {
		super(`${failure.title}: ${failure.detail}`, options);
		this.name = 'DataLayerError';
		this.failure = failure;
	}
}

interface DataStep {
	key: string;
	/** e.g. "Starting DuckDB…", "Loading EHC plan caseload (1.2 MB)…" */
	label: string;
}

/** Per-dataset record once a dataset is in DuckDB. */
interface LoadedDataset {
	table: string;
	rows: number;
	bytes: number;
	ms: number;
}

/**
 * The mutators below read the current state inside `untrack`, so the data layer can be called from a component's
 * `$effect` without making that effect depend on (and re-run for ever on) the status it updates. Collections are
 * `$state.raw` (always replaced, never mutated) so identity comparisons on their items hold.
 */
class DataStatusState {
	/** Steps in progress, oldest first. */
	steps = $state.raw<DataStep[]>([]);
	/** Failures not yet cleared by a retry, oldest first. */
	failures = $state.raw<DataFailure[]>([]);
	/** True once DuckDB has started. */
	duckdbReady = $state(false);
	/** Datasets loaded into DuckDB, by id. */
	loaded = $state.raw<Record<string, LoadedDataset>>({});

	get busy(): boolean {
		return this.steps.length > 0;
	}

	/** The most recent step's label, or '' when idle. */
	get message(): string {
		return this.steps.at(-1)?.label ?? '';
	}

	get failed(): boolean {
		return this.failures.length > 0;
	}

	/** Records that a step started; call the returned function when it ends (either way). */
	begin(key: string, label: string): () => void {
		const step = { key, label };
		untrack(() => (this.steps = [...this.steps, step]));
		return () => untrack(() => (this.steps = this.steps.filter((s) => s !== step)));
	}

	/** Records a failure (replacing an earlier one about the same thing) and returns an Error to throw. */
	fail(failure: DataFailure, cause?: unknown): DataLayerError {
		const same = (f: DataFailure) => f.kind === failure.kind && f.datasetId === failure.datasetId && f.title === failure.title;
		untrack(() => (this.failures = [...this.failures.filter((f) => !same(f)), failure]));
		return new DataLayerError(failure, { cause });
	}

	/** Clears failures (all, or those matching `which`), e.g. before a retry. */
	clearFailures(which?: (f: DataFailure) => boolean): void {
		untrack(() => (this.failures = which ? this.failures.filter((f) => !which(f)) : []));
	}

	#retryHandlers = new Set<() => unknown>();
	/** Mounted `DataStatus` components, in mount order: only the first one shows the status (no duplicates when
	 * both the layout and a page include one). */
	displays = $state.raw<object[]>([]);

	/**
	 * Registers something to re-run when the user presses Retry (e.g. a page's loading function).
	 * Returns the function that unregisters it: return it from `onMount`/`$effect`.
	 */
	onRetry(handler: () => unknown): () => void {
		this.#retryHandlers.add(handler);
		return () => this.#retryHandlers.delete(handler);
	}

	/**
	 * Clears the failures and re-runs every registered handler (each failed load is retried, as failed loads are
	 * forgotten). Resolves false if nothing was registered, so the caller can fall back to reloading the page.
	 */
	async retry(): Promise<boolean> {
		this.clearFailures();
		const handlers = [...this.#retryHandlers];
		await Promise.allSettled(handlers.map(async (h) => h()));
		return handlers.length > 0;
	}

	/** A `DataStatus` component claims display; returns the release function. */
	claimDisplay(token: object): () => void {
		untrack(() => (this.displays = [...this.displays, token]));
		return () => untrack(() => (this.displays = this.displays.filter((t) => t !== token)));
	}

	/** Records a dataset as loaded into DuckDB. */
	markLoaded(id: string, info: LoadedDataset): void {
		untrack(() => (this.loaded = { ...this.loaded, [id]: info }));
	}

	/** Forgets everything loaded (DuckDB stopped). */
	reset(): void {
		untrack(() => {
			this.loaded = {};
			this.duckdbReady = false;
		});
	}
}

export type { DataStatusState };

/** The page's data status. */
export const dataStatus = new DataStatusState();

/** "648 B", "12.3 kB", "1.2 MB" (SI units, as file sizes are usually shown). */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${bytes} B`;
	if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The message of any thrown value. */
export function errorMessage(error: unknown): string {
	if (error instanceof Error) return error.message || error.name;
	if (typeof error === 'string') return error;
	try {
		return JSON.stringify(error);
	} catch {
		return String(error);
	}
}
