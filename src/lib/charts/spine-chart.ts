/**
 * A spine chart: one row per indicator, each normalised to the range across LAs (0 = the worse end, 1 = the better
 * end; for an indicator with no better direction, 0 = lowest, 1 = highest). The range is a grey bar with the middle
 * half of LAs (Q1–Q3) darker and the median as a white line; England is a dark vertical tick; the LA is a blue
 * diamond. Its band letter is written at the row's end, so the band never rests on colour alone.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, CONTEXT_GREY } from './palette';
import { categoryAxis, chartFrame, textWidth } from './frame';

export interface SpineRow {
	label: string;
	/** Positions 0–1 along the row, better end at 1 (null when not published). */
	area: number | null;
	england: number | null;
	q1: number | null;
	median: number | null;
	q3: number | null;
	/** Written at the row's end: the band letter, or a short reason there is none ("–"). */
	band: string;
	/** Said in the row when the LA has no figure (e.g. "not published"). */
	missing?: string;
}

export interface SpineChartOptions {
	areaLabel: string;
	document?: Document;
	ariaDescription?: string;
	width?: number;
}

const OUTER_GREY = '#DEE0E2';

export function spineChart(rows: SpineRow[], options: SpineChartOptions): SVGSVGElement | HTMLElement {
	const frame = chartFrame(options.width ?? 760);
	const labels = rows.map((r) => r.label);
	const axis = categoryAxis(labels, frame, { maxShare: frame.narrow ? 0.42 : 0.45 });
	const rowHeight = Math.max(28, axis.lines * frame.lineHeight + 10);
	const bandHeader = 'Band';
	const marginRight = Math.ceil(Math.max(textWidth(bandHeader, frame.fontSize, true), ...rows.map((r) => textWidth(r.band, frame.fontSize, true))) + 20);
	const marginTop = frame.lineHeight + 10;
	const marginBottom = frame.lineHeight + 16;
	const height = marginTop + rowHeight * rows.length + marginBottom;
	const segment = (r: SpineRow, x1: number, x2: number, fill: string) => ({ label: r.label, x1, x2, fill });
	const bars = rows.flatMap((r) =>
		r.q1 === null || r.q3 === null
			? []
			: [
					segment(r, 0, Math.min(r.q1, r.q3), OUTER_GREY),
					segment(r, Math.min(r.q1, r.q3), Math.max(r.q1, r.q3), CONTEXT_GREY),
					segment(r, Math.max(r.q1, r.q3), 1, OUTER_GREY)
				]
	);
	const ends = [
		{ text: '← worse', x: -0.02, anchor: 'start' as const },
		{ text: 'better →', x: 1.02, anchor: 'end' as const }
	];
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
		// A little room beyond each end, so a marker at 0 or 1 is drawn whole.
		x: { domain: [-0.02, 1.02], axis: null },
		y: { domain: labels, axis: null, padding: 0.3 },
		marks: [
			Plot.axisY(labels, { label: null, tickFormat: axis.format, tickSize: 0, lineHeight: 1.25 }),
			Plot.barX(bars, { x1: 'x1', x2: 'x2', y: 'label', fill: 'fill' }),
			Plot.tickX(
				rows.filter((r) => r.median !== null),
				{ x: 'median', y: 'label', stroke: 'white', strokeWidth: 2 }
			),
			Plot.tickX(
				rows.filter((r) => r.england !== null),
				{ x: 'england', y: 'label', stroke: ANALYSIS_PALETTE[4], strokeWidth: 3, title: (r: SpineRow) => `${r.label}: England` }
			),
			Plot.dot(
				rows.filter((r) => r.area !== null),
				{
					x: 'area',
					y: 'label',
					symbol: 'diamond',
					r: 7,
					fill: ANALYSIS_PALETTE[0],
					stroke: 'white',
					strokeWidth: 1.5,
					title: (r: SpineRow) => `${r.label}: ${options.areaLabel}, band ${r.band}`
				}
			),
			Plot.text(
				rows.filter((r) => r.area === null && r.missing),
				{ x: 0.5, y: 'label', text: 'missing', fill: '#0b0c0c', stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' }
			),
			// The band letter, right of the bar, in text (never colour alone).
			Plot.text(rows, { x: () => 1.02, y: 'label', text: 'band', dx: marginRight / 2, textAnchor: 'middle', fontWeight: 'bold', fill: '#0b0c0c' }),
			Plot.text([bandHeader], {
				x: () => 1.02,
				frameAnchor: 'top',
				dx: marginRight / 2,
				dy: -marginTop + 4,
				textAnchor: 'middle',
				fontWeight: 'bold',
				fill: '#0b0c0c',
				text: (d: string) => d,
				lineAnchor: 'top'
			}),
			...ends.map((e) =>
				Plot.text([e], { x: 'x', frameAnchor: 'bottom', dy: marginBottom - 4, textAnchor: e.anchor, lineAnchor: 'bottom', text: 'text', fill: '#0b0c0c' })
			)
		]
	});
}
