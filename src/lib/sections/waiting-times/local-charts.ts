/**
 * Chart specs for the local extract's ASD referrals: "still waiting" curves and median / 90th-percentile waits by CCG
 * and by age band, today's list by wait band, monthly referrals against completed assessments, and the time to clear
 * each CCG's list. Every count passes through suppressCounts first; every title carries the extract's label.
 */
import { clearanceChart } from '$lib/charts/clearance-chart';
import { countGridChart, type GridCell } from '$lib/charts/count-grid-chart';
import { quantileIntervalChart, type QuantileIntervalRow } from '$lib/charts/quantile-interval-chart';
import { monthlyTrendChart } from '$lib/charts/monthly-trend-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { survivalChart } from '$lib/charts/survival-chart';
import { CLEARANCE_WINDOW_MONTHS, WAIT_BANDS, type MonthlyFlow, type RecentRates, type WaitingListCell } from '$lib/metrics/local-asd-waits';
import { suppressCounts } from '$lib/privacy/suppression';
import { clearanceTime, describeClearance } from '$lib/stats/clearance';
import { MIN_AT_RISK, MIN_GROUP, type GroupBy, type GroupSummary, type WaitKind } from './local-analysis';
import { clearanceHeadline, flowHeadline, longestMedianHeadline, survivalHeadline, type GroupWords } from './local-headlines';

export interface LocalInput {
	label: string;
	censor: string;
	/** Display name for a CCG code. */
	ccgName: (code: string) => string;
}

const KIND_TEXT: Record<WaitKind, { event: string; short: string }> = {
	contact: { event: 'a first care contact', short: 'first contact' },
	outcome: { event: 'a diagnostic outcome', short: 'diagnostic outcome' }
};
/** How each grouping is named: in titles, column headings and where-phrases. */
const GROUP_WORDS: Record<GroupBy, GroupWords & { column: string }> = {
	ccg: { one: 'sub-ICB location', many: 'sub-ICB locations', column: 'Sub-ICB location (CCG)', where: (n) => `in ${n}` },
	quadrant: { one: 'quadrant', many: 'quadrants', column: 'Quadrant', where: (n) => `in ${n}` },
	locality: { one: 'locality', many: 'localities', column: 'Locality', where: (n) => `in ${n}` },
	age: { one: 'age band', many: 'age bands', column: 'Age band', where: (n) => `for those ${n.toLowerCase()}` }
};

const fmtWeeks = (w: number | null) => (w === null ? 'not reached' : `${Math.round(w)} weeks`);
const pct1 = (p: number) => `${Math.round(p * 1000) / 10}%`;

function notes(input: LocalInput, extra: string[]): string[] {
	return [
		`Open referrals are censored, not dropped: a referral still waiting counts as waiting up to ${input.censor} (the latest date in the extract, taken as the extract date). Kaplan–Meier estimates; a referral closed without any care contact is censored at its outcome date for the wait to first contact.`,
		'Counts of 1–4 are shown as "c", with further cells hidden where a total would let them be worked out.',
		...extra
	];
}

/** Counts with 1–4 hidden (and secondary suppression within the list); returns value-or-"c" per key. */
function safeCounts(items: { key: string; count: number }[], dim = 'group'): Map<string, number | 'c'> {
	const safe = suppressCounts(items.map((i) => ({ dims: { [dim]: i.key }, count: i.count })));
	return new Map(safe.map((c) => [c.dims[dim]!, c.shown ?? 'c']));
}

export function survivalSpec(input: LocalInput, summaries: GroupSummary[], kind: WaitKind, by: GroupBy, name: (key: string) => string): ChartSpec {
	const drawn = summaries.filter((s) => s.estimable && s.curve.length > 0);
	const words = GROUP_WORDS[by];
	const what = words.one;
	const title = survivalHeadline(
		input.label,
		KIND_TEXT[kind].event,
		drawn.filter((s) => s.median.estimate !== null).map((s) => ({ name: name(s.key), median: s.median.estimate! })),
		words
	);
	const points = drawn.flatMap((s) => s.curve.map((p) => ({ group: name(s.key), week: p.week, stillWaiting: p.stillWaiting })));
	return {
		id: `km-${kind}-${by}`,
		title,
		subtitle: `Share of referrals still waiting for ${KIND_TEXT[kind].event}, by weeks since referral and ${what} (Kaplan–Meier, open referrals censored)`,
		alt: `Step chart of the share still waiting by week, one line per ${what}. ${drawn.map((s) => `${name(s.key)}: median ${fmtWeeks(s.median.estimate)}, ${s.within13 ? pct1(s.within13.share) : 'not estimated'} seen within 13 weeks`).join('; ')}.`,
		datasets: ['local_asd_referrals'],
		period: `Referrals received up to ${input.censor}`,
		notes: notes(input, [
			`Each curve stops where fewer than ${MIN_AT_RISK} referrals are still at risk; ${what}s with fewer than ${MIN_GROUP} referrals are not drawn.`
		]),
		columns: [
			{ key: 'group', label: words.column },
			{ key: 'week', label: 'Weeks since referral' },
			{ key: 'stillWaiting', label: 'Still waiting (%)', unit: 'percent' }
		],
		rows: points.map((p) => ({ ...p })),
		render: (document) => survivalChart(points, { groups: drawn.map((s) => name(s.key)), document, ariaDescription: title })
	};
}

