/**
 * Counts (or rates) by category as horizontal bars, each labelled with its figure. Suppressed cells are not drawn and
 * are labelled "c" (never a zero-length bar that reads as 0). A selected category is marked by colour, a bold label
 * and the word "selected", so the selection does not rely on colour.
 */
import * as Plot from '@observablehq/plot';
import { formatPlain } from '$lib/format/values';
import { ANALYSIS_PALETTE, CONTEXT_GREY } from './palette';
import { axisMargins, categoryAxis, chartFrame, domainFittingLabels, textWidth, tickCount } from './frame';

export interface CountBar {
	category: string;
	/** The figure to draw; null when suppressed or not available. */
	value: number | null;
	/** Shown instead of a number when value is null, e.g. "c". */
	symbol?: string | null;
	/** Extra text after the figure, e.g. "34.1 per 1,000". */
	note?: string;
}

export interface CountBarChartOptions {
	xLabel: string;
	selected?: string | null;
	width?: number;
	document?: Document;
	ariaDescription?: string;
}

export function countBarChart(bars: CountBar[], options: CountBarChartOptions): SVGSVGElement | HTMLElement {
	const frame = chartFrame(options.width ?? 860);
	const drawn = bars.filter((b) => b.value !== null);
	const isSelected = (b: CountBar) => options.selected != null && b.category === options.selected;
	const label = (b: CountBar) =>
		`${b.value === null ? (b.symbol ?? 'not available') : formatPlain(b.value)}${b.note ? ` (${b.note})` : ''}${isSelected(b) ? ' — selected' : ''}`;
	const axis = categoryAxis(
		bars.map((b) => b.category),
		frame
	);
	const rowHeight = Math.max(28, axis.lines * frame.lineHeight + 8);
	const marginRight = 12;
	const plotWidth = frame.width - axis.marginLeft - marginRight;
	const hi = domainFittingLabels(
		bars.map((b) => ({ value: b.value ?? 0, labelPx: 6 + textWidth(label(b), frame.fontSize, isSelected(b)) })),
		0,
		Math.max(0, ...drawn.map((b) => b.value!)),
		plotWidth
	);
	const { marginTop, marginBottom } = axisMargins(frame, { xLabel: true });
	return Plot.plot({
		document: options.document,
		width: frame.width,
		height: marginTop + rowHeight * bars.length + marginBottom,
		marginLeft: axis.marginLeft,
		marginRight,
		marginTop,
		marginBottom,
		style: frame.style,
		ariaDescription: options.ariaDescription,
		x: { label: options.xLabel, grid: true, domain: [0, hi > 0 ? hi : 1], ticks: tickCount(plotWidth, frame), tickFormat: formatPlain },
		y: { label: null, domain: bars.map((b) => b.category), tickFormat: axis.format, tickSize: 0 },
		marks: [
			Plot.barX(drawn, {
				x: 'value',
				y: 'category',
				fill: (b: CountBar) => (isSelected(b) ? ANALYSIS_PALETTE[0] : options.selected ? CONTEXT_GREY : ANALYSIS_PALETTE[0])
			}),
			Plot.text(
				bars.filter((b) => !isSelected(b)),
				{ x: (b: CountBar) => b.value ?? 0, y: 'category', text: label, dx: 6, textAnchor: 'start' }
			),
			Plot.text(bars.filter(isSelected), { x: (b: CountBar) => b.value ?? 0, y: 'category', text: label, dx: 6, textAnchor: 'start', fontWeight: 'bold' }),
			Plot.ruleX([0])
		]
	});
}
