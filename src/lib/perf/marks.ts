/**
 * User Timing entries the site leaves for the benchmark (`bench/`) and for anyone profiling in DevTools: when DuckDB
 * was ready, how long each dataset load and each query took, and when a view finished drawing. Each costs a few
 * microseconds; the benchmark reads them with `performance.getEntriesByName`.
 */
export const PERF = {
	/** mark: DuckDB is started and connected. */
	duckdbReady: 'send:duckdb-ready',
	/** measure per dataset load (fetch, checksum, insert); detail: the dataset id. */
	dataset: 'send:dataset',
	/** measure per query; detail: the SQL's first line. */
	query: 'send:query',
	/** mark when a view has drawn; detail: `{ view, key }` (key: the state drawn, e.g. a selection). */
	rendered: 'send:rendered'
} as const;

interface RenderedDetail {
	view: string;
	key: string;
}

const timing = () => (typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : null);

export function markDuckDBReady(): void {
	timing()?.mark(PERF.duckdbReady);
}

/** A measure from `start` (a `performance.now()` value) to now. */
export function measureSince(name: string, start: number, detail: string): void {
	timing()?.measure(name, { start, end: performance.now(), detail });
}

export function markRendered(view: string, key: string): void {
	const detail: RenderedDetail = { view, key };
	timing()?.mark(PERF.rendered, { detail });
}
