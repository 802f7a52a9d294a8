/**
 * The list of current LAs for the area picker, read at build time (prerendered into every page), so choosing an area
 * needs no DuckDB in the browser.
 */
import { currentLas } from '$lib/metrics/areas';
import type { NamedArea } from '$lib/navigation/area-param';
import { reportDb } from '$lib/server/report-db';
import type { LayoutServerLoad } from './$types';

// Every prerendered page runs this load: query once per build.
let areas: Promise<NamedArea[]> | undefined;

export const load: LayoutServerLoad = async () => {
	areas ??= reportDb().then(async ({ db }) => (await currentLas(db)).map(({ area_code, area_name }) => ({ area_code, area_name })));
	return { areas: await areas };
};
