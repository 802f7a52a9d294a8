/** The Needs section's published queries for one LA (see $lib/published-views). */
import { ccgNeedEstimates, NEEDS_CCG_DATASETS } from '$lib/metrics/needs-ccg';
import { growthSeries, needCounts, NEEDS_PUBLISHED_DATASETS, unmetFigures } from '$lib/metrics/needs-published';
import { comparedView } from '$lib/published-views/compared';

export const needsView = comparedView('needs', [...NEEDS_PUBLISHED_DATASETS, ...NEEDS_CCG_DATASETS], async (db, comps, area) => {
	// The comparators always include England.
	const pair = [area, comps.find((c) => c.role === 'england')!.area_code];
	const [counts, growth, unmet, ccg] = await Promise.all([
		needCounts(
			db,
			comps.map((c) => c.area_code)
		),
		growthSeries(db, pair),
		unmetFigures(db, pair),
		ccgNeedEstimates(db, area)
	]);
	return { counts, growth, unmet, ccg };
});
