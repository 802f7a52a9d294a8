/**
 * Estimates with confidence intervals for a few groups: one row per group, a median (circle) and a 90th percentile
 * (triangle), each with its interval as a line and its value written beside it. A value not reached is written,
 * never drawn.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE } from './palette';
import { axisMargins, categoryAxis, chartFrame, linearPixels, seriesKey, textWidth, tickCount } from './frame';

export interface QuantileIntervalRow {
	group: string;
	statistic: string;
	estimate: number | null;
	lower: number | null;
	upper: number | null;
}

export interface QuantileIntervalChartOptions {
	groups: string[];
	statistics: [string, string];
	xLabel: string;
	/** Right end of the axis when an interval's upper end is not reached. */
	xMax: number;
	width?: number;
	document?: Document;
	ariaDescription?: string;
}

export function quantileIntervalChart(rows: QuantileIntervalRow[], options: QuantileIntervalChartOptions): SVGSVGElement | HTMLElement {
	const frame = chartFrame(options.width ?? 720);
	const [first, second] = options.statistics;
	const colours = [ANALYSIS_PALETTE[0], ANALYSIS_PALETTE[2]];
	const drawn = rows.filter((r) => r.estimate !== null);
	const text = (r: QuantileIntervalRow) =>
		r.estimate === null ? `${r.statistic}: not reached` : `${Math.round(r.estimate)}${r.upper === null ? ' (upper limit not reached)' : ''}`;
	const axis = categoryAxis(options.groups, frame);
	const rowHeight = Math.max(50, axis.lines * frame.lineHeight + 10);
	const marginRight = 12;
	const plotWidth = frame.width - axis.marginLeft - marginRight;
	const key = (marginTop: number) =>
		seriesKey(
			[
				{ label: first, colour: colours[0]!, symbol: 'circle' },
				{ label: second, colour: colours[1]!, symbol: 'triangle' }
			],
			frame,
			{ marginLeft: axis.marginLeft, marginTop }
		);
	const marginTop = key(0).height + 6;
	const { marginBottom } = axisMargins(frame, { xLabel: true });
	const x = linearPixels([0, options.xMax], [0, plotWidth]);
	// A value's label goes right of its marker, or left of it where it would run off the plot.
	const fitsRight = (r: QuantileIntervalRow) => x.toPx(r.estimate ?? 0) + 8 + textWidth(text(r), frame.fontSize) <= plotWidth;
	// dy is a constant in Plot, so each statistic gets its own marks, the first above the row's centre, the second below.
	const marksFor = (statistic: string, dy: number) => {
		const own = drawn.filter((r) => r.statistic === statistic);
		const labelled = rows.filter((r) => r.statistic === statistic);
		return [
			Plot.link(own, {
				x1: (r: QuantileIntervalRow) => r.lower ?? 0,
				x2: (r: QuantileIntervalRow) => r.upper ?? options.xMax,
				y1: 'group',
				y2: 'group',
				dy,
				stroke: 'statistic',
				strokeWidth: 2
			}),
			Plot.dot(own, { x: 'estimate', y: 'group', dy, fill: 'statistic', symbol: 'statistic', r: 5 }),
			...[true, false].map((right) =>
				Plot.text(
					labelled.filter((r) => fitsRight(r) === right),
					{
						x: (r: QuantileIntervalRow) => r.estimate ?? 0,
						y: 'group',
						dy: dy * 2.3,
						text,
						textAnchor: right ? 'start' : 'end',
						dx: right ? 8 : -8,
						fill: (r: QuantileIntervalRow) => (r.statistic === first ? colours[0]! : colours[1]!)
					}
				)
			)
		];
	};
	return Plot.plot({
		document: options.document,
		width: frame.width,
		height: marginTop + rowHeight * options.groups.length + marginBottom,
		marginLeft: axis.marginLeft,
		marginRight,
		marginTop,
		marginBottom,
		style: frame.style,
		ariaDescription: options.ariaDescription,
		x: { label: options.xLabel, grid: true, domain: [0, options.xMax], ticks: tickCount(plotWidth, frame) },
		y: { domain: options.groups, label: null, tickFormat: axis.format, tickSize: 0 },
		color: { domain: [first, second], range: colours },
		symbol: { domain: [first, second], range: ['circle', 'triangle'] },
		marks: [...key(marginTop).marks, Plot.ruleX([13], { stroke: '#3D3D3D', strokeDasharray: '4,3' }), ...marksFor(first, -7), ...marksFor(second, 7)]
	});
}
