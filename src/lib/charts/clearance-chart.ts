/**
 * Months to clear each list at recent rates: a bar where the list is shrinking, and the words "never — growing by N a
 * month" where it is not (no bar is drawn for a list that will not clear, so it cannot be misread as short).
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE } from './palette';
import { axisMargins, categoryAxis, chartFrame, domainFittingLabels, textWidth, tickCount } from './frame';

export interface ClearanceBar {
	label: string;
	/** Months to clear; null = never at these rates, or hidden. */
	months: number | null;
	text: string;
}

export function clearanceChart(rows: ClearanceBar[], options: { width?: number; document?: Document; ariaDescription?: string }): SVGSVGElement | HTMLElement {
	const frame = chartFrame(options.width ?? 720);
	const axis = categoryAxis(
		rows.map((r) => r.label),
		frame
	);
	const rowHeight = Math.max(36, axis.lines * frame.lineHeight + 10);
	const marginRight = 12;
	const plotWidth = frame.width - axis.marginLeft - marginRight;
	const max = Math.max(12, ...rows.map((r) => r.months ?? 0));
	const hi = domainFittingLabels(
		rows.map((r) => ({ value: r.months ?? 0, labelPx: 6 + textWidth(r.text, frame.fontSize, true) })),
		0,
		max * 1.05,
		plotWidth
	);
	const { marginTop, marginBottom } = axisMargins(frame, { xLabel: true });
	return Plot.plot({
		document: options.document,
		width: frame.width,
		height: marginTop + rowHeight * rows.length + marginBottom,
		marginLeft: axis.marginLeft,
		marginRight,
		marginTop,
		marginBottom,
		style: frame.style,
		ariaDescription: options.ariaDescription,
		x: { label: 'Months to clear today’s list →', grid: true, domain: [0, hi], ticks: tickCount(plotWidth, frame) },
		y: { domain: rows.map((r) => r.label), label: null, tickFormat: axis.format, tickSize: 0 },
		marks: [
			Plot.barX(
				rows.filter((r) => r.months !== null),
				{ x: 'months', y: 'label', fill: ANALYSIS_PALETTE[0] }
			),
			Plot.text(rows, {
				x: (r: ClearanceBar) => r.months ?? 0,
				y: 'label',
				text: 'text',
				dx: 6,
				textAnchor: 'start',
				fontWeight: 'bold',
				fill: (r: ClearanceBar) => (r.months === null ? ANALYSIS_PALETTE[2] : 'black')
			})
		]
	});
}
