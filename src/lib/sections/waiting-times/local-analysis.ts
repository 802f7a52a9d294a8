/**
 * Kaplan–Meier summaries of local referral waits by group (CCG, quadrant, locality or age band): the "still waiting" curve sampled by
 * week, the median and 90th-percentile waits with their intervals, and the share seen within 13 weeks. Counts here
 * are raw; the chart specs suppress them before they are shown.
 */
import { bisector, group as groupBy } from 'd3-array';
import type { ReferralWait } from '$lib/metrics/local-asd-waits';
import { kaplanMeier, quantile, shareBy, survivalAt, type KmCurve, type Quantile } from '$lib/stats/kaplan-meier';

export type WaitKind = 'contact' | 'outcome';
export type GroupBy = 'ccg' | 'quadrant' | 'locality' | 'age';

const KEY_OF: Record<GroupBy, (w: ReferralWait) => string> = {
	ccg: (w) => w.ccg_code,
	quadrant: (w) => w.quadrant_code,
	locality: (w) => w.locality_code,
	age: (w) => w.age_band
};

/** Groups with fewer referrals get no curve or quantiles (too few to estimate, and too close to individuals). */
export const MIN_GROUP = 10;
/** A curve stops where fewer than this many are still at risk: the tail is unstable and near-identifying. */
export const MIN_AT_RISK = 10;
const NICE_WEEKS = 13;

export interface GroupSummary {
	key: string;
	referrals: number;
	/** Still waiting for the event at the censoring date (or censored for another reason). */
	censored: number;
	estimable: boolean;
	/** Quantiles in weeks. */
	median: Quantile;
	p90: Quantile;
	within13: { share: number; lower: number; upper: number } | null;
	/** % still waiting at each whole week while at least MIN_AT_RISK remain at risk. */
	curve: { week: number; stillWaiting: number }[];
}

const toWeeks = (q: Quantile): Quantile => ({
	estimate: q.estimate === null ? null : q.estimate / 7,
	lower: q.lower === null ? null : q.lower / 7,
	upper: q.upper === null ? null : q.upper / 7
});

const stepAtOrAfter = bisector((s: KmCurve['steps'][number]) => s.time).left;

/** How many are still at risk at time t: those whose wait is t or longer (the at-risk count of the first step at or after t). */
export function atRiskAt(km: KmCurve, t: number): number {
	return km.steps[stepAtOrAfter(km.steps, t)]?.atRisk ?? 0;
}

export function summarise(waits: ReferralWait[], kind: WaitKind, by: GroupBy, order: readonly string[]): GroupSummary[] {
	const grouped = groupBy(waits, KEY_OF[by]);
	const keys = [...order.filter((k) => grouped.has(k)), ...[...grouped.keys()].filter((k) => !order.includes(k)).sort()];
	return keys.map((key) => {
		const rows = grouped.get(key) ?? [];
		const obs = rows.map((w) => (kind === 'contact' ? { time: w.contact_days, event: w.contact_event } : { time: w.outcome_days, event: w.outcome_event }));
		const km = kaplanMeier(obs);
		const estimable = rows.length >= MIN_GROUP;
		const curve: GroupSummary['curve'] = [];
		if (estimable) {
			// From the curve's steps, not the rows: a spread of a million times into Math.max overflows the stack.
			const lastWeek = Math.floor((km.steps.at(-1)?.time ?? 0) / 7);
			for (let week = 0; week <= lastWeek; week++) {
				const atRisk = atRiskAt(km, week * 7);
				if (atRisk < MIN_AT_RISK) break;
				curve.push({ week, stillWaiting: Math.round(survivalAt(km, week * 7).survival * 1000) / 10 });
			}
		}
		const none: Quantile = { estimate: null, lower: null, upper: null };
		return {
			key,
			referrals: km.n,
			censored: km.censored,
			estimable,
			median: estimable ? toWeeks(quantile(km, 0.5)) : none,
			p90: estimable ? toWeeks(quantile(km, 0.9)) : none,
			within13: estimable ? shareBy(km, NICE_WEEKS * 7) : null,
			curve
		};
	});
}
