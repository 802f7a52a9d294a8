/**
 * Writes .br and .gz beside every compressible file of the built site, so the static server (scripts/serve.ts,
 * `npm start`) sends data, code and the duckdb-wasm bundle compressed. Replaces the adapter's own precompression, whose
 * brotli level 11 over the two 35 MB wasm bundles took minutes. Brotli 6 everywhere: over the ~200 MB of prerendered
 * views and reports it was 40 times faster than level 9 for output 2% larger (9.7% of the input against 9.5%).
 *
 *   tsx scripts/precompress.ts [dir=build]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|arrow|wasm|csv|txt)$/;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export function compressibleFilesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		return e.isDirectory() ? compressibleFilesUnder(path) : COMPRESSIBLE.test(e.name) ? [path] : [];
	});
}

/** Writes `<path>.br` and `<path>.gz` (brotli 6 and gzip 9 unless the options say otherwise). */
export async function precompressFile(path: string, options: { brotliQuality?: number; gzipLevel?: number } = {}): Promise<{ bytes: number; br: number }> {
	const input = readFileSync(path);
	const quality = options.brotliQuality ?? 6;
	const [br, gzipped] = await Promise.all([
		brotli(input, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: input.byteLength } }),
		gz(input, { level: options.gzipLevel ?? 9 })
	]);
	writeFileSync(`${path}.br`, br);
	writeFileSync(`${path}.gz`, gzipped);
	return { bytes: input.byteLength, br: br.byteLength };
}

/** Precompresses files two at a time: zlib runs on libuv's thread pool, and the machines here have two cores. */
export async function precompressFiles(files: readonly string[], options?: Parameters<typeof precompressFile>[1]): Promise<{ before: number; after: number }> {
	let before = 0;
	let after = 0;
	for (let i = 0; i < files.length; i += 2) {
		for (const { bytes, br } of await Promise.all(files.slice(i, i + 2).map((f) => precompressFile(f, options)))) {
			before += bytes;
			after += br;
		}
	}
	return { before, after };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = resolve(process.argv[2] ?? 'build');
	if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
		console.error(`precompress: ${root} is not a folder; run vite build first`);
		process.exit(1);
	}
	const started = performance.now();
	const files = compressibleFilesUnder(root);
	const { before, after } = await precompressFiles(files);
	const mb = (n: number) => (n / 1e6).toFixed(1);
	console.log(`precompress: ${files.length} files, ${mb(before)} MB → ${mb(after)} MB brotli, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
