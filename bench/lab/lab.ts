/**
 * The benchmark's lab page (bundled by bench/lib/lab.ts, served at /__bench/ by the bench server only): the same
 * aggregate and filter as the linked needs views, done three ways on the same data in the same browser, and the
 * plans loaded as Arrow and as CSV. Uses the site's own SQL ($lib/metrics/needs-local) and the site's wasm bundle.
 * Every way must give the same answer; a mismatch is reported and fails the run.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { tableFromIPC, type Table } from 'apache-arrow';
import { rollup } from 'd3-array';
import { autoType, csvParse } from 'd3-dsv';
import { offlineSettings } from '$lib/db/offline-settings';
import { arrowToRows } from '$lib/db/rows';
import type { QueryRunner } from '$lib/db/runner';
import { EHC_PLANS } from '$lib/local/contract';
import { SQL_TYPES } from '$lib/local/validation-sql';
import {
	AGE_BANDS,
	ALL_DIMENSIONS,
	cleanSelection,
	ensureNeedsCube,
	localProfiles,
	localProfilesFromRows,
	type LocalDimension,
	type LocalProfile,
	type LocalSelection
} from '$lib/metrics/needs-local';

let db: duckdb.AsyncDuckDB;
let conn: duckdb.AsyncDuckDBConnection;
const runner: QueryRunner = { all: async <T>(sql: string) => arrowToRows<T>(await conn.query(sql)) };

async function fetchBytes(url: string): Promise<Uint8Array> {
	const res = await fetch(url, { cache: 'no-store' });
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	return new Uint8Array(await res.arrayBuffer());
}

async function start(bundle: { wasm: string; worker: string }): Promise<{ ms: number }> {
	const t0 = performance.now();
	db = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), new Worker(bundle.worker));
	await db.instantiate(bundle.wasm);
	await db.open({ query: { castDecimalToDouble: true } });
	conn = await db.connect();
	for (const sql of offlineSettings(new URL('no-duckdb-extensions/', location.href).href)) await conn.query(sql);
	return { ms: performance.now() - t0 };
}

/** The site's way: an Arrow IPC stream straight into a DuckDB table. */
async function loadArrow(url: string, table: string): Promise<{ ms: number; rows: number }> {
	const t0 = performance.now();
	const bytes = await fetchBytes(url);
	await conn.query(`DROP TABLE IF EXISTS ${table}`);
	await conn.insertArrowFromIPCStream(bytes, { name: table, create: true });
	const ms = performance.now() - t0;
	const [{ n }] = (await runner.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`)) as [{ n: number }];
	return { ms, rows: n };
}

/** The same plans as CSV into DuckDB, with the column types given (the best case for CSV: no type sniffing). */
async function loadCsvDuckdb(url: string): Promise<{ ms: number; rows: number }> {
	const t0 = performance.now();
	const bytes = await fetchBytes(url);
	const heading = new TextDecoder().decode(bytes.subarray(0, 4096)).split('\n')[0]!.split(',');
	const types = heading.map((name) => {
		const col = EHC_PLANS.columns.find((c) => c.name === name);
		if (!col) throw new Error(`CSV column ${name} is not in the contract`);
		return `'${name}': '${SQL_TYPES[col.type]}'`;
	});
	await db.registerFileBuffer('plans.csv', bytes);
	try {
		await conn.query(
			`CREATE OR REPLACE TABLE plans_csv AS SELECT * FROM read_csv('plans.csv', header = true, auto_detect = false, columns = {${types.join(', ')}})`
		);
		const ms = performance.now() - t0;
		const [{ n }] = (await runner.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM plans_csv')) as [{ n: number }];
		return { ms, rows: n };
	} finally {
		await conn.query('DROP TABLE IF EXISTS plans_csv');
		await db.dropFile('plans.csv');
	}
}

/** The same plans as CSV parsed in plain JavaScript (d3-dsv, values typed with autoType). */
async function loadCsvJavascript(url: string): Promise<{ ms: number; rows: number }> {
	const t0 = performance.now();
	const res = await fetch(url, { cache: 'no-store' });
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	const rows = csvParse(await res.text(), autoType);
	return { ms: performance.now() - t0, rows: rows.length };
}

interface PlanRow {
	need: string;
	age: string | null;
	quadrant: string | null;
	ccg: string | null;
	setting: string | null;
}
interface PopRow {
	age: string | null;
	quadrant: string | null;
	ccg: string | null;
	population: number;
}
let planRows: PlanRow[] = [];
let popRows: PopRow[] = [];

/** A column's values, reading each dictionary once (not a string decode per row). */
function values(table: Table, name: string): (string | number | null)[] {
	const vector = table.getChild(name);
	if (!vector) throw new Error(`no column ${name}`);
	const out: (string | number | null)[] = new Array(vector.length);
	let r = 0;
	for (const d of vector.data) {
		const dict = d.dictionary ? (d.dictionary.toArray() as (string | null)[]) : null;
		const raw = d.values as ArrayLike<number>;
		for (let j = 0; j < d.length; j++, r++) {
			const i = d.offset + j;
			const valid = d.nullCount === 0 || !d.nullBitmap || ((d.nullBitmap[i >> 3]! >> (i & 7)) & 1) === 1;
			out[r] = !valid ? null : dict ? dict[raw[j]!]! : raw[j]!;
		}
	}
	return out;
}

const band = (age: number | null) => (age === null ? null : (AGE_BANDS.find((b) => age >= b.from && age <= b.to)?.band ?? null));

/** Row objects for the JavaScript baseline: active plans with the five dimensions, as the SQL derives them. */
async function prepareJavascriptRows(plansUrl: string, populationUrl: string): Promise<{ ms: number; rows: number }> {
	const t0 = performance.now();
	const plans = tableFromIPC(await fetchBytes(plansUrl));
	const [status, need, age, quadrant, ccg, setting] = ['status', 'primary_need', 'age_at_census', 'quadrant_code', 'ccg_code', 'setting_group'].map((c) =>
		values(plans, c)
	);
	planRows = [];
	for (let i = 0; i < plans.numRows; i++) {
		if (status![i] !== 'active') continue;
		planRows.push({
			need: (need![i] as string | null) ?? 'UNKNOWN',
			age: band(age![i] as number | null),
			quadrant: quadrant![i] as string | null,
			ccg: ccg![i] as string | null,
			setting: setting![i] as string | null
		});
	}
	const pop = tableFromIPC(await fetchBytes(populationUrl));
	const [pAge, pQuadrant, pCcg, pPopulation] = ['age', 'quadrant_code', 'ccg_code', 'population'].map((c) => values(pop, c));
	popRows = Array.from({ length: pop.numRows }, (_, i) => ({
		age: band(pAge![i] as number),
		quadrant: pQuadrant![i] as string,
		ccg: pCcg![i] as string,
		population: pPopulation![i] as number
	}));
	return { ms: performance.now() - t0, rows: planRows.length };
}

const byCategory = (a: { category: string | null }, b: { category: string | null }) =>
	a.category === b.category ? 0 : a.category === null ? 1 : b.category === null ? -1 : a.category < b.category ? -1 : 1;

/** localProfiles in plain JavaScript: each chart filtered by the other dimensions' selections, then rolled up. */
function javascriptProfiles(selection: LocalSelection): LocalProfile[] {
	const sel = Object.entries(cleanSelection(selection)) as [LocalDimension, string][];
	return ALL_DIMENSIONS.map((dim) => {
		const others = sel.filter(([d]) => d !== dim);
		const plans = planRows.filter((r) => others.every(([d, v]) => r[d as keyof PlanRow] === v));
		const counts = [
			...rollup(
				plans,
				(g) => g.length,
				(r) => r[dim as keyof PlanRow]
			)
		]
			.map(([category, count]) => ({ category: category as string, count }))
			.sort(byCategory);
		const popDims = others.filter(([d]) => d === 'age' || d === 'quadrant' || d === 'ccg');
		const pops = popRows.filter((r) => popDims.every(([d, v]) => r[d as 'age' | 'quadrant' | 'ccg'] === v));
		const popKey = (r: PopRow) => (dim === 'age' || dim === 'quadrant' || dim === 'ccg' ? r[dim] : 'All');
		const population = [...rollup(pops, (g) => g.reduce((s, r) => s + r.population, 0), popKey)]
			.map(([category, p]) => ({ category: category as string, population: p }))
			.sort(byCategory);
		return { dim, counts, population };
	});
}

async function timed<T>(f: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
	const t0 = performance.now();
	const value = await f();
	return { ms: performance.now() - t0, value };
}

/** The filter changes, each done three ways; returns the times and any selection where the answers differ. */
async function filterChanges(
	selections: LocalSelection[]
): Promise<{ cubeBuild: number; cube: number[]; duckdbRows: number[]; javascript: number[]; mismatches: string[] }> {
	const build = await timed(() => ensureNeedsCube(runner));
	const out = { cubeBuild: build.ms, cube: [] as number[], duckdbRows: [] as number[], javascript: [] as number[], mismatches: [] as string[] };
	for (const selection of selections) {
		const cube = await timed(() => localProfiles(runner, selection));
		const rows = await timed(() => localProfilesFromRows(runner, selection));
		const js = await timed(() => javascriptProfiles(selection));
		out.cube.push(cube.ms);
		out.duckdbRows.push(rows.ms);
		out.javascript.push(js.ms);
		const [a, b, c] = [cube.value, rows.value, js.value].map((v) => JSON.stringify(v));
		if (a !== b || a !== c) out.mismatches.push(`${JSON.stringify(selection)}: cube ${a!.slice(0, 200)} / rows ${b!.slice(0, 200)} / js ${c!.slice(0, 200)}`);
	}
	return out;
}

Object.assign(window, { benchLab: { start, loadArrow, loadCsvDuckdb, loadCsvJavascript, prepareJavascriptRows, filterChanges } });
