/**
 * Monthly series for a few areas: one line per area with its own colour, marker shape and a direct label at its
 * last point. Months without a value are gaps (the caller passes every month, null where nothing was published),
 * never zeros. Pure: renders in the browser and, given a server-side `document`, in Node.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, SERIES_SYMBOLS } from './palette';

export interface MonthlySeries {
	key: string;
	label: string;
	/** period 'YYYY-MM', value null where not published. */
	points: { period: string; value: number | null }[];
}

export interface MonthlyTrendOptions {
	yLabel: string;
	percent?: boolean;
	width?: number;
	height?: number;
	document?: Document;
	ariaDescription?: string;
}

interface Datum {
	label: string;
	date: Date;
	period: string;
	value: number | null;
}

const toDate = (period: string) => new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1));

export function monthlyTrendChart(series: MonthlySeries[], options: MonthlyTrendOptions): SVGSVGElement | HTMLElement {
	const shown = series.slice(0, ANALYSIS_PALETTE.length);
	const labels = shown.map((s) => s.label);
	const data: Datum[] = shown.flatMap((s) => s.points.map((p) => ({ label: s.label, date: toDate(p.period), period: p.period, value: p.value })));
	const last = shown.flatMap((s) => {
		const present = s.points.filter((p) => p.value !== null);
		const end = present[present.length - 1];
		return end ? [{ label: s.label, date: toDate(end.period), value: end.value }] : [];
	});
	const fmt = (v: number) => (options.percent ? `${v}%` : v.toLocaleString('en-GB'));
	return Plot.plot({
		document: options.document,
		width: options.width ?? 720,
		height: options.height ?? 340,
		marginRight: 170,
		marginLeft: 56,
		style: { fontSize: '13px', fontFamily: 'inherit', overflow: 'visible' },
		ariaDescription: options.ariaDescription,
		x: { type: 'utc', label: null },
		y: { label: options.yLabel, grid: true, zero: true, domain: options.percent ? [0, 100] : undefined, tickFormat: options.percent ? (d: number) => `${d}%` : ',~s' },
		color: { domain: labels, range: ANALYSIS_PALETTE.slice(0, labels.length) },
		symbol: { domain: labels, range: SERIES_SYMBOLS.slice(0, labels.length) },
		marks: [
			Plot.ruleY([0]),
			// A null value breaks the line, so a missing month is a gap.
			Plot.lineY(data, { x: 'date', y: 'value', z: 'label', stroke: 'label', strokeWidth: 2 }),
			Plot.dot(data, { x: 'date', y: 'value', fill: 'label', symbol: 'label', r: 3.5, stroke: 'white', strokeWidth: 0.75 }),
			Plot.text(last, { x: 'date', y: 'value', text: 'label', dx: 10, textAnchor: 'start', fill: 'label', fontWeight: 'bold' }),
			Plot.tip(data, Plot.pointer({ x: 'date', y: 'value', title: (d: Datum) => `${d.label}, ${d.period}: ${d.value === null ? 'not published' : fmt(d.value)}` }))
		]
	});
}
