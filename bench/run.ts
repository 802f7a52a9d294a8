/**
 * `npm run bench`: builds the site, serves it as `npm start` does, drives Debian's Chromium with Playwright and
 * writes bench/results.json and the tables in docs/benchmarks.md. See docs/benchmarks.md for what each figure is.
 *
 *   npm run bench                      full run (about 15–25 minutes on 2 cores)
 *   npm run bench -- --check           ... then check bench/budgets.json; exit 1 if any budget fails
 *   npm run bench -- --quick           2 runs, 100k records only; writes bench/results/quick.* (not committed)
 *   npm run bench -- --out F.json      writes F.json and F.md instead of bench/results.json and the docs page
 *   npm run bench -- --report          rewrites the docs page's tables from bench/results.json, measuring nothing
 *   options: --no-build  --site DIR (a site built elsewhere, e.g. an older commit's; implies --no-build)
 *            --runs N  --changes N  --records 100000,1000000,5000000  --no-lab  --skip-pages
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressibleFilesUnder } from '../scripts/precompress';
import { CHROMIUM } from './lib/browser';
import { checkBudgets, type Budgets } from './lib/budgets';
import { buildLab, runLab, type LabResult } from './lib/lab';
import { measureLinkedViews, type LinkedViewRun } from './lib/linked-views';
import { describeMachine } from './lib/machine';
import { measurePageLoad, PAGES, type PageRun } from './lib/page-loads';
import { markdownTables, updateBenchmarksDoc, type Results } from './lib/report';
import type { ScaledExtract } from './lib/scaled-extract';
import { startBenchServer } from './lib/server';
import { summarize } from './lib/stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const value = (name: string) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('quick');
const runs = Number(value('runs') ?? (quick ? 2 : 5));
const changes = Number(value('changes') ?? (quick ? 8 : 20));
const records = (value('records') ?? (quick ? '100000' : '100000,1000000,5000000')).split(',').map(Number);
const linkedRuns = quick ? 1 : 3;
const siteDir = resolve(value('site') ?? join(root, 'build'));
const cacheDir = join(root, 'bench/.cache');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
	const r = spawnSync(command, args, {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, ...env },
		encoding: 'utf8',
		maxBuffer: 1 << 26
	});
	if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status})`);
	return r.stdout;
}

/** Generates (or reuses) the scaled extract in a child process with a heap large enough for millions of rows. */
function scaledExtract(n: number): ScaledExtract {
	log(`preparing a synthetic extract with ${n.toLocaleString('en-GB')} EHC plan records…`);
	const out = run('npx', ['tsx', 'bench/lib/scaled-extract.ts', '--records', String(n), '--site', siteDir, '--cache', cacheDir], {
		NODE_OPTIONS: '--max-old-space-size=20000'
	});
	return JSON.parse(out.trim().split('\n').at(-1)!) as ScaledExtract;
}

/** Data files in the build (datasets and prerendered views) without both precompressed forms beside them. */
function withoutPrecompressed(): string[] {
	return ['data', 'views']
		.map((dir) => join(siteDir, dir))
		.filter((dir) => existsSync(dir))
		.flatMap((dir) => compressibleFilesUnder(dir))
		.filter((f) => !existsSync(`${f}.br`) || !existsSync(`${f}.gz`))
		.map((f) => relative(siteDir, f));
}

