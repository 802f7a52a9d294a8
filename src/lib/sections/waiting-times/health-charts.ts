/**
 * Chart specs and sentences for the health part of Waiting times: children's community health waits (per service, a
 * monthly trend for the LA's ICBs against England and every ICB ranked in the last month) and children's mental health
 * access (MHS95) for the LA's sub-ICB locations. Titles state the finding; tables hold exactly what is drawn.
 */
import { comparisonChart, type ComparisonRow } from '$lib/charts/comparison-chart';
import { monthlyTrendChart } from '$lib/charts/monthly-trend-chart';
import type { ChartSpec } from '$lib/charts/spec';
import type { DatasetEntry } from '$lib/data/manifest';
import { capitalise, direction, fmt, fmtSigned, list, plural, polarityNote, possessive, valueText, type Polarity, type ProseUnit } from '$lib/format/prose';
import { SERVICES, type LaIcb, type Service, type WaitCell, type WaitMeasure } from '$lib/metrics/health-waits';
import type { AccessCell } from '$lib/metrics/mental-health-access';
import { competitionRanks, rankLabel } from '$lib/stats/rank';
import { sourceText } from '$lib/data/sources';
import type { HealthBase, HealthLa } from './health-view';
import { monthName } from './published-charts';
import { monthsBetween } from './published-rows';

export interface HealthInput {
	base: HealthBase;
	la: HealthLa;
	laName: string;
	waitsEntry: DatasetEntry | undefined;
	accessEntry: DatasetEntry | undefined;
	autismEntry: DatasetEntry | undefined;
}

const ENGLAND = 'E92000001';
const PCT: WaitMeasure = 'chs_waiting_over_18w_pc';
const MAX_LINES = 5;

/** Which end is good: a larger share waiting long, or more waiting over a year, is worse; the list's size is neither. */
export const POLARITY: Record<WaitMeasure, Polarity> = {
	chs_waiting_over_18w_pc: 'lower_better',
	chs_waiting_52w_plus: 'lower_better',
	chs_waiting_18_52w: 'lower_better',
	chs_waiting_total: 'neutral'
};
/** MHS95 counts children seen: NHS England tracks it as access, but more children seen can also mean more need. */
export const ACCESS_POLARITY: Polarity = 'neutral';

export const STANDARD_NOTE =
	'The 18-week mark: the NHS standard for consultant-led elective care is that 92% of patients wait less than 18 weeks from referral. NHS England sets no such target for community health services; its waiting-list statistics count those waiting over 18 and over 52 weeks, so 18 weeks is a yardstick here, not a target these services are held to.';

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
const icbLabel = (i: { name: string }) => `${i.name} ICB`;
const chosenIcbs = (input: HealthInput) => input.la.icbs.slice(0, MAX_LINES);
const pctText = (c: WaitCell | undefined) => valueText(c?.value ?? null, c?.symbol ?? null, 'percent', { decimals: 1 });

function cellOf(cells: WaitCell[], code: string, service: Service, measure: WaitMeasure, period: string): WaitCell | undefined {
	return cells.find((c) => c.area_code === code && c.service === service && c.measure === measure && c.period === period);
}

const lastPeriod = (input: HealthInput) => input.base.periods.at(-1) ?? '';
const span = (periods: string[]) => (periods.length ? `${monthName(periods[0]!)} – ${monthName(periods.at(-1)!)}` : 'no months published');

function icbNotes(input: HealthInput, extra: string[]): string[] {
	// The 18-week mark is stated in the dataset's notes (below) and above the charts on the page.
	return [
		...extra,
		'LA ↔ ICB: an LA’s ICBs are those of the sub-ICB locations whose July 2022 boundary overlaps it (la_nhs_overlap, vintage 2022). The share of the LA is its 2011 LSOAs in the ICB’s April 2020 CCGs (ONS best fit), not a population share. An ICB serves far more than one LA: its figures are for all the children on its lists.',
		'"not available" (NA in the extract): the ICB reported no list for that service and month; it is never read as 0.',
		...(input.waitsEntry?.notes ?? [])
	];
}

/**
 * Direction of travel over a monthly series, from the first month published (or the area's own first month, said so)
 * to the last, with the measure's polarity.
 */
