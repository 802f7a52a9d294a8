/**
 * A few areas side by side on several percentages: one panel per measure, one row per area, a dot with its value
 * written beside it. A missing value is written as its symbol (e.g. "*") at the left of the panel, never drawn as 0.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, CONTEXT_GREY } from './palette';
import { axisMargins, categoryAxis, chartFrame, textWidth, tickCount, wrapText } from './frame';
import { figureLabel } from '$lib/format/figure';

export interface SideBySideRow {
	area: string;
	measure: string;
	value: number | null;
	/** Shown in place of a missing value. */
	symbol: string | null;
}

export interface SideBySideOptions {
	areas: string[];
	measures: string[];
	width?: number;
	document?: Document;
	ariaDescription?: string;
}

export function sideBySideChart(rows: SideBySideRow[], options: SideBySideOptions): SVGSVGElement | HTMLElement {
	const frame = chartFrame(options.width ?? 720);
	const present = rows.filter((r) => r.value !== null);
	const missing = rows.filter((r) => r.value === null).map((r) => ({ ...r, text: figureLabel(r, String) }));
	const axis = categoryAxis(options.areas, frame);
	const rowHeight = Math.max(30, axis.lines * frame.lineHeight + 8);
	// The measure's name above its panel, wrapped to the chart's width (a side axis would truncate long names).
	const titles = new Map(options.measures.map((m) => [m, wrapText(m, frame.width - 8, frame.fontSize, true).join('\n')]));
	const titleHeight = Math.max(...[...titles.values()].map((t) => t.split('\n').length)) * frame.lineHeight + 10;
	const marginRight = Math.ceil(10 + textWidth('100%', frame.fontSize, true) + 6);
	const plotWidth = frame.width - axis.marginLeft - marginRight;
	const panelHeight = rowHeight * options.areas.length;
	const { marginBottom } = axisMargins(frame, { xLabel: true });
	const marginTop = titleHeight;
	return Plot.plot({
		document: options.document,
		width: frame.width,
		height: marginTop + options.measures.length * (panelHeight + titleHeight) - titleHeight + marginBottom,
		marginTop,
		marginLeft: axis.marginLeft,
		marginRight,
		marginBottom,
		style: frame.style,
		ariaDescription: options.ariaDescription,
		fy: { domain: options.measures, label: null, axis: null, padding: titleHeight / (panelHeight + titleHeight) },
		y: { domain: options.areas, label: null, tickFormat: axis.format, tickSize: 0 },
		x: { domain: [0, 100], label: '%', grid: true, ticks: tickCount(plotWidth, frame), tickFormat: (d: number) => `${d}%` },
		facet: { data: rows, y: 'measure', marginRight: 0 },
		marks: [
			Plot.frame({ stroke: CONTEXT_GREY }),
			Plot.ruleY(present, { fy: 'measure', y: 'area', x1: 0, x2: 'value', stroke: CONTEXT_GREY, strokeWidth: 2 }),
			Plot.dot(present, { fy: 'measure', y: 'area', x: 'value', r: 6, fill: ANALYSIS_PALETTE[0] }),
			Plot.text(present, { fy: 'measure', y: 'area', x: 'value', text: (d: SideBySideRow) => `${d.value}%`, dx: 10, textAnchor: 'start', fontWeight: 'bold' }),
			Plot.text(missing, { fy: 'measure', y: 'area', x: 0, text: 'text', dx: 4, textAnchor: 'start', fontStyle: 'italic' }),
			Plot.text(options.measures, {
				fy: (d: string) => d,
				text: (d: string) => titles.get(d)!,
				frameAnchor: 'top-left',
				lineAnchor: 'bottom',
				dy: -6,
				dx: 2 - axis.marginLeft,
				textAnchor: 'start',
				fontWeight: 'bold',
				lineHeight: 1.25
			})
		]
	});
}
