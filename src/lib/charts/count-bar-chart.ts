/**
 * Counts (or rates) by category as horizontal bars, each labelled with its figure. Suppressed cells are not drawn and
 * are labelled "c" (never a zero-length bar that reads as 0). A selected category is marked by colour, a bold label
 * and the word "selected", so the selection does not rely on colour.
 */
import * as Plot from '@observablehq/plot';
import { formatPlain } from '$lib/format/values';
import { ANALYSIS_PALETTE, CONTEXT_GREY } from './palette';

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
	const drawn = bars.filter((b) => b.value !== null);
	const isSelected = (b: CountBar) => options.selected != null && b.category === options.selected;
	const label = (b: CountBar) =>
		`${b.value === null ? (b.symbol ?? 'not available') : formatPlain(b.value)}${b.note ? ` (${b.note})` : ''}${isSelected(b) ? ' — selected' : ''}`;
	return Plot.plot({
		document: options.document,
		width: options.width ?? 860,
		height: 50 + 28 * bars.length,
		marginLeft: 360,
		marginRight: 200,
		style: { fontSize: '13px', fontFamily: 'inherit', overflow: 'visible' },
		ariaDescription: options.ariaDescription,
		x: { label: options.xLabel, grid: true, tickFormat: formatPlain },
		y: { label: null, domain: bars.map((b) => b.category) },
		marks: [
			Plot.barX(drawn, { x: 'value', y: 'category', fill: (b: CountBar) => (isSelected(b) ? ANALYSIS_PALETTE[0] : options.selected ? CONTEXT_GREY : ANALYSIS_PALETTE[0]) }),
			Plot.text(bars.filter((b) => !isSelected(b)), { x: (b: CountBar) => b.value ?? 0, y: 'category', text: label, dx: 6, textAnchor: 'start' }),
			Plot.text(bars.filter(isSelected), { x: (b: CountBar) => b.value ?? 0, y: 'category', text: label, dx: 6, textAnchor: 'start', fontWeight: 'bold' }),
			Plot.ruleX([0])
		]
	});
}
