/**
 * Values of a few series across categories (e.g. need shares for an LA, its region and England): one row per
 * category, one marker per series with its own colour AND shape, an optional interval (e.g. a 95% Wilson interval)
 * drawn as a bar through the first series' marker, and a text label per row (e.g. "significantly higher") so the
 * finding never depends on colour. Null values are left out of the drawing (gaps), never drawn as zero.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, SERIES_SYMBOLS } from './palette';

export interface CategoryPoint {
	category: string;
	series: string;
	value: number | null;
	lower?: number | null;
	upper?: number | null;
}

export interface CategoryDotChartOptions {
	xLabel: string;
	/** Values are percentages (0–100). */
	percent?: boolean;
	/** Series in legend order; the first is the focus (drawn largest, with its interval). */
	series: string[];
	/** Category order, top to bottom. */
	categories: string[];
	/** Text shown at the right of each category row, e.g. the significance flag. */
	rowLabels?: Record<string, string>;
	/** Draw a reference rule, e.g. 100 for an index. */
	reference?: number;
	width?: number;
	document?: Document;
	ariaDescription?: string;
}

export function categoryDotChart(points: CategoryPoint[], options: CategoryDotChartOptions): SVGSVGElement | HTMLElement {
	const drawn = points.filter((p) => p.value !== null);
	const focus = options.series[0];
	const intervals = drawn.filter((p) => p.series === focus && p.lower != null && p.upper != null);
	const labels = options.categories.map((c) => ({ category: c, text: options.rowLabels?.[c] ?? '' })).filter((l) => l.text);
	const fmt = (v: number) => (options.percent ? `${v}%` : v.toLocaleString('en-GB'));
	return Plot.plot({
		document: options.document,
		width: options.width ?? 960,
		height: 60 + 30 * options.categories.length,
		marginLeft: 300,
		marginRight: labels.length > 0 ? 210 : 30,
		marginTop: 30,
		style: { fontSize: '13px', fontFamily: 'inherit', overflow: 'visible' },
		ariaDescription: options.ariaDescription,
		x: { label: options.xLabel, grid: true, zero: options.reference === undefined, tickFormat: options.percent ? (d: number) => `${d}%` : ',~s' },
		y: { label: null, domain: options.categories },
		color: { domain: options.series, range: ANALYSIS_PALETTE.slice(0, options.series.length) },
		// The legend shows each series' shape in its colour, so the key does not depend on colour.
		symbol: { domain: options.series, range: SERIES_SYMBOLS.slice(0, options.series.length), legend: true },
		marks: [
			...(options.reference !== undefined ? [Plot.ruleX([options.reference], { stroke: '#3D3D3D', strokeDasharray: '4,3' })] : []),
			Plot.ruleY(intervals, { y: 'category', x1: 'lower', x2: 'upper', stroke: ANALYSIS_PALETTE[0], strokeWidth: 6, strokeOpacity: 0.35 }),
			Plot.dot(drawn, {
				x: 'value',
				y: 'category',
				fill: 'series',
				symbol: 'series',
				r: (d: CategoryPoint) => (d.series === focus ? 6 : 4.5),
				stroke: 'white',
				strokeWidth: 1
			}),
			Plot.text(labels, { y: 'category', text: 'text', frameAnchor: 'right', dx: 12, textAnchor: 'start', fontWeight: 'bold' }),
			Plot.tip(drawn, Plot.pointerY({ x: 'value', y: 'category', title: (d: CategoryPoint) => `${d.category}, ${d.series}: ${fmt(Math.round((d.value ?? 0) * 10) / 10)}` }))
		]
	});
}
