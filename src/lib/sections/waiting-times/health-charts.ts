/**
 * Chart specs and sentences for the health part of Waiting times: children's community health waits (per service, a
 * monthly trend for the LA's ICBs against England and every ICB ranked in the last month) and children's mental health
 * access (MHS95) for the LA's sub-ICB locations. Titles state the finding; tables hold exactly what is drawn.
 */
import { comparisonChart, type ComparisonRow } from '$lib/charts/comparison-chart';
import { monthlyTrendChart } from '$lib/charts/monthly-trend-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { capitalise, fmt, list, plural, polarityNote, possessive, valueText, type Polarity } from '$lib/format/prose';
import { SERVICES, type LaIcb, type Service, type WaitCell, type WaitMeasure } from '$lib/metrics/health-waits';
import { competitionRanks, rankLabel } from '$lib/stats/rank';
import { monthName } from './published-charts';
import { ENGLAND, monthlyTravel, round1, slug, span, type HealthInput } from './health-common';
import { accessChangeSpec, accessSentences, accessTrendSpec, rollingLabel } from './mental-health-access-charts';
import { figureCell } from '$lib/format/figure';
export { type HealthInput } from './health-common';
export { accessChangeSpec, accessSentences, accessTrendSpec } from './mental-health-access-charts';

const PCT: WaitMeasure = 'chs_waiting_over_18w_pc';
const MAX_LINES = 5;

/** Which end is good: a larger share waiting long, or more waiting over a year, is worse; the list's size is neither. */
const POLARITY: Record<WaitMeasure, Polarity> = {
	chs_waiting_over_18w_pc: 'lower_better',
	chs_waiting_52w_plus: 'lower_better',
	chs_waiting_18_52w: 'lower_better',
	chs_waiting_total: 'neutral'
};

export const STANDARD_NOTE =
	'The 18-week mark: the NHS standard for consultant-led elective care is that 92% of patients wait less than 18 weeks from referral. NHS England sets no such target for community health services; its waiting-list statistics count those waiting over 18 and over 52 weeks, so 18 weeks is a yardstick here, not a target these services are held to.';

const icbLabel = (i: { name: string }) => `${i.name} ICB`;
const chosenIcbs = (input: HealthInput) => input.la.icbs.slice(0, MAX_LINES);
const pctText = (c: WaitCell | undefined) => valueText(c?.value ?? null, c?.symbol ?? null, 'percent', { decimals: 1 });

function cellOf(cells: WaitCell[], code: string, service: Service, measure: WaitMeasure, period: string): WaitCell | undefined {
	return cells.find((c) => c.area_code === code && c.service === service && c.measure === measure && c.period === period);
}

const lastPeriod = (input: HealthInput) => input.base.periods.at(-1) ?? '';

function icbNotes(input: HealthInput, extra: string[]): string[] {
	// The 18-week mark is stated in the dataset's notes (below) and above the charts on the page.
	return [
		...extra,
		'LA ↔ ICB: an LA’s ICBs are those of the sub-ICB locations whose July 2022 boundary overlaps it (la_nhs_overlap, vintage 2022). The share of the LA is its 2011 LSOAs in the ICB’s April 2020 CCGs (ONS best fit), not a population share. An ICB serves far more than one LA: its figures are for all the children on its lists.',
		'"not available" (NA in the extract): the ICB reported no list for that service and month; it is never read as 0.'
	];
}

/** Which ICBs serve the LA, with each one's share of the LA where the lookups give it. */
export function icbSentence(input: HealthInput): string {
	const icbs = input.la.icbs;
	if (icbs.length === 0) return `No ICB is recorded for ${input.laName} in the NHS area lookups, so no health waits can be shown.`;
	const share = (i: LaIcb) =>
		i.share_of_la === null
			? 'share of the LA not known'
			: i.share_of_la === 0
				? 'a boundary sliver: none of its 2011 LSOAs'
				: `${fmt(i.share_of_la * 100, 'percent', { decimals: 0 })} of its 2011 LSOAs`;
	const shown = icbs.length > MAX_LINES ? ` The charts draw the first ${MAX_LINES}; every ICB is in the tables.` : '';
	return `${input.laName} is served by ${plural(icbs.length, 'integrated care board (ICB)', 'integrated care boards (ICBs)')}: ${list(icbs.map((i) => `${icbLabel(i)} (${share(i)})`))}.${shown}`;
}

