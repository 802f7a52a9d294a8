/** The overview's published queries for one LA: its comparators and the headline series for them. */
import { HEADLINE_DATASETS, headlineSeries } from '$lib/metrics/headline';
import { comparedView } from '$lib/published-views/compared';

export const overviewView = comparedView('overview', HEADLINE_DATASETS, (db, comps) =>
	headlineSeries(
		db,
		comps.map((c) => c.area_code)
	)
);
