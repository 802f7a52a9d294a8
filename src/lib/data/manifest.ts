/**
 * The manifest the data pipeline writes to `static/data/manifest.json` and the browser reads first.
 * It is the one list of what can be loaded: every dataset, where its file is, what it holds and where it came from.
 * Shared by the Node pipeline (`data/`) and the browser data layer (`src/lib/db`), so keep it free of runtime imports.
 */

/** Which of the two data layers a dataset belongs to. */
export type DataLayer = 'published' | 'local';

export interface DatasetSource {
	/** Who published it, e.g. "Department for Education". */
	publisher: string;
	/** The publication's title, e.g. "Education, health and care plans". */
	title: string;
	/** Release or edition, e.g. "Reporting year 2025 (June 2025)". */
	release: string;
	/** The files in `data/raw/` it was built from (paths relative to `data/raw/`). */
	files: string[];
}

export interface DatasetEntry {
	/** Stable id, e.g. "ehcp_caseload". */
	id: string;
	/** Human title for pages and notes. */
	title: string;
	layer: DataLayer;
	/** DuckDB table the browser loads the file into (same name in the Node tests). */
	table: string;
	/** File path relative to the manifest, e.g. "published/ehcp_caseload.arrow". */
	file: string;
	format: 'arrow-ipc';
	rows: number;
	bytes: number;
	/** sha256 of the file, hex. */
	sha256: string;
	/** Periods covered, as the tidy model's `period` labels, sorted. Empty for lookups. */
	periods: string[];
	/** Column names in the file, in order. */
	columns: string[];
	source: DatasetSource;
	/** "Open Government Licence v3.0" for published data; "Synthetic (generated)" for the synthetic extract. */
	licence: string;
	attribution: string;
	/** Caveats a reader must see next to any chart drawn from this dataset. */
	notes: string[];
}

/** Describes the local (record-level) extract the manifest ships: the synthetic one by default. */
export interface LocalExtractInfo {
	id: string;
	/** Label shown wherever the extract's figures appear, e.g. "Northmoor (synthetic)". */
	label: string;
	synthetic: boolean;
	seed?: number;
	scale?: number;
}

export interface Manifest {
	schemaVersion: 1;
	/** sha256 over the dataset hashes: changes whenever any data changes. */
	contentHash: string;
	datasets: DatasetEntry[];
	local: LocalExtractInfo;
}
