/** Builds every published dataset into DuckDB tables and writes each as an Arrow IPC file with its manifest entry. */
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DatasetEntry } from '../../src/lib/data/manifest';
import { writeArrowFromQuery } from '../lib/arrow-file';
import { OGL, RawDir, type PublishedDataset } from './dataset';
import { PUBLISHED_DATASETS } from './datasets/index';
import { quoteIdent } from './sql';

/** Builds the tables only (tests use this to query the model in Node). */
export async function buildPublishedTables(conn: DuckDBConnection, rawDir: string, datasets = PUBLISHED_DATASETS): Promise<void> {
	const raw = new RawDir(rawDir);
	for (const dataset of datasets) await dataset.build(conn, raw);
	// Raw staging tables are only for validation; drop them so only the model remains.
	const staging = (await conn.runAndReadAll(`SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'raw\\_%' ESCAPE '\\'`)).getRowsJS();
	for (const [name] of staging) await conn.run(`DROP TABLE IF EXISTS ${quoteIdent(String(name))}`);
}

async function periodsOf(conn: DuckDBConnection, dataset: PublishedDataset): Promise<string[]> {
	if (dataset.kind !== 'tidy') return [];
	const reader = await conn.runAndReadAll(`SELECT DISTINCT period FROM ${quoteIdent(dataset.table)} ORDER BY period`);
	return reader.getRowsJS().map((r) => String(r[0]));
}

/** Builds the tables and writes `outDir/published/<id>.arrow` for each; returns their manifest entries. */
export async function writePublishedDatasets(conn: DuckDBConnection, rawDir: string, outDir: string, datasets = PUBLISHED_DATASETS): Promise<DatasetEntry[]> {
	await buildPublishedTables(conn, rawDir, datasets);
	const entries: DatasetEntry[] = [];
	for (const dataset of datasets) {
		const file = `published/${dataset.id}.arrow`;
		const written = await writeArrowFromQuery(conn, `SELECT * FROM ${quoteIdent(dataset.table)}`, join(outDir, file));
		entries.push({
			id: dataset.id,
			title: dataset.title,
			layer: 'published',
			table: dataset.table,
			file,
			format: 'arrow-ipc',
			rows: written.rows,
			bytes: written.bytes,
			sha256: written.sha256,
			periods: await periodsOf(conn, dataset),
			columns: written.columns,
			source: dataset.source,
			licence: OGL.licence,
			attribution: OGL.attribution,
			notes: dataset.notes
		});
	}
	return entries;
}
