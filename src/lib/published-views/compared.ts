/**
 * The shape most sections' published views share: the LA's comparators (itself, region, England, its statistical
 * neighbours) and the figures queried for them, or no figures when the code is not a current LA's.
 */
import { AREA_DATASETS, comparators, type Comparator } from '$lib/metrics/areas';
import type { QueryRunner } from '$lib/db/runner';
import type { PublishedView } from './view';

export interface Compared<F> {
	comparators: Comparator[];
	/** Null when the code is not a current LA's. */
	figures: F | null;
}

/** A per-LA view that finds the comparators, then (for a current LA only) runs `figures` for them. */
export function comparedView<F>(
	id: string,
	datasets: readonly string[],
	figures: (db: QueryRunner, comps: Comparator[], area: string) => Promise<F>
): PublishedView<Compared<F>> {
	return {
		id,
		datasets: [...new Set([...AREA_DATASETS, ...datasets])],
		async query(db, area) {
			const comps = await comparators(db, area);
			if (!comps.some((c) => c.role === 'selected')) return { comparators: comps, figures: null };
			return { comparators: comps, figures: await figures(db, comps, area) };
		}
	};
}
