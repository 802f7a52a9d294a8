/**
 * Writes the synthetic local extract.
 *   npx tsx data/synthetic/cli.ts --seed 20250116 --scale 1 --out /tmp/somewhere [--extract-date 2025-01-16]
 * Files go to <out>/local/synthetic/<table>.arrow; a summary of rows per table and timings is printed.
 */
import { resolve } from 'node:path';
import { DEFAULT_EXTRACT_DATE, DEFAULT_SCALE, DEFAULT_SEED, generateSyntheticExtract } from './extract';
import { writeExtract } from './writer';

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

function num(name: string, fallback: number): number {
	const raw = arg(name);
	const v = raw === undefined ? fallback : Number(raw);
	if (!Number.isFinite(v)) throw new Error(`--${name} must be a number, got ${raw}`);
	return v;
}

function main(): void {
	const seed = num('seed', DEFAULT_SEED);
	const scale = num('scale', DEFAULT_SCALE);
	const out = resolve(arg('out') ?? 'static/data');
	const extractDate = arg('extract-date') ?? DEFAULT_EXTRACT_DATE;
	const t0 = performance.now();
	const extract = generateSyntheticExtract({ seed, scale, extractDate });
	const t1 = performance.now();
	const written = writeExtract(out, extract);
	const t2 = performance.now();
	console.log(`Northmoor (synthetic): seed ${seed}, scale ${scale}, extract date ${extractDate}`);
	let total = 0;
	for (const d of written.datasets) {
		total += d.rows;
		console.log(`  ${d.table.padEnd(22)} ${String(d.rows).padStart(10)} rows ${(d.bytes / 1e6).toFixed(2).padStart(8)} MB  ${d.sha256.slice(0, 12)}`);
	}
	console.log(`  ${'total'.padEnd(22)} ${String(total).padStart(10)} rows; active EHC plans ${extract.activePlans}`);
	console.log(`generated in ${((t1 - t0) / 1000).toFixed(2)} s, written to ${out}/local/synthetic in ${((t2 - t1) / 1000).toFixed(2)} s`);
}

try {
	main();
} catch (e) {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
}
