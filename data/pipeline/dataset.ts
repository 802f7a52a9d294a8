/** What a published dataset is: where it comes from, and how to build its DuckDB table from validated raw files. */
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetSource } from '../../src/lib/data/manifest';
import type { RawInput } from './read';

/** Resolves raw-file labels (paths under data/raw) to inputs; tests point it at a folder with altered copies. */
export class RawDir {
	constructor(readonly root: string) {}
	input(label: string): RawInput {
		return { path: join(this.root, label), label };
	}
}

export interface PublishedDataset {
	id: string;
	title: string;
	/** DuckDB table name, in the pipeline and in the browser. */
	table: string;
	/** 'tidy' tables follow TIDY_COLUMNS; 'lookup' tables are dimensions (areas, neighbours, overlaps). */
	kind: 'tidy' | 'lookup';
	source: DatasetSource;
	notes: string[];
	/** Builds `table` on `conn` from the raw files, validating them first. */
	build(conn: DuckDBConnection, raw: RawDir): Promise<void>;
}

export const OGL = {
	licence: 'Open Government Licence v3.0',
	attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.'
};
