/** The Exclusions & timeliness section's published queries for one LA (see $lib/published-views). */
import { currentLas } from '$lib/metrics/areas';
import { allPupilTrend, EXCLUSIONS_DATASETS, exclusionsBySen } from '$lib/metrics/exclusions';
import { annualReviews, appealRate, TIMELINESS_DATASETS, timelinessSeries, within20AllLas } from '$lib/metrics/timeliness';
import { comparedView } from '$lib/published-views/compared';

export const exclusionsView = comparedView('exclusions', [...EXCLUSIONS_DATASETS, ...TIMELINESS_DATASETS], async (db, comps) => {
	const codes = comps.map((c) => c.area_code);
	const laCodes = comps.filter((c) => c.role === 'selected' || c.role === 'neighbour').map((c) => c.area_code);
	const aggregates = comps.filter((c) => c.role === 'region' || c.role === 'england').map((c) => c.area_code);
	const region = comps.find((c) => c.role === 'region')?.area_code ?? null;
	const [bySen, trend, series, las, reviews, appeals] = await Promise.all([
		exclusionsBySen(db, laCodes, aggregates),
		allPupilTrend(db, codes),
		timelinessSeries(db, codes),
		// Every LA, for the funnel plot of 20-week timeliness.
		currentLas(db),
		annualReviews(db, codes),
		appealRate(db, codes, region)
	]);
	const allLas20 = await within20AllLas(db, Math.max(...series.within20.map((r) => r.year)));
	return { bySen, trend, series, las, allLas20, reviews, appeals };
});
