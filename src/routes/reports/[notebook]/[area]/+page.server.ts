import { error } from '@sveltejs/kit';
import { currentLas } from '$lib/metrics/areas';
import { runNotebook } from '$lib/notebooks/run';
import { notebook, NOTEBOOKS } from '$lib/server/notebooks';
import { reportDb } from '$lib/server/report-db';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every report for every current LA is rendered to static HTML at build time, charts as inline SVG.
export const prerender = true;

export const entries: EntryGenerator = async () => {
	const { db } = await reportDb();
	const las = await currentLas(db);
	return NOTEBOOKS.flatMap((nb) => las.map((la) => ({ notebook: nb.id, area: la.area_code })));
};

export const load: PageServerLoad = async ({ params }) => {
	const nb = notebook(params.notebook);
	if (!nb) error(404, `No report called ${params.notebook}`);
	const { db, manifest, document } = await reportDb();
	const report = await runNotebook(nb, params.area, db, manifest, document);
	// Links to the same report for every other LA: switching area needs no JavaScript.
	const others = (await currentLas(db)).filter((la) => la.area_code !== params.area).map((la) => ({ code: la.area_code, name: la.area_name }));
	return { report, others };
};

// Reports are static documents: no client-side JavaScript, so no duckdb-wasm, and nothing to download but the page.
export const csr = false;
