/**
 * Public API of the browser data layer. Safe to import from any component or module (prerendered or not):
 * duckdb-wasm itself is only loaded dynamically, in the browser, on first use.
 */
export type { QueryRunner } from './runner';
export { quoteIdent } from './runner';
export {
	browserRunner,
	duckdbInfo,
	ensureAllDatasets,
	ensureDatasets,
	forgetDatasets,
	markDatasetsProvided,
	runningDuckDB,
	loadManifest,
	type DuckDBInfo
} from './client';
export { dataStatus, formatBytes } from './status.svelte';
export { tableRowCounts } from './table-counts';
