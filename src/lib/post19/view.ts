/** The 19–25 section's published queries for one LA (see $lib/published-views). */
import { AREA_DATASETS, comparators, type Comparator } from '$lib/metrics/areas';
import { POST19_DATASETS, post19Published, type Post19Published } from '$lib/metrics/post19';
import type { PublishedView } from '$lib/published-views/view';

export interface Post19Data {
	comparators: Comparator[];
	/** Null when the code is not a current LA's. */
	published: Post19Published | null;
}

export const post19View: PublishedView<Post19Data> = {
	id: 'post-19',
	datasets: [...new Set([...AREA_DATASETS, ...POST19_DATASETS])],
	async query(db, area) {
		const comps = await comparators(db, area);
		if (!comps.some((c) => c.role === 'selected')) return { comparators: comps, published: null };
		return { comparators: comps, published: await post19Published(db, comps.map((c) => c.area_code)) };
	}
};
