/**
 * Horizontal bars for categories, in one or more panels (side by side; stacked one above the other when narrow),
 * each bar labelled with its value. A suppressed or missing value draws no bar and is labelled with its text (e.g.
 * "c"), so it is never read as zero.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE } from './palette';
import { axisMargins, categoryAxis, chartFrame, domainFittingLabels, textWidth, tickCount } from './frame';

export interface BarRow {
	panel: string;
	label: string;
	value: number | null;
	/** What the label says: the formatted value, or a symbol such as "c". */
	text: string;
}

export interface BarChartOptions {
	xLabel: string;
	width?: number;
	/** Kept for callers; the left margin is now measured from the labels. */
	marginLeft?: number;
	document?: Document;
	ariaDescription?: string;
}

/** The row that holds a stacked panel's name (never a real category: it starts with an invisible separator). */
const TITLE_ROW = '\u2063';

export function barChart(rows: BarRow[], options: BarChartOptions): SVGSVGElement | HTMLElement {
	const frame = chartFrame(options.width ?? 760);
	const panels = [...new Set(rows.map((r) => r.panel))];
	const labels = [...new Set(rows.map((r) => r.label))];
	const drawn = rows.filter((r) => r.value !== null);
	const stacked = frame.narrow && panels.length > 1;
	const axis = categoryAxis(labels, frame);
	const rowHeight = Math.max(26, axis.lines * frame.lineHeight + 8);
	const marginRight = 12;
	const gap = stacked ? 0 : 24;
	const panelWidth = stacked
		? frame.width - axis.marginLeft - marginRight
		: (frame.width - axis.marginLeft - marginRight - gap * (panels.length - 1)) / panels.length;
	const max = Math.max(0, ...drawn.map((r) => r.value!));
	const hi = domainFittingLabels(
		rows.map((r) => ({ value: r.value ?? 0, labelPx: 4 + textWidth(r.text, frame.fontSize) })),
		0,
		max,
		panelWidth
	);
	const { marginBottom } = axisMargins(frame, { xLabel: true });
	const marginTop = stacked || panels.length === 1 ? 8 : frame.lineHeight + 10;
	const domain = stacked ? [TITLE_ROW, ...labels] : labels;
	const height = marginTop + (stacked ? panels.length * (labels.length + 1) * rowHeight : labels.length * rowHeight) + marginBottom;
	const facet = stacked ? { fy: 'panel' as const } : { fx: 'panel' as const };
	return Plot.plot({
		document: options.document,
		width: frame.width,
		height,
		marginLeft: axis.marginLeft,
		marginRight,
		marginTop,
		marginBottom,
		style: frame.style,
		ariaDescription: options.ariaDescription,
		...(stacked
			? { fy: { domain: panels, label: null, axis: null, padding: 0 } }
			: { fx: { domain: panels, label: null, axis: panels.length > 1 ? 'top' : null, padding: gap / (panelWidth + gap) } }),
		x: { label: options.xLabel, grid: true, domain: [0, hi > 0 ? hi : 1], ticks: tickCount(panelWidth, frame) },
		y: { label: null, domain, axis: null },
		marks: [
			Plot.axisY(labels, { label: null, tickFormat: axis.format, tickSize: 0, lineHeight: 1.25 }),
			...(stacked
				? [
						Plot.text(panels, {
							fy: (d: string) => d,
							y: () => TITLE_ROW,
							text: (d: string) => d,
							frameAnchor: 'left',
							dx: -axis.marginLeft + 2,
							textAnchor: 'start',
							fontWeight: 'bold'
						})
					]
				: []),
			Plot.barX(drawn, { ...facet, y: 'label', x: 'value', fill: ANALYSIS_PALETTE[0] }),
			Plot.text(rows, { ...facet, y: 'label', x: (d: BarRow) => d.value ?? 0, text: 'text', dx: 4, textAnchor: 'start' }),
			Plot.ruleX([0])
		]
	});
}
