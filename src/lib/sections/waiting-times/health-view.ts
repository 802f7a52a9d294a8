/**
 * The waiting-times section's health part, as published views (see $lib/published-views): one site-wide file with
 * what is the same for every LA (every ICB's waits in the latest month, the months published, every sub-ICB
 * location's MHS95 at the ends of England's span, the share of children's autism figures suppressed), and one file
 * per LA with its ICBs, their monthly waits, its sub-ICB locations and their MHS95 series.
 */
import { childSuppression, laSubIcbCodes, subIcbs, type SubIcb } from '$lib/metrics/autism-waits';
import { HEALTH_WAITS_DATASETS, icbNames, laIcbs, waitCells, waitPeriods, type IcbName, type LaIcb, type WaitCell } from '$lib/metrics/health-waits';
import { access, accessInPeriods, accessSpans, MENTAL_HEALTH_ACCESS_DATASETS, type AccessCell, type AccessSpans } from '$lib/metrics/mental-health-access';
import type { PublishedView } from '$lib/published-views/view';

const HEALTH_DATASETS = [...new Set([...HEALTH_WAITS_DATASETS, ...MENTAL_HEALTH_ACCESS_DATASETS, 'autism_waits'])] as const;

export interface HealthBase {
	/** Months of the waiting lists, in order. */
	periods: string[];
	/** Every ICB's and England's waits in the last month. */
	latest: WaitCell[];
	icbs: IcbName[];
	subIcbs: SubIcb[];
	spans: AccessSpans;
	/** MHS95 of every CCG / sub-ICB location and England at the first and last month England is published for. */
	accessEnds: AccessCell[];
	/** Of the autism snapshot's figures for ages 0 to 17 by sub-ICB location, how many are "*". */
	autismChildren: { suppressed: number; cells: number };
}

export const healthBaseView: PublishedView<HealthBase> = {
	id: 'waiting-times-health-all',
	datasets: HEALTH_DATASETS,
	scope: 'site',
	async query(db) {
		const [periods, icbs, list, spans, autismChildren] = await Promise.all([waitPeriods(db), icbNames(db), subIcbs(db), accessSpans(db), childSuppression(db)]);
		const last = periods.at(-1);
		const ends = spans.england ? [...new Set([spans.england.first, spans.england.last])] : [];
		const [latest, accessEnds] = await Promise.all([last ? waitCells(db, { period: last }) : Promise.resolve([]), accessInPeriods(db, ends)]);
		return { periods, latest, icbs, subIcbs: list, spans, accessEnds, autismChildren };
	}
};

export interface HealthLa {
	/** The LA's ICBs, largest share first (none for a code that is not a current LA's). */
	icbs: LaIcb[];
	/** Their waits and England's, every month. */
	cells: WaitCell[];
	/** The LA's sub-ICB locations (July 2022). */
	subIcbCodes: string[];
	/** Their MHS95 and England's, every month published. */
	access: AccessCell[];
}

export const healthLaView: PublishedView<HealthLa> = {
	id: 'waiting-times-health',
	datasets: HEALTH_DATASETS,
	async query(db, area) {
		const [icbs, subIcbCodes] = await Promise.all([laIcbs(db, area), laSubIcbCodes(db, area)]);
		const [cells, accessCells] = await Promise.all([
			icbs.length ? waitCells(db, { codes: icbs.map((i) => i.code) }) : Promise.resolve([]),
			subIcbCodes.length ? access(db, subIcbCodes) : Promise.resolve([])
		]);
		return { icbs, cells, subIcbCodes, access: accessCells };
	}
};
