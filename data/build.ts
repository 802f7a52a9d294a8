/**
 * `npm run data`: builds everything the site loads into static/data/ — the published datasets, the synthetic local
 * extract, and manifest.json listing them. Fails (exit 1) naming file, row and column when an input is wrong.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Manifest } from '../src/lib/data/manifest';
import { writePublishedDatasets } from './pipeline/build-published';
import { InputError } from './pipeline/errors';
import { generateSyntheticExtract, writeExtract } from './synthetic/index';
import { writeContractTemplates } from './synthetic/templates';
import { writeReportEnhance } from './report-enhance';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildAll(options: { rawDir: string; outDir: string; seed: number; scale: number }): Promise<Manifest> {
	rmSync(options.outDir, { recursive: true, force: true });
	mkdirSync(options.outDir, { recursive: true });
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		const published = await writePublishedDatasets(conn, options.rawDir, options.outDir);
		const extract = generateSyntheticExtract({ seed: options.seed, scale: options.scale });
		const local = writeExtract(options.outDir, extract);
		writeContractTemplates(join(options.outDir, 'templates'), extract.tables);
		const datasets = [...published, ...local.datasets];
		const contentHash = createHash('sha256')
			.update(datasets.map((d) => `${d.id}:${d.sha256}`).join('\n'))
			.digest('hex');
		const manifest: Manifest = { schemaVersion: 1, contentHash, datasets, local: local.local };
		writeFileSync(join(options.outDir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
		return manifest;
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

function argValue(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
	if (!Number.isFinite(v)) throw new Error(`--${name} must be a number`);
	return v;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const started = performance.now();
	buildAll({
		rawDir: join(root, 'data/raw'),
		outDir: join(root, 'static/data'),
		seed: argValue('seed', 20250116),
		scale: argValue('scale', 1)
	})
		.then(async (m) => {
			await writeReportEnhance();
			for (const d of m.datasets)
				console.log(`  ${d.layer.padEnd(9)} ${d.id.padEnd(32)} ${String(d.rows).padStart(9)} rows ${(d.bytes / 1e6).toFixed(2).padStart(7)} MB`);
			console.log(
				`data: ${m.datasets.length} datasets written to static/data, and static/report-enhance.js, in ${((performance.now() - started) / 1000).toFixed(1)} s`
			);
		})
		.catch((e: unknown) => {
			console.error(e instanceof InputError ? `data: input error: ${e.message}` : e);
			process.exit(1);
		});
}
