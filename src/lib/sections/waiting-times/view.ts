/**
 * The waiting-times section's published queries, as the page first shows them (see $lib/published-views): the
 * snapshot of every sub-ICB location and the list of them (one file for the whole site), and for each LA its own
 * sub-ICB locations (preselected) with their monthly series. Any other choice is queried in the browser's DuckDB.
 */
import { AUTISM_WAITS_DATASETS, laSubIcbCodes, series, snapshot, subIcbs, type SeriesCell, type Snapshot, type SubIcb } from '$lib/metrics/autism-waits';
import type { PublishedView } from '$lib/published-views/view';

export interface WaitsBase {
	snapshot: Snapshot | null;
	subIcbs: SubIcb[];
}

export const waitsBaseView: PublishedView<WaitsBase> = {
	id: 'waiting-times-all',
	datasets: AUTISM_WAITS_DATASETS,
	scope: 'site',
	async query(db) {
		const [snap, list] = await Promise.all([snapshot(db), subIcbs(db)]);
		return { snapshot: snap, subIcbs: list };
	}
};

export interface WaitsLa {
	/** The LA's sub-ICB locations (none for a code that is not a current LA's). */
	laCodes: string[];
	/** The monthly series for exactly `laCodes`. */
	laSeries: SeriesCell[];
}

export const waitsLaView: PublishedView<WaitsLa> = {
	id: 'waiting-times',
	datasets: AUTISM_WAITS_DATASETS,
	async query(db, area) {
		const laCodes = await laSubIcbCodes(db, area);
		return { laCodes, laSeries: laCodes.length ? await series(db, laCodes) : [] };
	}
};
