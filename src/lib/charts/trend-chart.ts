/**
 * A trend over years for a few areas: one line per area with a distinct colour, marker shape and a direct label at
 * its last point (with the marker beside it), so no series depends on colour alone. End labels are moved apart so
 * they never overlap. Missing or suppressed years are gaps, never zeros.
 * Pure function of its data: renders in the browser and, given a server-side `document`, in Node.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, SERIES_SYMBOLS, textShade } from './palette';
import { axisMargins, chartFrame, endLabels, niceDomain, tickCount, yearTicks } from './frame';
import { figureLabel } from '$lib/format/figure';

export interface TrendSeries {
	key: string;
	label: string;
	points: { year: number; value: number | null }[];
}

export interface TrendChartOptions {
	yLabel: string;
	/** Values are percentages (0–100): the axis reads "%". */
	percent?: boolean;
	/** Start the y axis at zero (counts and percentages should). */
	zero?: boolean;
	width?: number;
	height?: number;
	/** For server-side rendering, e.g. a JSDOM window.document. */
	document?: Document;
	/** Accessible description of the chart, set on the SVG. */
	ariaDescription?: string;
}

interface Datum {
	key: string;
	label: string;
	year: number;
	value: number | null;
}

export function trendChart(series: TrendSeries[], options: TrendChartOptions): SVGSVGElement | HTMLElement {
	const frame = chartFrame(options.width ?? 640);
	const shown = series.slice(0, ANALYSIS_PALETTE.length);
	const data: Datum[] = shown.flatMap((s) => s.points.map((p) => ({ key: s.key, label: s.label, year: p.year, value: p.value })));
	const labels = shown.map((s) => s.label);
	const colour = (label: string) => ANALYSIS_PALETTE[labels.indexOf(label)] ?? ANALYSIS_PALETTE[0];
	const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
	const format = (v: number) => (options.percent ? `${v}%` : v.toLocaleString('en-GB'));
	const height = options.height ?? (frame.narrow ? 300 : 320);
	const { marginTop, marginBottom } = axisMargins(frame, { xLabel: false, yLabel: true });
	const y = niceDomain(
		data.map((d) => d.value ?? NaN),
		frame,
		{ zero: options.zero ?? true, count: tickCount(height - marginTop - marginBottom, frame), format }
	);
	const ends = endLabels(
		shown.flatMap((s) => {
			const end = s.points.filter((p) => p.value !== null).at(-1);
			return end ? [{ label: s.label, x: end.year, value: end.value! }] : [];
		}),
		frame,
		{ domain: y.domain, top: marginTop, bottom: height - marginBottom }
	);
	const marginLeft = Math.ceil(y.tickLabelWidth) + 14;
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
		x: { label: null, tickFormat: 'd', ticks: yearTicks(years, plotWidth, frame), inset: 8 },
		y: { label: options.yLabel, grid: true, domain: y.domain, tickFormat: format },
		color: { domain: labels, range: ANALYSIS_PALETTE.slice(0, labels.length) },
		symbol: { domain: labels, range: SERIES_SYMBOLS.slice(0, labels.length) },
		marks: [
			...(y.domain[0] <= 0 && y.domain[1] >= 0 ? [Plot.ruleY([0])] : []),
			// Plot leaves a gap where value is null, so a suppressed year is never drawn as zero.
			Plot.lineY(data, { x: 'year', y: 'value', z: 'label', stroke: 'label', strokeWidth: 2.5 }),
			// title: a hover value that works in a static SVG too (the browser's own tooltip), e.g. in a prerendered report.
			Plot.dot(data, {
				x: 'year',
				y: 'value',
				fill: 'label',
				symbol: 'label',
				r: 4.5,
				stroke: 'white',
				strokeWidth: 1,
				title: (d: Datum) => `${d.label}, ${d.year}: ${figureLabel(d, format)}`
			}),
			...ends.marks((label) => textShade(colour(label))),
			Plot.tip(data, Plot.pointer({ x: 'year', y: 'value', title: (d: Datum) => `${d.label}, ${d.year}: ${figureLabel(d, format)}` }))
		]
	});
}
