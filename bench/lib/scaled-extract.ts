/**
 * A larger synthetic extract for the scale runs: `records` EHC plan rows (the table the linked needs views filter),
 * with the population and post-16 places they are read with, written as the site writes them (Arrow IPC, with .br
 * and .gz beside) plus the plans as CSV for the load baseline. Laid out as a `/data/` overlay: `<dir>/data/...`.
 *
 * Generated files are cached under bench/.cache by record count, seed and a hash of the generator's code; the
 * overlay's manifest is written afresh from the built site's on every run (published entries unchanged, the local
 * ones replaced), so it never goes stale against the build.
 *
 * Run in a child process with a large heap (5 million plans are several GB in JavaScript arrays):
 *   tsx bench/lib/scaled-extract.ts --records 1000000 --site build --cache bench/.cache
 */
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetEntry, Manifest } from '../../src/lib/data/manifest';
import { DEFAULT_SEED, generateSyntheticExtract, writeExtract } from '../../data/synthetic/index';
import { csvLines } from '../../data/synthetic/templates';
import { precompressFiles } from '../../scripts/precompress';

/** The tables the linked needs views read (NEEDS_LOCAL_DATASETS without the local_ prefix). */
const SCALED_TABLES = ['ehc_plans', 'population', 'post16_places'] as const;
export const PLANS_CSV = 'local/synthetic/ehc_plans.csv';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ScaledExtract {
	/** Folder to overlay on /data/ (holds data/manifest.json etc.). */
	dir: string;
	records: number;
	scale: number;
	datasets: DatasetEntry[];
	csvBytes: number;
}

function generatorHash(): string {
	const hash = createHash('sha256');
	for (const dir of ['data/synthetic', 'data/lib']) {
		for (const name of readdirSync(join(root, dir))
			.filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
			.sort()) {
			hash.update(name).update(readFileSync(join(root, dir, name)));
		}
	}
	return hash.digest('hex').slice(0, 12);
}

/** Plan rows per unit of scale, from the scale-1 extract (cheap to generate). */
function plansPerScale(seed: number): number {
	const one = generateSyntheticExtract({ seed, scale: 1, tables: ['ehc_plans'] });
	return one.tables[0]!.rows;
}

async function writeCsv(path: string, lines: Iterable<string>): Promise<number> {
	mkdirSync(dirname(path), { recursive: true });
	const out = createWriteStream(path);
	let bytes = 0;
	let buffer: string[] = [];
	const flush = async () => {
		const chunk = buffer.join('\n') + '\n';
		buffer = [];
		bytes += Buffer.byteLength(chunk);
		if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
	};
	for (const line of lines) {
		buffer.push(line);
		if (buffer.length >= 10_000) await flush();
	}
	if (buffer.length) await flush();
	await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
	return bytes;
}

async function prepareScaledExtract(options: { records: number; siteDir: string; cacheDir: string; seed?: number }): Promise<ScaledExtract> {
	const seed = options.seed ?? DEFAULT_SEED;
	const dir = join(options.cacheDir, `extract-${options.records}-${seed}-${generatorHash()}`);
	const dataDir = join(dir, 'data');
	const metaPath = join(dir, 'local-datasets.json');
	let meta: Omit<ScaledExtract, 'dir'>;
	if (existsSync(metaPath)) {
		meta = JSON.parse(readFileSync(metaPath, 'utf8'));
	} else {
		rmSync(dir, { recursive: true, force: true });
		const scale = options.records / plansPerScale(seed);
		const extract = generateSyntheticExtract({ seed, scale, tables: SCALED_TABLES });
		const written = writeExtract(dataDir, extract);
		const plans = extract.tables.find((t) => t.name === 'ehc_plans')!;
		const csvBytes = await writeCsv(join(dataDir, PLANS_CSV), csvLines(plans));
		const files = [...written.datasets.map((d) => join(dataDir, d.file)), join(dataDir, PLANS_CSV)];
		// Fast levels: these files are for a local benchmark run, not for shipping.
		await precompressFiles(files, { brotliQuality: 4, gzipLevel: 1 });
		meta = { records: plans.rows, scale, datasets: written.datasets, csvBytes };
		writeFileSync(metaPath, JSON.stringify(meta, null, '\t'));
	}
	// The manifest: the built site's, with the local datasets replaced by these (others the needs page does not read).
	const site = JSON.parse(readFileSync(join(options.siteDir, 'data/manifest.json'), 'utf8')) as Manifest;
	const manifest: Manifest = {
		...site,
		contentHash: createHash('sha256')
			.update(site.contentHash)
			.update(JSON.stringify(meta.datasets.map((d) => d.sha256)))
			.digest('hex'),
		datasets: [...site.datasets.filter((d) => d.layer !== 'local'), ...meta.datasets],
		local: { ...site.local, scale: meta.scale }
	};
	writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify(manifest));
	for (const f of ['manifest.json.br', 'manifest.json.gz']) rmSync(join(dataDir, f), { force: true });
	return { dir, ...meta };
}

function arg(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const records = Number(arg('records'));
	if (!Number.isInteger(records) || records <= 0) {
		console.error('scaled-extract: --records must be a positive whole number');
		process.exit(1);
	}
	const result = await prepareScaledExtract({ records, siteDir: resolve(arg('site') ?? 'build'), cacheDir: resolve(arg('cache') ?? 'bench/.cache') });
	// The parent reads the last line.
	console.log(JSON.stringify(result));
}
