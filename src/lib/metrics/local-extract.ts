/** What the local (record-level) extract in use holds: its tables and their sizes, straight from DuckDB. */
import type { DatasetEntry, Manifest } from '$lib/data/manifest';

/** The manifest's local datasets (the synthetic extract unless the user has loaded their own). */
export function localDatasets(manifest: Manifest): DatasetEntry[] {
	return manifest.datasets.filter((d) => d.layer === 'local');
}