/** Per service: each of the LA's ICBs and England in the last month, in words (total, over 18 weeks, over 52 weeks). */
export function serviceSummary(input: HealthInput, service: Service): string {
	const month = lastPeriod(input);
	if (!month) return `No ${service.toLowerCase()} waiting lists are published.`;
	const areas = [...chosenIcbs(input).map((i) => ({ code: i.code, label: icbLabel(i) })), { code: ENGLAND, label: 'England' }];
	const cells = input.la.cells;
	const parts = areas.map(({ code, label }) => {
		const total = cellOf(cells, code, service, 'chs_waiting_total', month);
		const mid = cellOf(cells, code, service, 'chs_waiting_18_52w', month);
		const long = cellOf(cells, code, service, 'chs_waiting_52w_plus', month);
		const pc = cellOf(cells, code, service, PCT, month);
		if (total?.value === null || total?.value === undefined) return `${label}: the list is ${valueText(null, total?.symbol ?? null)}`;
		if (total.value === 0) return `${label}: a published list of 0 children`;
		const over18 = mid?.value !== null && mid?.value !== undefined && long?.value !== null && long?.value !== undefined ? mid.value + long.value : null;
		return `${label}: ${plural(total.value, 'child', 'children')} waiting, ${over18 === null ? 'over 18 weeks not available' : `${fmt(over18, 'count')} over 18 weeks (${pctText(pc)})`}, ${long?.value === null || long?.value === undefined ? 'over 52 weeks not available' : `${fmt(long.value, 'count')} over 52 weeks`}`;
	});
	return `${service}, end of ${monthName(month)}: ${parts.join('; ')}.`;
}

export function healthTrendSpec(input: HealthInput, service: Service): ChartSpec {
	const periods = input.base.periods;
	const month = lastPeriod(input);
	const icbs = chosenIcbs(input);
	const cells = input.la.cells;
	const series = (code: string) =>
		periods.map((p) => ({
			period: p,
			value: cellOf(cells, code, service, PCT, p)?.value ?? null,
			symbol: cellOf(cells, code, service, PCT, p)?.symbol ?? null
		}));
	const lines = [{ key: ENGLAND, label: 'England', code: ENGLAND }, ...icbs.map((i) => ({ key: i.code, label: icbLabel(i), code: i.code }))].map((l) => ({
		...l,
		points: series(l.code)
	}));
	const last = (code: string) => cellOf(cells, code, service, PCT, month);
	const polarity = POLARITY[PCT];
	const travel = (l: (typeof lines)[number]) => monthlyTravel(l.points, periods, 'percent', polarity);
	const title = `${service}, ${monthName(month)}: % of children on the list waiting more than 18 weeks. England ${pctText(last(ENGLAND))}${icbs.length ? `; ${list(icbs.map((i) => `${icbLabel(i)} ${pctText(last(i.code))}`))}` : ''}`;
	const gaps = (l: (typeof lines)[number]) => l.points.filter((p) => p.value === null).length;
	return {
		id: `health-trend-${slug(service)}`,
		title,
		subtitle: `% of children and young people on the ${service.toLowerCase()} waiting list who had waited more than 18 weeks, at the end of each month, ${span(periods)}: ${possessive(input.laName)} ${icbs.length === 1 ? 'ICB' : 'ICBs'} and England (${polarityNote(polarity)})`,
		alt: `Line chart by month, ${span(periods)}. ${lines.map((l) => `${l.label}: ${travel(l)}${gaps(l) ? `; ${gaps(l)} of ${periods.length} months not available` : ''}`).join('. ')}. ${capitalise(polarityNote(polarity))}.`,
		datasets: ['community_health_waits'],
		period: periods.length ? `${monthName(periods[0]!)} to ${monthName(periods.at(-1)!)}` : 'No months published',
		notes: icbNotes(input, []),
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'period', label: 'Month' },
			{ key: 'total', label: 'Total waiting', unit: 'count' },
			{ key: 'mid', label: 'Waiting over 18 and up to 52 weeks', unit: 'count' },
			{ key: 'long', label: 'Waiting over 52 weeks', unit: 'count' },
			{ key: 'pc', label: 'Waiting over 18 weeks (%)', unit: 'percent' }
		],
		rows: lines.flatMap((l) =>
			periods.map((p) => {
				const v = (m: WaitMeasure) => {
					return figureCell(cellOf(cells, l.code, service, m, p));
				};
				return {
					area: l.label,
					period: monthName(p),
					total: v('chs_waiting_total'),
					mid: v('chs_waiting_18_52w'),
					long: v('chs_waiting_52w_plus'),
					pc: v(PCT)
				};
			})
		),
		render: (document) =>
			monthlyTrendChart(
				lines.map((l) => ({ key: l.key, label: l.label, points: l.points.map((p) => ({ period: p.period, value: round1(p.value) })) })),
				{ yLabel: '↑ Waiting over 18 weeks (%)', percent: true, height: 380, document, ariaDescription: title }
			)
	};
}

