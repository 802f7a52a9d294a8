/**
 * Prerendered answers of every published view for every current LA (see src/lib/published-views/view.ts), from the
 * same Arrow files and SQL the browser uses, run in Node DuckDB at build time.
 */
import { error, json } from '@sveltejs/kit';
import { currentLas } from '$lib/metrics/areas';
import { PUBLISHED_VIEWS } from '$lib/published-views';
import { ALL_AREAS, assertPublishedOnly, datasetHashes, type PrerenderedView } from '$lib/published-views/view';
import { reportDb } from '$lib/server/report-db';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => {
	const { db } = await reportDb();
	const las = await currentLas(db);
	return PUBLISHED_VIEWS.flatMap((view) => (view.scope === 'site' ? [ALL_AREAS] : las.map((la) => la.area_code)).map((area) => ({ view: view.id, area })));
};

export const GET: RequestHandler = async ({ params }) => {
	const view = PUBLISHED_VIEWS.find((v) => v.id === params.view);
	if (!view) error(404, `No published view "${params.view}"`);
	const { db, manifest } = await reportDb();
	assertPublishedOnly(view, manifest);
	const file: PrerenderedView<unknown> = { view: view.id, area: params.area, datasets: datasetHashes(view, manifest), data: await view.query(db, params.area) };
	return json(file);
};
