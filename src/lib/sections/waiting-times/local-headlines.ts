/**
 * The generated sentences of the local waits charts, in one place, built with $lib/format/prose.ts.
 * Each is true for one area, for ties, for none, and gets its plurals right: never "… in 18C, and 30 weeks in 18C"
 * or "in all 1 CCGs". Pure.
 */

import { list, plural } from '$lib/format/prose';

const listOf = (items: readonly string[]) => list([...items]);

const weeks = (w: number | null) => (w === null ? 'not reached' : plural(Math.round(w), 'week'));

export interface GroupWords {
	/** Singular and plural name of the grouping: "sub-ICB location", "sub-ICB locations". */
	one: string;
	many: string;
	/** Where a group is, in a sentence: "in Mid Essex", "for those aged 5–10". */
	where: (names: string) => string;
}

/** Groups with their median (in weeks); the sentence works from the rounded weeks a reader sees. */
export interface GroupMedian {
	name: string;
	median: number;
}

function byRoundedMedian<G extends GroupMedian>(groups: readonly G[]) {
	const sorted = [...groups].sort((a, b) => a.median - b.median);
	const lo = Math.round(sorted[0]!.median);
	const hi = Math.round(sorted.at(-1)!.median);
	const at = (w: number) => sorted.filter((g) => Math.round(g.median) === w).map((g) => g.name);
	return { lo, hi, atLo: at(lo), atHi: at(hi), sorted };
}

/** Title of the "still waiting" curves: the shortest and longest median waits, or that they are all the same. */
export function survivalHeadline(label: string, event: string, groups: readonly GroupMedian[], words: GroupWords): string {
	if (groups.length === 0) return `${label}: fewer than half of referrals have had ${event} in any ${words.one}`;
	const { lo, hi, atLo, atHi } = byRoundedMedian(groups);
	if (groups.length === 1) return `${label}: half of referrals waited ${weeks(lo)} or more for ${event} ${words.where(atLo[0]!)}`;
	if (lo === hi) return `${label}: half of referrals waited ${weeks(lo)} or more for ${event} in each of the ${groups.length} ${words.many} shown`;
	return `${label}: half of referrals waited ${weeks(lo)} or more for ${event} ${words.where(listOf(atLo))}, and ${weeks(hi)} or more ${words.where(listOf(atHi))}`;
}

/** Title of the quantiles chart: the longest median wait (with its interval), ties named together. */
export function longestMedianHeadline(
	label: string,
	short: string,
	groups: readonly (GroupMedian & { lower: number | null; upper: number | null })[],
	words: GroupWords
): string {
	if (groups.length === 0) return `${label}: no ${words.one} has a median wait for ${short} within follow-up`;
	const { hi, atHi, sorted } = byRoundedMedian(groups);
	const worst = sorted.at(-1)!;
	const ci = atHi.length === 1 ? ` (95% CI ${weeks(worst.lower)} to ${weeks(worst.upper)})` : '';
	if (groups.length === 1) return `${label}: the median wait for ${short} is ${weeks(hi)} ${words.where(worst.name)}${ci}`;
	if (atHi.length === groups.length) return `${label}: the median wait for ${short} is ${weeks(hi)} in each of the ${groups.length} ${words.many} with one`;
	return `${label}: the longest median wait for ${short} is ${words.where(listOf(atHi))}, ${weeks(hi)}${ci}`;
}

/** Title of the time-to-clear chart: which lists will never clear at recent rates. */
export function clearanceHeadline(label: string, months: number, areas: readonly { name: string; neverClears: boolean }[], words: GroupWords): string {
	const rates = `at the last ${months} months’ rates`;
	if (areas.length === 0) return `${label}: no ${words.one} has referrals to measure`;
	const never = areas.filter((a) => a.neverClears).map((a) => a.name);
	if (never.length === 0)
		return areas.length === 1
			? `${label}: ${rates}, the list ${words.where(areas[0]!.name)} is shrinking`
			: `${label}: ${rates}, the lists in all ${areas.length} ${words.many} are shrinking`;
	if (never.length === 1) return `${label}: ${rates}, the list ${words.where(never[0]!)} is not shrinking and will never clear`;
	if (never.length === areas.length) return `${label}: ${rates}, the lists in all ${areas.length} ${words.many} are not shrinking and will never clear`;
	return `${label}: ${rates}, the lists ${words.where(listOf(never))} are not shrinking and will never clear`;
}

/** Title of the referrals-in against assessments-completed chart. */
export function flowHeadline(label: string, referrals: number, completed: number, lastMonth: string | undefined): string {
	if (!lastMonth) return `${label}: no full month of referrals to show yet`;
	const n = (x: number, one: string, many: string) => plural(x, one, many);
	const change = referrals > completed ? 'so the list grew' : referrals < completed ? 'so the list shrank' : 'so the list stayed the same size';
	return `${label}: ${n(referrals, 'referral came', 'referrals came')} in and ${n(completed, 'assessment was', 'assessments were')} completed in the 12 full months to ${lastMonth}, ${change}`;
}