export function monthlyTravel(
	points: { period: string; value: number | null; symbol?: string | null }[],
	periods: string[],
	unit: ProseUnit,
	polarity: Polarity,
	decimals = 1,
	fromLabel = monthName
): string {
	const first = periods[0];
	const last = periods.at(-1);
	if (!first || !last || first === last) return 'only one month is published, so there is no direction of travel';
	const at = (p: string) => points.find((x) => x.period === p);
	const ownFirst = points
		.filter((p) => p.value !== null && periods.includes(p.period))
		.map((p) => p.period)
		.sort()[0];
	if (!ownFirst) return 'no month is published for this area, so there is no direction of travel';
	const from = at(first)?.value !== null && at(first) ? first : ownFirst;
	if (from === last) return `only ${fromLabel(last)} is published for this area, so there is no direction of travel`;
	const d = direction(
		{ year: fromLabel(from), value: at(from)?.value ?? null, symbol: at(from)?.symbol ?? null },
		{ year: fromLabel(last), value: at(last)?.value ?? null, symbol: at(last)?.symbol ?? null },
		unit,
		polarity,
		{ decimals }
	);
	return `since ${fromLabel(from)}${from === first ? '' : ' (the first month published for this area)'}, ${d.text}`;
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
		source: sourceText(input.waitsEntry),
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
					const c = cellOf(cells, l.code, service, m, p);
					return c?.value ?? c?.symbol ?? 'not published';
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
		const c = cellOf(latest, code, service, m, month);
		return c?.value ?? c?.symbol ?? 'not published';
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
		source: sourceText(input.waitsEntry),
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
				pc: f.value ?? f.symbol ?? 'not published',
				total: count(f.code, 'chs_waiting_total'),
				long: count(f.code, 'chs_waiting_52w_plus')
			})),
			{
				area: 'England',
				code: null,
				rank: null,
				pc: eng?.value ?? eng?.symbol ?? 'not published',
				total: count(ENGLAND, 'chs_waiting_total'),
				long: count(ENGLAND, 'chs_waiting_52w_plus')
			}
		],
		render: (document) => comparisonChart(rows, { xLabel: 'Waiting over 18 weeks (%)', percent: true, width: 980, document, ariaDescription: title })
	};
}

const accessName = (input: HealthInput, code: string) => input.base.subIcbs.find((s) => s.code === code)?.name ?? code;
const rollingLabel = (period: string) => `the 12 months to ${monthName(period)}`;
const ACCESS_NOTE =
	'MHS95 counts children and young people aged under 18 with at least one contact with NHS-funded mental health services in the 12 months to the month shown. NHS England uses it to track its ambition to widen children’s access to mental health support; a rise means more children seen, which can also reflect more need, so the direction is given as a change, not as better or worse. Counts are by area of residence, not divided by population, so areas of different size are compared by their change, not their count.';

function accessNotes(input: HealthInput, extra: string[]): string[] {
	return [
		ACCESS_NOTE,
		...extra,
		'Sub-ICB locations are those whose July 2022 boundary overlaps the LA; before July 2022 the same codes are CCGs.',
		...(input.accessEntry?.notes ?? [])
	];
}

export function accessTrendSpec(input: HealthInput): ChartSpec | null {
	const local = input.base.spans.local;
	if (!local || input.la.subIcbCodes.length === 0) return null;
	const periods = monthsBetween(local.first, local.last);
	const codes = input.la.subIcbCodes.slice(0, 6);
	const cellAt = (code: string, p: string): AccessCell | undefined => input.la.access.find((c) => c.area_code === code && c.period === p);
	const lines = codes.map((code) => ({
		key: code,
		label: `${accessName(input, code)} (${code})`,
		points: periods.map((p) => ({ period: p, value: cellAt(code, p)?.value ?? null, symbol: cellAt(code, p)?.symbol ?? null }))
	}));
	const lastOf = (code: string) => cellAt(code, local.last);
	const title = `Children and young people supported by NHS-funded mental health services in ${rollingLabel(local.last)}: ${list(codes.map((c) => `${accessName(input, c)} ${valueText(lastOf(c)?.value ?? null, lastOf(c)?.symbol ?? null, 'count')}`))}`;
	const travel = (l: (typeof lines)[number]) => monthlyTravel(l.points, periods, 'count', ACCESS_POLARITY, 0, rollingLabel);
	return {
		id: 'health-mhs95-trend',
		title,
		subtitle: `Number of children and young people aged under 18 supported through NHS-funded mental health services with at least one contact (MHS95), in each 12 months ending ${monthName(local.first)} to ${monthName(local.last)}, ${possessive(input.laName)} sub-ICB ${codes.length === 1 ? 'location' : 'locations'}`,
		alt: `Line chart of rolling 12-month counts. ${lines.map((l) => `${l.label}: ${travel(l)}`).join('. ')}. Direction given as change: ${polarityNote(ACCESS_POLARITY)}.`,
		source: sourceText(input.accessEntry),
		period: `12 months to ${monthName(local.first)} to 12 months to ${monthName(local.last)}`,
		notes: accessNotes(input, [
			'England is not drawn: its count (hundreds of thousands) is on another scale; the next chart compares change with England’s.',
			...(input.la.subIcbCodes.length > codes.length ? [`Only the first ${codes.length} sub-ICB locations are drawn; all are in the table.`] : [])
		]),
		columns: [
			{ key: 'area', label: 'Sub-ICB location' },
			{ key: 'period', label: '12 months to' },
			{ key: 'value', label: 'Children and young people supported (MHS95)', unit: 'count' }
		],
		rows: input.la.subIcbCodes.flatMap((code) =>
			periods.map((p) => ({
				area: `${accessName(input, code)} (${code})`,
				period: monthName(p),
				value: cellAt(code, p)?.value ?? cellAt(code, p)?.symbol ?? 'not published'
			}))
		),
		render: (document) =>
			monthlyTrendChart(
				lines.map((l) => ({ key: l.key, label: l.label, points: l.points.map((p) => ({ period: p.period, value: p.value })) })),
				{ yLabel: '↑ Children supported (12 months)', height: 380, document, ariaDescription: title }
			)
	};
}

