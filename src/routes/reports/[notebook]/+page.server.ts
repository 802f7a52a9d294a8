import { error } from '@sveltejs/kit';
import { currentLas } from '$lib/metrics/areas';
import { fillTemplate } from '$lib/notebooks/template';
import { notebook, NOTEBOOKS } from '$lib/server/notebooks';
import { reportDb } from '$lib/server/report-db';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per notebook listing every LA's report, so reports are reachable without JavaScript.
export const prerender = true;
export const entries: EntryGenerator = () => NOTEBOOKS.map((n) => ({ notebook: n.id }));

export const load: PageServerLoad = async ({ params }) => {
	const nb = notebook(params.notebook);
	if (!nb) error(404, `No report called ${params.notebook}`);
	const { db } = await reportDb();
	const generic = { area: { name: 'each local authority', region: 'its region', neighbour_count: 10, code: '' } };
	return { id: nb.id, title: fillTemplate(nb.meta.title, generic), las: await currentLas(db) };
};