export function healthRankedSpec(input: HealthInput, service: Service): ChartSpec {
	const month = lastPeriod(input);
	const latest = input.base.latest;
	const chosen = new Set(input.la.icbs.map((i) => i.code));
	const figures = input.base.icbs.map((i) => {
		const c = cellOf(latest, i.code, service, PCT, month);
		return { ...i, value: c?.value ?? null, shown: round1(c?.value ?? null), symbol: c?.symbol ?? null };
	});
	const ranked = figures.filter((f) => f.shown !== null);
	const ranks = competitionRanks(figures.map((f) => f.shown));
	const rankOf = (code: string) => rankLabel(ranks[figures.findIndex((f) => f.code === code)] ?? null);
	const eng = cellOf(latest, ENGLAND, service, PCT, month);
	const mine = figures.filter((f) => chosen.has(f.code));
	const mineText = mine.map((f) =>
		f.shown === null
			? `${icbLabel(f)} ${valueText(null, f.symbol)}`
			: `${icbLabel(f)} ${valueText(f.value, f.symbol, 'percent', { decimals: 1 })} (ranked ${rankOf(f.code)})`
	);
	const rankNote = `1 = the highest share waiting over 18 weeks; ${polarityNote(POLARITY[PCT])}; ties share a rank`;
	const title = `${service}, ${monthName(month)}: ${mine.length ? `${list(mineText)}, of ${plural(ranked.length, 'ICB')} with a figure` : `${plural(ranked.length, 'ICB')} with a figure`} (${rankNote}); England ${pctText(eng)}`;
	const count = (code: string, m: WaitMeasure) => {
		return figureCell(cellOf(latest, code, service, m, month));
	};
	const rows: ComparisonRow[] = [
		...figures.map((f) => ({ label: icbLabel(f), value: f.shown, role: chosen.has(f.code) ? ('selected' as const) : ('neighbour' as const) })),
		...(eng?.value !== null && eng?.value !== undefined ? [{ label: 'England', value: round1(eng.value), role: 'england' as const }] : [])
	];
	return {
		id: `health-ranked-${slug(service)}`,
		title,
		subtitle: `${service}: % of children on the waiting list waiting more than 18 weeks, every ICB at the end of ${monthName(month)}, highest first`,
		alt: `Dot chart ranking ${plural(ranked.length, 'ICB')} by the % of children on the ${service.toLowerCase()} waiting list who had waited more than 18 weeks, ${monthName(month)}; ${plural(figures.length - ranked.length, 'ICB')} reported no list and ${figures.length - ranked.length === 1 ? 'is' : 'are'} listed at the bottom. ${mine.length ? `${list(mineText)}. ` : ''}England: ${pctText(eng)}. Ranks: ${rankNote}.`,
		datasets: ['community_health_waits'],
		period: `End of ${monthName(month)}`,
		notes: icbNotes(input, ['Ranks are of the % as shown (1 decimal place), so ICBs that look equal share a rank.']),
		columns: [
			{ key: 'area', label: 'ICB' },
			{ key: 'code', label: 'ODS code' },
			{ key: 'rank', label: `Rank (${rankNote})` },
			{ key: 'pc', label: 'Waiting over 18 weeks (%)', unit: 'percent' },
			{ key: 'total', label: 'Total waiting', unit: 'count' },
			{ key: 'long', label: 'Waiting over 52 weeks', unit: 'count' }
		],
		rows: [
			...figures.map((f) => ({
				area: icbLabel(f),
				code: f.code,
				rank: rankOf(f.code),
				pc: figureCell(f),
				total: count(f.code, 'chs_waiting_total'),
				long: count(f.code, 'chs_waiting_52w_plus')
			})),
			{
				area: 'England',
				code: null,
				rank: null,
				pc: figureCell(eng),
				total: count(ENGLAND, 'chs_waiting_total'),
				long: count(ENGLAND, 'chs_waiting_52w_plus')
			}
		],
		render: (document) => comparisonChart(rows, { xLabel: 'Waiting over 18 weeks (%)', percent: true, width: 980, document, ariaDescription: title })
	};
}

