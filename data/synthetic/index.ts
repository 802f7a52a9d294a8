/**
 * The synthetic local extract for Northmoor, a fictional county. See docs/synthetic-extract.md.
 */
export {
	generateSyntheticExtract,
	tableOf,
	DEFAULT_EXTRACT_DATE,
	DEFAULT_SCALE,
	DEFAULT_SEED,
	SYNTHETIC_ID,
	SYNTHETIC_LABEL,
	type SyntheticExtract,
	type SyntheticExtractOptions
} from './extract';
export { writeSyntheticExtract, writeExtract, syntheticFile, SYNTHETIC_ATTRIBUTION, SYNTHETIC_LICENCE, type WrittenSyntheticExtract } from './writer';
export { loadSyntheticIntoDuckDB, loadTableIntoDuckDB, createTableSql } from './duckdb-load';
export { columnOf, type SyntheticTable, type SyntheticColumn, type CellValue } from './table';