/** % change in MHS95 over England's published span, every sub-ICB location against England (derived from the counts). */
export function accessChangeSpec(input: HealthInput): ChartSpec | null {
	const e = input.base.spans.england;
	if (!e || e.first === e.last) return null;
	const cells = input.base.accessEnds;
	const change = (code: string) => {
		const a = cells.find((c) => c.area_code === code && c.period === e.first)?.value ?? null;
		const b = cells.find((c) => c.area_code === code && c.period === e.last)?.value ?? null;
		return a === null || b === null || a === 0 ? null : round1((100 * (b - a)) / a);
	};
	const chosen = new Set(input.la.subIcbCodes);
	const areas = input.base.subIcbs.map((s) => ({ ...s, change: change(s.code) }));
	const eng = change(ENGLAND);
	const mine = areas.filter((a) => chosen.has(a.code));
	const signed = (v: number | null) => (v === null ? 'not available' : `${fmtSigned(v, 'number', { decimals: 1 })}%`);
	const window = `${rollingLabel(e.first)} and ${rollingLabel(e.last)}`;
	const title = `Change in children supported by NHS-funded mental health services between ${window}: England ${signed(eng)}${mine.length ? `; ${list(mine.map((a) => `${a.name} ${signed(a.change)}`))}` : ''}`;
	const rows: ComparisonRow[] = [
		...areas.map((a) => ({ label: `${a.name} (${a.code})`, value: a.change, role: chosen.has(a.code) ? ('selected' as const) : ('neighbour' as const) })),
		...(eng !== null ? [{ label: 'England', value: eng, role: 'england' as const }] : [])
	];
	const count = (code: string, p: string) => {
		const c = cells.find((x) => x.area_code === code && x.period === p);
		return c?.value ?? c?.symbol ?? 'not published';
	};
	return {
		id: 'health-mhs95-change',
		title,
		subtitle: `% change in the number of children and young people under 18 supported (MHS95) between ${window}, the span England's figure is published for here; every sub-ICB location, largest rise first (derived from NHS England's counts)`,
		alt: `Dot chart of ${plural(areas.length, 'sub-ICB location')} by % change in children supported between ${window}. England: ${signed(eng)}. ${mine.length ? `${list(mine.map((a) => `${a.name}: ${signed(a.change)}`))}. ` : ''}Change, ${polarityNote(ACCESS_POLARITY)}.`,
		source: sourceText(input.accessEntry),
		period: `12 months to ${monthName(e.first)} and 12 months to ${monthName(e.last)}`,
		notes: accessNotes(input, [
			`% change is derived here: 100 × (count in ${rollingLabel(e.last)} − count in ${rollingLabel(e.first)}) ÷ count in ${rollingLabel(e.first)}, from counts NHS England rounds to the nearest 5 below England level. England's MHS95 is in these files only to ${rollingLabel(e.last)}, so later months cannot be compared with England.`
		]),
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'code', label: 'ODS code' },
			{ key: 'from', label: `Children supported, ${rollingLabel(e.first)}`, unit: 'count' },
			{ key: 'to', label: `Children supported, ${rollingLabel(e.last)}`, unit: 'count' },
			{ key: 'change', label: '% change (derived)', unit: 'percent' }
		],
		rows: [
			...areas.map((a) => ({ area: a.name, code: a.code, from: count(a.code, e.first), to: count(a.code, e.last), change: a.change ?? 'not available' })),
			{ area: 'England', code: null, from: count(ENGLAND, e.first), to: count(ENGLAND, e.last), change: eng ?? 'not available' }
		],
		render: (document) => comparisonChart(rows, { xLabel: '% change in children supported', percent: true, width: 980, document, ariaDescription: title })
	};
}

/** MHS95 in words for the LA's sub-ICB locations and England, with the direction of travel as change. */
export function accessSentences(input: HealthInput): string[] {
	const { local, england } = input.base.spans;
	if (!local || input.la.subIcbCodes.length === 0) return [];
	const periods = monthsBetween(local.first, local.last);
	const points = (code: string) => input.la.access.filter((c) => c.area_code === code);
	const out = input.la.subIcbCodes.map(
		(code) => `${accessName(input, code)} (${code}): ${monthlyTravel(points(code), periods, 'count', ACCESS_POLARITY, 0, rollingLabel)}.`
	);
	if (england)
		out.push(
			`England: ${monthlyTravel(points(ENGLAND), monthsBetween(england.first, england.last), 'count', ACCESS_POLARITY, 0, rollingLabel)} (England's figure is in these files only to ${rollingLabel(england.last)}).`
		);
	return out;
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

function slug(text: string): string {
	return text.toLowerCase().replace(/[^a-z]+/g, '-');
}
