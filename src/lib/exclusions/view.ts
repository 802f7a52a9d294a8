/** The Exclusions & timeliness section's published queries for one LA (see $lib/published-views). */
import { AREA_DATASETS, comparators, currentLas, type Area, type Comparator } from '$lib/metrics/areas';
import { allPupilTrend, EXCLUSIONS_DATASETS, exclusionsBySen } from '$lib/metrics/exclusions';
import { annualReviews, appealRate, TIMELINESS_DATASETS, timelinessSeries, within20AllLas } from '$lib/metrics/timeliness';
import type { PublishedView } from '$lib/published-views/view';

export interface ExclusionsData {
	comparators: Comparator[];
	/** Null when the code is not a current LA's. */
	figures: {
		bySen: Awaited<ReturnType<typeof exclusionsBySen>>;
		trend: Awaited<ReturnType<typeof allPupilTrend>>;
		series: Awaited<ReturnType<typeof timelinessSeries>>;
		/** Every LA, for the funnel plot of 20-week timeliness. */
		las: Area[];
		allLas20: Awaited<ReturnType<typeof within20AllLas>>;
		reviews: Awaited<ReturnType<typeof annualReviews>>;
		appeals: Awaited<ReturnType<typeof appealRate>>;
	} | null;
}

export const exclusionsView: PublishedView<ExclusionsData> = {
	id: 'exclusions',
	datasets: [...new Set([...AREA_DATASETS, ...EXCLUSIONS_DATASETS, ...TIMELINESS_DATASETS])],
	async query(db, area) {
		const comps = await comparators(db, area);
		if (!comps.some((c) => c.role === 'selected')) return { comparators: comps, figures: null };
		const codes = comps.map((c) => c.area_code);
		const laCodes = comps.filter((c) => c.role === 'selected' || c.role === 'neighbour').map((c) => c.area_code);
		const aggregates = comps.filter((c) => c.role === 'region' || c.role === 'england').map((c) => c.area_code);
		const region = comps.find((c) => c.role === 'region')?.area_code ?? null;
		const [bySen, trend, series, las, reviews, appeals] = await Promise.all([
			exclusionsBySen(db, laCodes, aggregates),
			allPupilTrend(db, codes),
			timelinessSeries(db, codes),
			currentLas(db),
			annualReviews(db, codes),
			appealRate(db, codes, region)
		]);
		const allLas20 = await within20AllLas(db, Math.max(...series.within20.map((r) => r.year)));
		return { comparators: comps, figures: { bySen, trend, series, las, allLas20, reviews, appeals } };
	}
};
