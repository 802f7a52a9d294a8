/**
 * Kaplan–Meier survival for waits where some people are still waiting (censored). S(t) is the share still waiting
 * after t; an open referral counts as at risk up to its censoring time and is never dropped.
 *
 * - Ties: at a time with both events and censorings, the censored are still at risk at that time (the usual rule).
 * - Variance: Greenwood, Var S(t) = S(t)² Σ d / (n (n − d)).
 * - Pointwise intervals for S(t) on the log(−log) scale (Kalbfleisch–Prentice), which stay inside (0, 1).
 * - Quantiles: the p-th quantile of the wait is the first time with S(t) ≤ 1 − p (median: S ≤ 0.5). Its interval is
 *   Brookmeyer–Crowley's: the times whose log(−log) interval for S contains 1 − p, i.e. from the first time the lower
 *   limit falls to 1 − p or below to the first time the upper limit does (null = not reached within follow-up).
 */
import { ascending, bisector } from 'd3-array';
import { Z95 } from './proportion';

export interface Observation {
	/** Time from the start (e.g. days from referral) to the event or to censoring. */
	time: number;
	/** true = the event happened at `time`; false = still waiting at `time` (censored). */
	event: boolean;
}

interface KmStep {
	time: number;
	/** Number still waiting just before `time`. */
	atRisk: number;
	events: number;
	censored: number;
	/** S(t) just after `time`. */
	survival: number;
	/** Greenwood's Σ d / (n (n − d)) up to `time`. */
	greenwood: number;
	lower: number;
	upper: number;
}

export interface KmCurve {
	n: number;
	events: number;
	censored: number;
	/** One step per distinct time with an event or a censoring, in time order. */
	steps: KmStep[];
}

/** log(−log) pointwise interval for S with Greenwood's sum `g`. */
function logLogInterval(s: number, g: number, z: number): { lower: number; upper: number } {
	if (s <= 0) return { lower: 0, upper: 0 };
	if (s >= 1 || g === 0) return { lower: s, upper: s };
	const se = Math.sqrt(g) / Math.abs(Math.log(s));
	return { lower: Math.pow(s, Math.exp(z * se)), upper: Math.pow(s, Math.exp(-z * se)) };
}

export function kaplanMeier(observations: readonly Observation[], z = Z95): KmCurve {
	for (const o of observations) if (!(o.time >= 0) || !Number.isFinite(o.time)) throw new Error(`kaplanMeier: time must be a finite number ≥ 0, got ${o.time}`);
	const sorted = [...observations].sort((a, b) => ascending(a.time, b.time));
	const steps: KmStep[] = [];
	let atRisk = sorted.length;
	let survival = 1;
	let greenwood = 0;
	for (let i = 0; i < sorted.length;) {
		const time = sorted[i]!.time;
		let events = 0;
		let censored = 0;
		for (; i < sorted.length && sorted[i]!.time === time; i++) {
			if (sorted[i]!.event) events++;
			else censored++;
		}
		if (events > 0) {
			survival *= 1 - events / atRisk;
			// d = n makes S = 0 and the Greenwood term infinite; the interval collapses to 0 there.
			greenwood += atRisk > events ? events / (atRisk * (atRisk - events)) : 0;
		}
		steps.push({ time, atRisk, events, censored, survival, greenwood, ...logLogInterval(survival, greenwood, z) });
		atRisk -= events + censored;
	}
	const events = steps.reduce((s, x) => s + x.events, 0);
	return { n: sorted.length, events, censored: sorted.length - events, steps };
}

const byTime = bisector((s: KmStep) => s.time).right;

/** S(t) with its interval at time t (a step function, right-continuous): 1 before the first event. */
export function survivalAt(curve: KmCurve, t: number): { survival: number; lower: number; upper: number } {
	const i = byTime(curve.steps, t) - 1;
	const step = i >= 0 ? curve.steps[i] : undefined;
	return step ? { survival: step.survival, lower: step.lower, upper: step.upper } : { survival: 1, lower: 1, upper: 1 };
}

export interface Quantile {
	/** The p-th quantile of the time to event; null when S never falls to 1 − p within follow-up. */
	estimate: number | null;
	lower: number | null;
	upper: number | null;
}

/** The p-th quantile (0.5 = median, 0.9 = 90th percentile) with its Brookmeyer–Crowley interval. */
export function quantile(curve: KmCurve, p: number): Quantile {
	if (!(p > 0 && p < 1)) throw new Error('quantile: p must be between 0 and 1');
	const target = 1 - p;
	// A tiny tolerance so that S = 0.5 exactly (e.g. 1 − 2/4) counts as reaching the median despite rounding.
	const first = (value: (s: KmStep) => number) => curve.steps.find((s) => s.events > 0 && value(s) <= target + 1e-12)?.time ?? null;
	return { estimate: first((s) => s.survival), lower: first((s) => s.lower), upper: first((s) => s.upper) };
}

/** Share who have had the event by time t (e.g. seen within 13 weeks), 1 − S(t), with its interval. */
export function shareBy(curve: KmCurve, t: number): { share: number; lower: number; upper: number } {
	const s = survivalAt(curve, t);
	return { share: 1 - s.survival, lower: 1 - s.upper, upper: 1 - s.lower };
}