export function quantileSpec(input: LocalInput, summaries: GroupSummary[], kind: WaitKind, by: GroupBy, name: (key: string) => string): ChartSpec {
	const words = GROUP_WORDS[by];
	const what = words.one;
	const referrals = safeCounts(summaries.map((s) => ({ key: s.key, count: s.referrals })));
	const waiting = safeCounts(summaries.map((s) => ({ key: s.key, count: s.censored })));
	const rows: QuantileIntervalRow[] = summaries.flatMap((s) => [
		{ group: name(s.key), statistic: 'Median', ...s.median },
		{ group: name(s.key), statistic: '90th percentile', ...s.p90 }
	]);
	const title = longestMedianHeadline(
		input.label,
		KIND_TEXT[kind].short,
		summaries
			.filter((s) => s.median.estimate !== null)
			.map((s) => ({ name: name(s.key), median: s.median.estimate!, lower: s.median.lower, upper: s.median.upper })),
		words
	);
	const xMax = Math.max(26, ...rows.flatMap((r) => [r.estimate ?? 0, r.upper ?? 0])) * 1.05;
	return {
		id: `quantiles-${kind}-${by}`,
		title,
		subtitle: `Median and 90th-percentile wait for ${KIND_TEXT[kind].event} by ${what}, in weeks, with 95% confidence intervals, and the share seen within 13 weeks`,
		alt: `Dot chart with intervals, one row per ${what}. ${summaries
			.map(
				(s) =>
					`${name(s.key)}: median ${fmtWeeks(s.median.estimate)}, 90th percentile ${fmtWeeks(s.p90.estimate)}, ${s.within13 ? `${pct1(s.within13.share)} within 13 weeks` : 'too few referrals'}`
			)
			.join('; ')}.`,
		datasets: ['local_asd_referrals'],
		period: `Referrals received up to ${input.censor}`,
		notes: notes(input, [
			'Quantile intervals: Brookmeyer–Crowley, from 95% pointwise intervals for the Kaplan–Meier curve on the log(−log) scale with Greenwood’s variance. "Not reached" means the curve (or its interval) does not fall that far within follow-up: the true wait is longer than the data can show.',
			'Share seen within 13 weeks = 1 − S(13 weeks), with the same pointwise interval.'
		]),
		columns: [
			{ key: 'group', label: words.column },
			{ key: 'referrals', label: 'Referrals', unit: 'count' },
			{ key: 'waiting', label: `Still waiting for ${KIND_TEXT[kind].short}`, unit: 'count' },
			{ key: 'median', label: 'Median (weeks)' },
			{ key: 'medianCi', label: 'Median 95% CI (weeks)' },
			{ key: 'p90', label: '90th percentile (weeks)' },
			{ key: 'p90Ci', label: '90th percentile 95% CI (weeks)' },
			{ key: 'within13', label: 'Seen within 13 weeks (95% CI)' }
		],
		rows: summaries.map((s) => ({
			group: name(s.key),
			referrals: referrals.get(s.key) ?? 'c',
			waiting: waiting.get(s.key) ?? 'c',
			median: s.estimable ? fmtWeeks(s.median.estimate) : `fewer than ${MIN_GROUP} referrals`,
			medianCi: s.estimable ? `${fmtWeeks(s.median.lower)} to ${fmtWeeks(s.median.upper)}` : '',
			p90: s.estimable ? fmtWeeks(s.p90.estimate) : '',
			p90Ci: s.estimable ? `${fmtWeeks(s.p90.lower)} to ${fmtWeeks(s.p90.upper)}` : '',
			within13: s.within13 ? `${pct1(s.within13.share)} (${pct1(s.within13.lower)} to ${pct1(s.within13.upper)})` : ''
		})),
		render: (document) =>
			quantileIntervalChart(rows, {
				groups: summaries.map((s) => name(s.key)),
				statistics: ['Median', '90th percentile'],
				xLabel: 'Weeks since referral →',
				xMax,
				document,
				ariaDescription: title
			})
	};
}

