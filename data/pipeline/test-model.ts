/**
 * The published model for tests, built from data/raw at most once per Vitest run (test-model-setup.ts, a `globalSetup`,
 * writes it to a DuckDB file) and copied into each test file's own in-memory DuckDB by `testModel()`.
 * Tests that test the build itself (a dataset's rules, an altered raw file) keep calling `buildPublishedTables`.
 */
import { inject } from 'vitest';
import type { PublishedDataset } from './dataset';
import { PUBLISHED_DATASETS } from './datasets/index';
import { quoteIdent, quoteString } from './sql';
import { createNodeRunner, type NodeRunner } from '../lib/node-runner';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The DuckDB file holding every published table, written by test-model-setup.ts. */
		testModelPath: string;
	}
}

/**
 * A fresh in-memory runner holding the published tables of `datasets` (default: all), as `buildPublishedTables` over
 * data/raw leaves them. It is the caller's own copy: tests may add tables or macros, and must `close()` it.
 */
export async function testModel(datasets: readonly PublishedDataset[] = PUBLISHED_DATASETS): Promise<NodeRunner> {
	const path = inject('testModelPath');
	if (!path) throw new Error('testModel: no shared model; run the tests with vitest (vite.config.ts globalSetup builds it)');
	const db = await createNodeRunner();
	try {
		await db.run(`ATTACH ${quoteString(path)} AS model (READ_ONLY)`);
		for (const table of [...new Set(datasets.map((d) => d.table))]) {
			// The table's own DDL (NOT NULL columns and all), then its rows.
			const [ddl] = await db.all<{ sql: string }>(`SELECT sql FROM duckdb_tables() WHERE database_name = 'model' AND table_name = ${quoteString(table)}`);
			if (!ddl) throw new Error(`testModel: the shared model has no table ${table}`);
			await db.run(ddl.sql);
			await db.run(`INSERT INTO memory.main.${quoteIdent(table)} SELECT * FROM model.main.${quoteIdent(table)}`);
		}
		await db.run('DETACH model');
		return db;
	} catch (e) {
		db.close();
		throw e;
	}
}