/** Why so many children's autism figures are "*": the rule quoted from the autism dataset's notes, and how many. */
export function autismSuppressionSentence(input: HealthInput): string {
	// The rule as the autism dataset's notes give it (its first clause, without the site's own remark in brackets).
	const note = input.autismEntry?.notes.find((n) => /rounded to the nearest 5/.test(n));
	const rule = note?.match(/Counts are rounded to the nearest 5[^(;]*/)?.[0].trim() ?? AUTISM_RULE;
	const { suppressed, cells } = input.base.autismChildren;
	const share =
		cells > 0
			? ` In the July–September 2022 sub-ICB file, ${fmt(suppressed, 'count')} of the ${plural(cells, 'figure')} for ages 0 to 17 (${fmt((100 * suppressed) / cells, 'percent', { decimals: 0 })}) are suppressed.`
			: '';
	return `Children's autism figures are often suppressed because each sub-ICB location has few children in any one month, and NHS England's rule, as the autism dataset's notes give it, is: ‘${rule}’.${share} The files do not state the threshold below which a number counts as small.`;
}

/** The autism dataset's rule (data/pipeline/datasets/autism-waits.ts notes), for when no manifest entry is at hand. */
const AUTISM_RULE = 'Counts are rounded to the nearest 5 and small numbers are suppressed as "*"';

/** What period each source covers, from the data (manifest periods and the views), never written in. */
export function periodsSentence(input: HealthInput): string {
	const { local, england } = input.base.spans;
	const autism = (input.autismEntry?.periods ?? []).filter((p) => /^\d{4}-\d{2}$/.test(p)).sort();
	const parts = [
		`community health services waiting lists: month ends ${span(input.base.periods)}`,
		local
			? `children's mental health access (MHS95): ${rollingLabel(local.first)} to ${rollingLabel(local.last)} by sub-ICB location${england ? `, England to ${rollingLabel(england.last)}` : ''}`
			: null,
		autism.length ? `autism assessment waits: ${span(autism)} (every measure only for July–September 2022)` : null
	].filter((p): p is string => p !== null);
	return `Periods covered: ${parts.join('; ')}.`;
}

/** Every health spec, in page order. */
export function healthSpecs(input: HealthInput): ChartSpec[] {
	const out: ChartSpec[] = [];
	if (input.la.icbs.length > 0) for (const s of SERVICES) out.push(healthTrendSpec(input, s), healthRankedSpec(input, s));
	const trend = accessTrendSpec(input);
	if (trend) out.push(trend);
	const change = accessChangeSpec(input);
	if (change) out.push(change);
	return out;
}

/** Every sentence printed outside the specs. */
export function healthSentences(input: HealthInput): string[] {
	return [
		icbSentence(input),
		periodsSentence(input),
		autismSuppressionSentence(input),
		...(input.la.icbs.length > 0 ? SERVICES.map((s) => serviceSummary(input, s)) : []),
		...accessSentences(input)
	];
}
