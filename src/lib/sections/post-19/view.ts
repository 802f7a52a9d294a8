/** The 19–25 section's published queries for one LA (see $lib/published-views). */
import { POST19_DATASETS, post19Published } from '$lib/metrics/post19';
import { comparedView } from '$lib/published-views/compared';

export const post19View = comparedView('post-19', POST19_DATASETS, (db, comps) =>
	post19Published(
		db,
		comps.map((c) => c.area_code)
	)
);