export function waitingListSpec(
	input: LocalInput,
	cells: WaitingListCell[],
	by: Exclude<GroupBy, 'age'> = 'ccg',
	name: (code: string) => string = input.ccgName
): ChartSpec {
	const words = GROUP_WORDS[by];
	const safe = suppressCounts(cells.map((c) => ({ dims: { ccg: c.group_code, band: c.wait_band }, count: c.waiting })));
	const grid: GridCell[] = safe.map((c) => ({ row: name(c.dims.ccg!), column: c.dims.band!, value: c.shown, symbol: c.symbol }));
	const ccgs = [...new Set(cells.map((c) => c.group_code))];
	const over52 = (code: string) =>
		cells.filter((c) => c.group_code === code && (c.wait_band === WAIT_BANDS[2] || c.wait_band === WAIT_BANDS[3])).reduce((s, c) => s + c.waiting, 0);
	const total = (code: string) => cells.filter((c) => c.group_code === code).reduce((s, c) => s + c.waiting, 0);
	const worst = [...ccgs].sort((a, b) => over52(b) / Math.max(1, total(b)) - over52(a) / Math.max(1, total(a)))[0];
	const share = worst && total(worst) >= 10 ? Math.round((over52(worst) / total(worst)) * 100) : null;
	const title =
		worst && share !== null
			? ccgs.length === 1
				? `${input.label}: ${share}% of the list ${words.where(name(worst))} had waited a year or more on ${input.censor}`
				: `${input.label}: ${name(worst)} has the largest share of its list waiting a year or more (${share}%) on ${input.censor}`
			: `${input.label}: the current waiting list by how long people have waited, ${input.censor}`;
	return {
		id: by === 'ccg' ? 'waiting-list' : `waiting-list-${by}`,
		title,
		subtitle: `Referrals still open (no outcome yet) on the extract date, by ${words.one} and how long they have waited since referral`,
		alt: `Grid of counts, ${words.many} by wait band. ${grid.map((g) => `${g.row}, ${g.column}: ${g.value ?? g.symbol}`).join('; ')}.`,
		datasets: ['local_asd_referrals'],
		period: `On ${input.censor}`,
		notes: notes(input, ['Wait bands: under 13 weeks (91 days), 13 to 52 weeks, 52 to 104 weeks, 104 weeks (728 days) or more.']),
		columns: [{ key: 'ccg', label: words.column }, ...WAIT_BANDS.map((b) => ({ key: b, label: b, unit: 'count' as const }))],
		rows: ccgs.map((code) => ({
			ccg: name(code),
			...Object.fromEntries(WAIT_BANDS.map((b) => [b, grid.find((g) => g.row === name(code) && g.column === b)?.value ?? 'c']))
		})),
		render: (document) => countGridChart(grid, { rows: ccgs.map(name), columns: [...WAIT_BANDS], document, ariaDescription: title })
	};
}

export function flowSpec(input: LocalInput, flow: MonthlyFlow[]): ChartSpec {
	// The extract's own month is partial (it ends on the extract date), so it is left out rather than drawn as a fall.
	const months = [...new Set(flow.map((f) => f.month))].sort().filter((m) => m < input.censor.slice(0, 7));
	const sum = (m: string, k: 'referrals' | 'completed') => flow.filter((f) => f.month === m).reduce((s, f) => s + f[k], 0);
	const refs = safeCounts(
		months.map((m) => ({ key: m, count: sum(m, 'referrals') })),
		'month'
	);
	const done = safeCounts(
		months.map((m) => ({ key: m, count: sum(m, 'completed') })),
		'month'
	);
	const num = (v: number | 'c' | undefined) => (typeof v === 'number' ? v : null);
	const last12 = months.slice(-12);
	const total12 = (m: Map<string, number | 'c'>) => last12.reduce((s, k) => s + (num(m.get(k)) ?? 0), 0);
	const inn = total12(refs);
	const out = total12(done);
	const title = flowHeadline(input.label, inn, out, last12.at(-1));
	const series = [
		{ key: 'in', label: 'Referrals received', points: months.map((m) => ({ period: m, value: num(refs.get(m)) })) },
		{ key: 'out', label: 'Assessments completed', points: months.map((m) => ({ period: m, value: num(done.get(m)) })) }
	];
	return {
		id: 'flow',
		title,
		subtitle: 'Suspected-autism referrals received and referrals closed with an outcome (assessments completed), each month, all CCGs',
		alt: `Line chart by month, ${months[0]} to ${months[months.length - 1]}: referrals received against assessments completed. In the 12 full months to ${last12[last12.length - 1]}: ${inn} in, ${out} completed.`,
		datasets: ['local_asd_referrals'],
		period: `${months[0]} to ${months[months.length - 1]} (full months)`,
		notes: notes(input, [`The extract's own month (${input.censor.slice(0, 7)}, to ${input.censor}) is partial and is not shown.`]),
		columns: [
			{ key: 'month', label: 'Month' },
			{ key: 'referrals', label: 'Referrals received', unit: 'count' },
			{ key: 'completed', label: 'Assessments completed', unit: 'count' }
		],
		rows: months.map((m) => ({ month: m, referrals: refs.get(m) ?? 'c', completed: done.get(m) ?? 'c' })),
		render: (document) => monthlyTrendChart(series, { yLabel: '↑ Referrals a month', document, ariaDescription: title })
	};
}

