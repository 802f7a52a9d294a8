/**
 * Values of a few series across categories (e.g. need shares for an LA, its region and England): one row per
 * category, one marker per series with its own colour AND shape (keyed above the plot), an optional interval (e.g. a
 * 95% Wilson interval) drawn as a bar through the first series' marker, and a text label per row (e.g.
 * "significantly higher") so the finding never depends on colour: at the right of the row, or (when narrow) with
 * the category's name above its row. Null values are left out of the drawing (gaps), never drawn as zero.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, SERIES_SYMBOLS } from './palette';
import { axisMargins, categoryAxis, chartFrame, seriesKey, textWidth, tickCount, wrapText } from './frame';

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
	const frame = chartFrame(options.width ?? 960);
	const drawn = points.filter((p) => p.value !== null);
	const focus = options.series[0];
	const intervals = drawn.filter((p) => p.series === focus && p.lower != null && p.upper != null);
	const rowLabel = (c: string) => options.rowLabels?.[c] ?? '';
	const labelled = options.categories.filter(rowLabel).map((c) => ({ category: c, text: rowLabel(c) }));
	const fmt = (v: number) => (options.percent ? `${v}%` : v.toLocaleString('en-GB'));
	// Narrow: each category's name and finding are written above its row (stacked), so the dots keep the full width.
	const stacked = frame.narrow;
	const axis = categoryAxis(options.categories, frame);
	const stackedName = new Map(
		options.categories.map((c) => [c, [...wrapText(c, frame.width - 16, frame.fontSize), ...(rowLabel(c) ? [rowLabel(c)] : [])].join('\n')])
	);
	const stackedLines = Math.max(1, ...[...stackedName.values()].map((n) => n.split('\n').length));
	const marginLeft = stacked ? 12 : axis.marginLeft;
	const marginRight = !stacked && labelled.length > 0 ? Math.ceil(Math.max(...labelled.map((l) => textWidth(l.text, frame.fontSize, true))) + 24) : 16;
	const rowHeight = stacked ? stackedLines * frame.lineHeight + 26 : Math.max(30, axis.lines * frame.lineHeight + 10);
	// When stacked, the name sits in the top of the row and the dots in the bottom.
	const dotDy = stacked ? rowHeight / 2 - 12 : 0;
	const colours = ANALYSIS_PALETTE.slice(0, options.series.length);
	const symbols = SERIES_SYMBOLS.slice(0, options.series.length);
	const key = (marginTop: number) =>
		seriesKey(
			options.series.map((label, i) => ({ label, colour: colours[i]!, symbol: symbols[i]! })),
			frame,
			{ marginLeft, marginTop }
		);
	const marginTop = key(0).height + 6;
	const { marginBottom } = axisMargins(frame, { xLabel: true });
	const plotWidth = frame.width - marginLeft - marginRight;
	return Plot.plot({
		document: options.document,
		width: frame.width,
		height: marginTop + rowHeight * options.categories.length + marginBottom,
		marginLeft,
		marginRight,
		marginTop,
		marginBottom,
		style: frame.style,
		ariaDescription: options.ariaDescription,
		x: {
			label: options.xLabel,
			grid: true,
			zero: options.reference === undefined,
			ticks: tickCount(plotWidth, frame),
			tickFormat: options.percent ? (d: number) => `${d}%` : ',~s'
		},
		y: { label: null, domain: options.categories, axis: null },
		color: { domain: options.series, range: colours },
		symbol: { domain: options.series, range: symbols },
		marks: [
			stacked
				? Plot.text(options.categories, {
						y: (c: string) => c,
						text: (c: string) => stackedName.get(c)!,
						frameAnchor: 'left',
						dx: 2 - marginLeft,
						dy: 4 - rowHeight / 2,
						lineAnchor: 'top',
						textAnchor: 'start',
						lineHeight: 1.25,
						fill: '#0b0c0c',
						stroke: 'white',
						strokeWidth: 4,
						paintOrder: 'stroke'
					})
				: Plot.axisY({ label: null, tickFormat: axis.format, tickSize: 0, lineHeight: 1.25 }),
			...key(marginTop).marks,
			...(options.reference !== undefined ? [Plot.ruleX([options.reference], { stroke: '#3D3D3D', strokeDasharray: '4,3' })] : []),
			Plot.ruleY(intervals, { y: 'category', dy: dotDy, x1: 'lower', x2: 'upper', stroke: ANALYSIS_PALETTE[0], strokeWidth: 6, strokeOpacity: 0.35 }),
			Plot.dot(drawn, {
				x: 'value',
				y: 'category',
				dy: dotDy,
				fill: 'series',
				symbol: 'series',
				r: (d: CategoryPoint) => (d.series === focus ? 6 : 4.5),
				stroke: 'white',
				strokeWidth: 1
			}),
			...(stacked ? [] : [Plot.text(labelled, { y: 'category', text: 'text', frameAnchor: 'right', dx: 12, textAnchor: 'start', fontWeight: 'bold' })]),
			Plot.tip(
				drawn,
				Plot.pointerY({ x: 'value', y: 'category', title: (d: CategoryPoint) => `${d.category}, ${d.series}: ${fmt(Math.round((d.value ?? 0) * 10) / 10)}` })
			)
		]
	});
}
