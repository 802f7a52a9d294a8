import { fillTemplate } from '$lib/notebooks/template';
import { NOTEBOOKS } from '$lib/server/notebooks';
import type { PageServerLoad } from './$types';

export const prerender = true;

// Titles name the area; the index speaks of any area.
const generic = { area: { name: 'each local authority', region: 'its region', neighbour_count: 10, code: '' } };

export const load: PageServerLoad = () => ({
	notebooks: NOTEBOOKS.map((n) => ({ id: n.id, title: fillTemplate(n.meta.title, generic), description: fillTemplate(n.meta.description, generic) }))
});
