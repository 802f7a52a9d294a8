/**
 * Builds static/report-enhance.js, the one script a prerendered report loads, from src/lib/reports/enhance-entry.ts
 * (which uses src/lib/charts/png.ts): one source for the PNG download in the app and in the reports. Part of
 * `npm run data`, so dev and build always serve a file made from the current png.ts.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPORT_ENHANCE_ENTRY = join(root, 'src/lib/reports/enhance-entry.ts');

/** The bundled script's text: an IIFE for current browsers, `$lib` resolved to src/lib. */
export async function bundleReportEnhance(): Promise<string> {
	const result = await build({
		entryPoints: [REPORT_ENHANCE_ENTRY],
		bundle: true,
		write: false,
		format: 'iife',
		target: 'es2020',
		alias: { $lib: join(root, 'src/lib') },
		banner: { js: '// Built by `npm run data` from src/lib/reports/enhance.ts and src/lib/charts/png.ts: edit those, not this file.' },
		logLevel: 'silent'
	});
	return result.outputFiles[0]!.text;
}

export async function writeReportEnhance(outFile = join(root, 'static/report-enhance.js')): Promise<string> {
	const text = await bundleReportEnhance();
	writeFileSync(outFile, text);
	return outFile;
}
