/**
 * Read at build time and prerendered into every page: the list of current LAs for the area picker, so choosing an
 * area needs no DuckDB in the browser; and the manifest entries every chart's source line and notes are read from
 * (ChartFigure, through $lib/data/provenance), so a figcaption reads right with JavaScript off.
 */
import { provenanceManifest, type ProvenanceManifest } from '$lib/data/provenance';
import { currentLas } from '$lib/metrics/areas';
import type { NamedArea } from '$lib/navigation/area-param';
import { reportDb } from '$lib/server/report-db';
import type { LayoutServerLoad } from './$types';

// Every prerendered page runs this load: query once per build.
let site: Promise<{ areas: NamedArea[]; provenance: ProvenanceManifest }> | undefined;

export const load: LayoutServerLoad = async () => {
	site ??= reportDb().then(async ({ db, manifest }) => ({
		areas: (await currentLas(db)).map(({ area_code, area_name }) => ({ area_code, area_name })),
		provenance: provenanceManifest(manifest)
	}));
	return await site;
};
