/** The Needs section's published queries for one LA (see $lib/published-views). */
import { AREA_DATASETS, comparators, type Comparator } from '$lib/metrics/areas';
import { ccgNeedEstimates, NEEDS_CCG_DATASETS } from '$lib/metrics/needs-ccg';
import { growthSeries, needCounts, NEEDS_PUBLISHED_DATASETS, unmetFigures } from '$lib/metrics/needs-published';
import type { PublishedView } from '$lib/published-views/view';

export interface NeedsData {
	comparators: Comparator[];
	/** Null when the code is not a current LA's. */
	figures: {
		counts: Awaited<ReturnType<typeof needCounts>>;
		growth: Awaited<ReturnType<typeof growthSeries>>;
		unmet: Awaited<ReturnType<typeof unmetFigures>>;
		ccg: Awaited<ReturnType<typeof ccgNeedEstimates>>;
	} | null;
}

export const needsView: PublishedView<NeedsData> = {
	id: 'needs',
	datasets: [...new Set([...AREA_DATASETS, ...NEEDS_PUBLISHED_DATASETS, ...NEEDS_CCG_DATASETS])],
	async query(db, area) {
		const comps = await comparators(db, area);
		const england = comps.find((c) => c.role === 'england');
		if (!comps.some((c) => c.role === 'selected') || !england) return { comparators: comps, figures: null };
		const pair = [area, england.area_code];
		const [counts, growth, unmet, ccg] = await Promise.all([
			needCounts(db, comps.map((c) => c.area_code)),
			growthSeries(db, pair),
			unmetFigures(db, pair),
			ccgNeedEstimates(db, area)
		]);
		return { comparators: comps, figures: { counts, growth, unmet, ccg } };
	}
};
