/**
 * Monthly series for a few areas: one line per area with its own colour, marker shape and a direct label at its
 * last point (moved apart from the others so none overlaps). Months without a value are gaps (the caller passes
 * every month, null where nothing was published), never zeros. Pure: renders in the browser and, given a server-side
 * `document`, in Node.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, SERIES_SYMBOLS, textShade } from './palette';
import { axisMargins, chartFrame, endLabels, niceDomain, tickCount } from './frame';
import { figureLabel } from '$lib/format/figure';

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
	const frame = chartFrame(options.width ?? 720);
	const shown = series.slice(0, ANALYSIS_PALETTE.length);
	const labels = shown.map((s) => s.label);
	const colour = (label: string) => ANALYSIS_PALETTE[labels.indexOf(label)] ?? ANALYSIS_PALETTE[0];
	const data: Datum[] = shown.flatMap((s) => s.points.map((p) => ({ label: s.label, date: toDate(p.period), period: p.period, value: p.value })));
	const fmt = (v: number) => (options.percent ? `${v}%` : v.toLocaleString('en-GB'));
	const height = options.height ?? (frame.narrow ? 300 : 340);
	const { marginTop, marginBottom } = axisMargins(frame, { xLabel: false, yLabel: true });
	const y = options.percent
		? { domain: [0, 100] as [number, number], tickLabelWidth: 0 }
		: niceDomain(
				data.map((d) => d.value ?? NaN),
				frame,
				{ zero: true, count: tickCount(height - marginTop - marginBottom, frame), format: fmt }
			);
	const ends = endLabels(
		shown.flatMap((s) => {
			const end = s.points.filter((p) => p.value !== null).at(-1);
			return end ? [{ label: s.label, x: toDate(end.period), value: end.value! }] : [];
		}),
		frame,
		{ domain: y.domain, top: marginTop, bottom: height - marginBottom }
	);
	const marginLeft = Math.ceil(Math.max(y.tickLabelWidth, options.percent ? frame.fontSize * 2.4 : 0)) + 14;
	const plotWidth = frame.width - marginLeft - ends.marginRight;
	return Plot.plot({
		document: options.document,
		width: frame.width,
		height,
		marginLeft,
		marginRight: ends.marginRight,
		marginTop,
		marginBottom,
		style: frame.style,
		ariaDescription: options.ariaDescription,
		x: { type: 'utc', label: null, ticks: tickCount(plotWidth, frame), inset: 6 },
		y: { label: options.yLabel, grid: true, domain: y.domain, ticks: tickCount(height - marginTop - marginBottom, frame), tickFormat: fmt },
		color: { domain: labels, range: ANALYSIS_PALETTE.slice(0, labels.length) },
		symbol: { domain: labels, range: SERIES_SYMBOLS.slice(0, labels.length) },
		marks: [
			Plot.ruleY([0]),
			// A null value breaks the line, so a missing month is a gap.
			Plot.lineY(data, { x: 'date', y: 'value', z: 'label', stroke: 'label', strokeWidth: 2 }),
			Plot.dot(data, { x: 'date', y: 'value', fill: 'label', symbol: 'label', r: 3.5, stroke: 'white', strokeWidth: 0.75 }),
			...ends.marks((label) => textShade(colour(label))),
			Plot.tip(data, Plot.pointer({ x: 'date', y: 'value', title: (d: Datum) => `${d.label}, ${d.period}: ${figureLabel(d, fmt)}` }))
		]
	});
}