async function main() {
	if (flag('report')) {
		const saved = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8')) as Results;
		updateBenchmarksDoc(join(root, 'docs/benchmarks.md'), saved);
		log('rewrote the tables in docs/benchmarks.md from bench/results.json');
		return;
	}
	if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(changes) || changes < 1 || records.some((n) => !Number.isInteger(n) || n < 1)) {
		throw new Error('--runs, --changes and --records take positive whole numbers');
	}
	const date = new Date().toISOString();
	if (!flag('no-build') && !value('site')) {
		log('building the site (npm run build)…');
		run('npm', ['run', 'build']);
	}
	if (!existsSync(join(siteDir, 'data/manifest.json'))) throw new Error(`no built site in ${siteDir}: run without --no-build`);
	const machine = describeMachine(CHROMIUM);
	const labDir = join(cacheDir, 'lab');
	await buildLab(labDir);
	const server = await startBenchServer({ siteDir, labDir });
	log(`serving build/ at ${server.url}`);
	const results: Results = {
		schemaVersion: 1,
		date,
		machine,
		settings: { runs, changes, records },
		pages: [],
		linkedViews: [],
		lab: [],
		dataFilesWithoutPrecompressed: withoutPrecompressed(),
		budgets: []
	};
	try {
		for (const page of flag('skip-pages') ? [] : PAGES) {
			const pageRuns: PageRun[] = [];
			for (let i = 0; i < runs; i++) pageRuns.push(await measurePageLoad(server, page));
			results.pages.push({ ...page, runs: pageRuns });
			log(`${page.name}: first chart ${Math.round(summarize(pageRuns.map((r) => r.firstChart))?.median ?? NaN)} ms (median of ${runs})`);
		}
		for (const n of records) {
			const extract = scaledExtract(n);
			server.setDataOverlay(extract.dir);
			try {
				const viewRuns: LinkedViewRun[] = [];
				for (let i = 0; i < linkedRuns; i++) viewRuns.push(await measureLinkedViews(server, changes));
				const plans = extract.datasets.find((d) => d.id === 'local_ehc_plans')!;
				results.linkedViews.push({
					records: extract.records,
					scale: extract.scale,
					plansArrowBytes: plans.bytes,
					plansCsvBytes: extract.csvBytes,
					runs: viewRuns
				});
				const totals = summarize(viewRuns.flatMap((r) => r.changes.map((c) => c.total)));
				log(
					`linked views at ${extract.records.toLocaleString('en-GB')} records: filter change median ${totals?.median.toFixed(1)} ms, p95 ${totals?.p95.toFixed(1)} ms`
				);
				if (!flag('no-lab')) {
					const lab: LabResult = await runLab(server, {
						siteDir,
						records: extract.records,
						arrowBytes: plans.bytes,
						csvBytes: extract.csvBytes,
						selections: viewRuns[0]!.changes.map((c) => c.selection),
						repeats: quick ? 1 : 3
					});
					results.lab.push(lab);
					log(
						`baselines at ${extract.records.toLocaleString('en-GB')} records: cube ${lab.filter.cube?.median.toFixed(1)} ms, rows ${lab.filter.duckdbRows?.median.toFixed(1)} ms, JavaScript ${lab.filter.javascript?.median.toFixed(1)} ms`
					);
				}
			} finally {
				server.setDataOverlay(null);
			}
		}
	} finally {
		await server.close();
	}

	const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8')) as Budgets;
	results.budgets = checkBudgets(budgets, results);
	const out = value('out') ? resolve(value('out')!) : quick ? join(root, 'bench/results/quick.json') : join(root, 'bench/results.json');
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, JSON.stringify(results, null, '\t') + '\n');
	if (quick || value('out')) writeFileSync(out.replace(/\.json$/, '') + '.md', markdownTables(results) + '\n');
	else updateBenchmarksDoc(join(root, 'docs/benchmarks.md'), results);
	log(`wrote ${relative(root, out)} and ${quick || value('out') ? relative(root, out.replace(/\.json$/, '') + '.md') : 'docs/benchmarks.md'}`);
	for (const b of results.budgets) log(`${b.pass ? 'pass' : 'FAIL'}  ${b.budget} — ${b.subject}: ${b.measured}`);
	if (flag('check') && results.budgets.some((b) => !b.pass)) {
		log('budgets failed (see above)');
		process.exit(1);
	}
}

main().catch((error: unknown) => {
	console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
	process.exit(1);
});
