/**
 * Public API of the browser data layer. Safe to import from any component or module (prerendered or not):
 * duckdb-wasm itself is only loaded dynamically, in the browser, on first use.
 */
export type { QueryRunner } from './runner';
export { quoteIdent, quoteLiteral } from './runner';
export {
	browserRunner,
	duckdbInfo,
	ensureAllDatasets,
	ensureDatasets,
	forgetDatasets,
	markDatasetsProvided,
	runningDuckDB,
	isLoaded,
	loadManifest,
	manifestUrl,
	query,
	type DuckDBInfo
} from './client';
export {
	dataStatus,
	DataLayerError,
	errorMessage,
	formatBytes,
	type DataFailure,
	type DataFailureKind,
	type DataStatusState,
	type DataStep,
	type LoadedDataset
} from './status.svelte';
export { tableRowCounts, tableRowCountsSql } from './table-counts';
