/**
 * The area profile's published queries (see $lib/published-views): every indicator across all LAs in its latest year
 * with England's series (one file for the whole site), and each LA's own series of every indicator.
 */
import { allIndicatorsAcrossLas, areaIndicatorSeries, INDICATOR_DATASETS, type IndicatorAcrossLas, type IndicatorRow } from '$lib/metrics/indicators';
import { comparedView } from '$lib/published-views/compared';
import type { PublishedView } from '$lib/published-views/view';

export const profileBaseView: PublishedView<IndicatorAcrossLas[]> = {
	id: 'profile-all',
	datasets: INDICATOR_DATASETS,
	scope: 'site',
	query: (db) => allIndicatorsAcrossLas(db)
};

export const profileView = comparedView<Record<string, IndicatorRow[]>>('profile', INDICATOR_DATASETS, (db, _comps, area) => areaIndicatorSeries(db, area));
