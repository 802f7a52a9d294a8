/** Children's mental health access (MHS95) specs and sentences for the health part of Waiting times. */
import { comparisonChart, type ComparisonRow } from '$lib/charts/comparison-chart';
import { monthlyTrendChart } from '$lib/charts/monthly-trend-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { fmtSigned, list, plural, polarityNote, possessive, valueText, type Polarity } from '$lib/format/prose';
import type { AccessCell } from '$lib/metrics/mental-health-access';
import { ENGLAND, monthlyTravel, round1, type HealthInput } from './health-common';
import { monthName } from './published-charts';
import { monthsBetween } from './published-rows';
import { figureCell } from '$lib/format/figure';

/** MHS95 counts children seen: NHS England tracks it as access, but more children seen can also mean more need. */
const ACCESS_POLARITY: Polarity = 'neutral';

const accessName = (input: HealthInput, code: string) => input.base.subIcbs.find((s) => s.code === code)?.name ?? code;
export const rollingLabel = (period: string) => `the 12 months to ${monthName(period)}`;
const ACCESS_NOTE =
	'MHS95 counts children and young people aged under 18 with at least one contact with NHS-funded mental health services in the 12 months to the month shown. NHS England uses it to track its ambition to widen children’s access to mental health support; a rise means more children seen, which can also reflect more need, so the direction is given as a change, not as better or worse. Counts are by area of residence, not divided by population, so areas of different size are compared by their change, not their count.';

function accessNotes(input: HealthInput, extra: string[]): string[] {
	return [ACCESS_NOTE, ...extra, 'Sub-ICB locations are those whose July 2022 boundary overlaps the LA; before July 2022 the same codes are CCGs.'];
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
		datasets: ['cyp_mental_health_access'],
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
				value: figureCell(cellAt(code, p))
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
		return figureCell(cells.find((x) => x.area_code === code && x.period === p));
	};
	return {
		id: 'health-mhs95-change',
		title,
		subtitle: `% change in the number of children and young people under 18 supported (MHS95) between ${window}, the span England's figure is published for here; every sub-ICB location, largest rise first (derived from NHS England's counts)`,
		alt: `Dot chart of ${plural(areas.length, 'sub-ICB location')} by % change in children supported between ${window}. England: ${signed(eng)}. ${mine.length ? `${list(mine.map((a) => `${a.name}: ${signed(a.change)}`))}. ` : ''}Change, ${polarityNote(ACCESS_POLARITY)}.`,
		datasets: ['cyp_mental_health_access'],
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