function clearanceRows(input: LocalInput, rates: RecentRates[]) {
	const safe = suppressCounts(
		rates.flatMap((r) => (['waiting', 'referrals', 'completed'] as const).map((k) => ({ dims: { ccg: r.ccg_code, measure: k }, count: r[k] })))
	);
	const shown = (code: string, k: string) => safe.find((c) => c.dims.ccg === code && c.dims.measure === k)?.shown ?? null;
	return rates.map((r) => {
		const hidden = ['waiting', 'referrals', 'completed'].some((k) => shown(r.ccg_code, k) === null);
		// A clearance time computed from a hidden count could reveal it, so it is hidden too.
		const c = hidden ? null : clearanceTime({ waiting: r.waiting, arrivals: r.referrals, completions: r.completed, windowMonths: CLEARANCE_WINDOW_MONTHS });
		return {
			code: r.ccg_code,
			name: input.ccgName(r.ccg_code),
			waiting: shown(r.ccg_code, 'waiting'),
			referrals: shown(r.ccg_code, 'referrals'),
			completed: shown(r.ccg_code, 'completed'),
			clearance: c,
			text: c ? describeClearance(c) : 'c'
		};
	});
}

export function clearanceSpec(input: LocalInput, rates: RecentRates[]): ChartSpec {
	const rows = clearanceRows(input, rates);
	// Only areas whose figure is shown are described (a hidden one says nothing either way).
	const described = rows
		.filter((r) => r.clearance)
		.map((r) => ({ name: r.name, neverClears: r.clearance!.trend === 'growing' || r.clearance!.trend === 'steady' }));
	const title = clearanceHeadline(input.label, CLEARANCE_WINDOW_MONTHS, described, GROUP_WORDS.ccg);
	return {
		id: 'clearance',
		title,
		subtitle: `Time to clear today’s waiting list if referrals keep arriving, and assessments keep being completed, at the rates of the last ${CLEARANCE_WINDOW_MONTHS} months, by CCG`,
		alt: `Bar chart by CCG. ${rows.map((r) => `${r.name}: ${r.text}`).join('; ')}.`,
		datasets: ['local_asd_referrals'],
		period: `${CLEARANCE_WINDOW_MONTHS} months to ${input.censor}`,
		notes: notes(input, [
			`Months to clear = people waiting ÷ (assessments completed a month − referrals received a month), both averaged over the ${CLEARANCE_WINDOW_MONTHS} months to the extract date. When as many or more arrive as are completed, the list never clears at these rates. "If no new referrals" = waiting ÷ completed a month. Where any count behind a CCG's figure is hidden ("c"), its clearance time is hidden too.`
		]),
		columns: [
			{ key: 'ccg', label: 'CCG' },
			{ key: 'waiting', label: 'Waiting now', unit: 'count' },
			{ key: 'referrals', label: `Referrals, last ${CLEARANCE_WINDOW_MONTHS} months`, unit: 'count' },
			{ key: 'completed', label: `Completed, last ${CLEARANCE_WINDOW_MONTHS} months`, unit: 'count' },
			{ key: 'clear', label: 'Time to clear at these rates' },
			{ key: 'noNew', label: 'If no new referrals (months)' }
		],
		rows: rows.map((r) => ({
			ccg: r.name,
			waiting: r.waiting ?? 'c',
			referrals: r.referrals ?? 'c',
			completed: r.completed ?? 'c',
			clear: r.text,
			noNew:
				r.clearance?.monthsIfNoNewReferrals == null
					? r.clearance
						? 'never (nothing completed)'
						: 'c'
					: Math.round(r.clearance.monthsIfNoNewReferrals * 10) / 10
		})),
		render: (document) =>
			clearanceChart(
				rows.map((r) => ({ label: r.name, months: r.clearance?.trend === 'shrinking' ? r.clearance.months : null, text: r.text })),
				{ document, ariaDescription: title }
			)
	};
}
