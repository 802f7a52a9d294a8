/**
 * A trend over years for a few areas: one line per area with a distinct colour, marker shape and a direct label at
 * its last point, so no series depends on colour alone. Missing or suppressed years are gaps, never zeros.
 * Pure function of its data: renders in the browser and, given a server-side `document`, in Node.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, SERIES_SYMBOLS } from './palette';

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
	const data: Datum[] = series.flatMap((s) => s.points.map((p) => ({ key: s.key, label: s.label, year: p.year, value: p.value })));
	const labels = series.map((s) => s.label);
	const last = series.flatMap((s) => {
		const present = s.points.filter((p) => p.value !== null);
		const end = present[present.length - 1];
		return end ? [{ label: s.label, year: end.year, value: end.value }] : [];
	});
	const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
	return Plot.plot({
		document: options.document,
		width: options.width ?? 640,
		height: options.height ?? 320,
		marginRight: 150,
		marginLeft: 56,
		style: { fontSize: '13px', fontFamily: 'inherit', overflow: 'visible' },
		ariaDescription: options.ariaDescription,
		x: { label: null, tickFormat: 'd', ticks: years.length > 12 ? undefined : years },
		y: {
			label: options.yLabel,
			grid: true,
			zero: options.zero ?? true,
			tickFormat: options.percent ? (d: number) => `${d}%` : ',~s'
		},
		color: { domain: labels, range: ANALYSIS_PALETTE.slice(0, labels.length) },
		symbol: { domain: labels, range: SERIES_SYMBOLS.slice(0, labels.length) },
		marks: [
			Plot.ruleY([0]),
			// Plot leaves a gap where value is null, so a suppressed year is never drawn as zero.
			Plot.lineY(data, { x: 'year', y: 'value', z: 'label', stroke: 'label', strokeWidth: 2.5 }),
			// title: a hover value that works in a static SVG too (the browser's own tooltip), e.g. in a prerendered report.
			Plot.dot(data, { x: 'year', y: 'value', fill: 'label', symbol: 'label', r: 4.5, stroke: 'white', strokeWidth: 1, title: (d: Datum) => `${d.label}, ${d.year}: ${d.value === null ? 'not published' : options.percent ? `${d.value}%` : d.value.toLocaleString('en-GB')}` }),
			Plot.text(last, { x: 'year', y: 'value', text: 'label', dx: 10, textAnchor: 'start', fill: 'label', fontWeight: 'bold' }),
			Plot.tip(
				data,
				Plot.pointer({
					x: 'year',
					y: 'value',
					title: (d: Datum) => `${d.label}, ${d.year}: ${d.value === null ? 'not published' : options.percent ? `${d.value}%` : d.value.toLocaleString('en-GB')}`
				})
			)
		]
	});
}
