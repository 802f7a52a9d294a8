/** The overview's published queries for one LA: its comparators and the headline series for them. */
import { AREA_DATASETS, comparators, type Comparator } from '$lib/metrics/areas';
import { HEADLINE_DATASETS, headlineSeries, type HeadlineSeries } from '$lib/metrics/headline';
import type { PublishedView } from '$lib/published-views/view';

export interface OverviewData {
	comparators: Comparator[];
	/** Null when the code is not a current LA's. */
	series: HeadlineSeries | null;
}

export const overviewView: PublishedView<OverviewData> = {
	id: 'overview',
	datasets: [...AREA_DATASETS, ...HEADLINE_DATASETS],
	async query(db, area) {
		const comps = await comparators(db, area);
		if (!comps.some((c) => c.role === 'selected')) return { comparators: comps, series: null };
		return { comparators: comps, series: await headlineSeries(db, comps.map((c) => c.area_code)) };
	}
};
