/**
 * Vitest `globalSetup`: the published model for tests, built from data/raw at most once per run into a DuckDB file
 * that `testModel()` (test-model.ts) copies from. The file is kept in node_modules/.cache under a hash of everything
 * the build reads (the raw files, the build's own source files as esbuild finds them, the lockfile), so a second run
 * over unchanged inputs, or a run of one test file, skips the build; a clean install (CI) always builds it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { createNodeRunner } from '../lib/node-runner';
import { buildPublishedTables } from './build-published';
import { RAW_DIR } from './test-support';
import type {} from './test-model'; // its ProvidedContext entry

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const CACHE_DIR = join(ROOT, 'node_modules/.cache/send-test-model');

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

/** The project's source files the model build imports, found by bundling its entry point (nothing is written). */
async function buildSources(): Promise<string[]> {
	const result = await build({
		entryPoints: [join(ROOT, 'data/pipeline/build-published.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		packages: 'external',
		write: false,
		metafile: true,
		logLevel: 'silent'
	});
	return Object.keys(result.metafile.inputs)
		.map((p) => resolve(ROOT, p))
		.sort();
}

async function inputsHash(): Promise<string> {
	const hash = createHash('sha256');
	for (const file of [...filesUnder(RAW_DIR), ...(await buildSources()), join(ROOT, 'package-lock.json')]) {
		hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}

export default async function setup(project: TestProject): Promise<void> {
	const path = join(CACHE_DIR, `${await inputsHash()}.duckdb`);
	if (!existsSync(path)) {
		const started = performance.now();
		mkdirSync(CACHE_DIR, { recursive: true });
		// Built under a temporary name and renamed when complete, so a run that stops half way leaves nothing usable.
		const partial = `${path}.${process.pid}.partial`;
		const db = await createNodeRunner(partial);
		try {
			await buildPublishedTables(db.connection, RAW_DIR);
			await db.run('CHECKPOINT');
		} finally {
			db.close();
		}
		for (const old of readdirSync(CACHE_DIR)) if (old.endsWith('.duckdb')) rmSync(join(CACHE_DIR, old), { force: true });
		renameSync(partial, path);
		rmSync(`${partial}.wal`, { force: true });
		console.log(`test model: built from data/raw in ${((performance.now() - started) / 1000).toFixed(1)} s (${relative(ROOT, path)})`);
	}
	project.provide('testModelPath', path);
}
