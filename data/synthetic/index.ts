/**
 * The synthetic local extract for Northmoor, a fictional county. See docs/synthetic-extract.md.
 */
export { generateSyntheticExtract, DEFAULT_SEED, SYNTHETIC_LABEL } from './extract';
export { writeExtract } from './writer';
export { loadSyntheticIntoDuckDB } from './duckdb-load';
