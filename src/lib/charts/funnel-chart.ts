/**
 * Funnel plot: each area's proportion against its denominator, with 95% and 99.8% control limits around a target
 * (usually England), so a small area is not called an outlier by chance. The highlighted areas are drawn larger, in
 * the first palette colour, with a text label; limits are labelled on the chart, not only by colour or dash.
 */
import * as Plot from '@observablehq/plot';
import { funnelCurve } from '$lib/stats/proportion';
import { ANALYSIS_PALETTE, CONTEXT_GREY, textShade } from './palette';
import { axisMargins, chartFrame, linearPixels, spreadLabels, textWidth, tickCount } from './frame';

export interface FunnelPoint {
	label: string;
	/** Denominator (e.g. plans issued, open referrals). */
	n: number;
	/** Proportion 0–1. */
	p: number;
	highlight?: boolean;
}

export interface FunnelChartOptions {
	/** Target proportion 0–1 (e.g. England's). */
	target: number;
	targetLabel: string;
	xLabel: string;
	yLabel: string;
	width?: number;
	height?: number;
	document?: Document;
	ariaDescription?: string;
}

export function funnelChart(points: FunnelPoint[], options: FunnelChartOptions): SVGSVGElement | HTMLElement {
	const frame = chartFrame(options.width ?? 640);
	const ns = points.map((d) => d.n).filter((n) => n > 0);
	const nLo = Math.min(...ns) * 0.8;
	const nHi = Math.max(...ns) * 1.1;
	const curve = funnelCurve(options.target, nLo, nHi);
	const pct = (v: number) => v * 100;
	const last = curve[curve.length - 1]!;
	const height = options.height ?? (frame.narrow ? 340 : 380);
	const { marginTop, marginBottom } = axisMargins(frame, { xLabel: true, yLabel: true });
	const y = linearPixels([0, 100], [height - marginBottom, marginTop]);
	// The limits' and the target's labels at the right end, moved apart where the limits converge.
	const rightLabels = [
		{ p: options.target, text: options.targetLabel, fill: ANALYSIS_PALETTE[4] },
		{ p: last.upper998, text: '99.8%', fill: ANALYSIS_PALETTE[2] },
		{ p: last.upper95, text: '95%', fill: textShade(ANALYSIS_PALETTE[1]) },
		{ p: last.lower95, text: '95%', fill: textShade(ANALYSIS_PALETTE[1]) },
		{ p: last.lower998, text: '99.8%', fill: ANALYSIS_PALETTE[2] }
	];
	const spread = spreadLabels(
		rightLabels.map((l) => ({ at: y.toPx(pct(l.p)), size: frame.lineHeight })),
		2,
		height - marginBottom + frame.lineHeight / 2
	);
	const placedRight = rightLabels.map((l, i) => ({ ...l, n: last.n, at: y.fromPx(spread[i]!) }));
	const marginRight = Math.ceil(6 + Math.max(...rightLabels.map((l) => textWidth(l.text, frame.fontSize))) + 6);
	const marginLeft = Math.ceil(textWidth('100%', frame.fontSize)) + 14;
	const plotWidth = frame.width - marginLeft - marginRight;
	const x = { toPx: (n: number) => (Math.log(n / nLo) / Math.log(nHi / nLo)) * plotWidth, fromPx: (px: number) => nLo * (nHi / nLo) ** (px / plotWidth) };
	// The highlighted areas' names: right of their marker, or left of it near the right edge, never past the chart's
	// edges; moved apart vertically.
	const highlighted = points.filter((d) => d.highlight);
	const names = highlighted.map((d) => ({ ...d, width: textWidth(d.label, frame.fontSize, true) }));
	const spreadNames = spreadLabels(
		names.map((d) => ({ at: y.toPx(pct(d.p)), size: frame.lineHeight })),
		marginTop,
		height - marginBottom
	);
	const startPx = (d: (typeof names)[number]) => {
		const px = x.toPx(d.n);
		const wanted = px + 10 + d.width <= plotWidth ? px + 10 : px - 10 - d.width;
		return Math.min(Math.max(wanted, 2 - marginLeft), plotWidth + marginRight - 2 - d.width);
	};
	const placedNames = names.map((d, i) => ({ ...d, at: y.fromPx(spreadNames[i]!), from: x.fromPx(startPx(d)) }));
	return Plot.plot({
		document: options.document,
		width: frame.width,
		height,
		marginRight,
		marginLeft,
		marginTop,
		marginBottom,
		style: frame.style,
		ariaDescription: options.ariaDescription,
		x: { type: 'log', label: options.xLabel, grid: true, domain: [nLo, nHi], ticks: tickCount(plotWidth, frame), tickFormat: ',~s' },
		y: { label: options.yLabel, grid: true, domain: [0, 100], ticks: tickCount(height - marginTop - marginBottom, frame), tickFormat: (d: number) => `${d}%` },
		marks: [
			Plot.ruleY([pct(options.target)], { stroke: ANALYSIS_PALETTE[4], strokeWidth: 1.5 }),
			Plot.line(curve, { x: 'n', y: (d) => pct(d.upper95), stroke: ANALYSIS_PALETTE[1], strokeDasharray: '5,3' }),
			Plot.line(curve, { x: 'n', y: (d) => pct(d.lower95), stroke: ANALYSIS_PALETTE[1], strokeDasharray: '5,3' }),
			Plot.line(curve, { x: 'n', y: (d) => pct(d.upper998), stroke: ANALYSIS_PALETTE[2], strokeDasharray: '1,3', strokeWidth: 2 }),
			Plot.line(curve, { x: 'n', y: (d) => pct(d.lower998), stroke: ANALYSIS_PALETTE[2], strokeDasharray: '1,3', strokeWidth: 2 }),
			Plot.text(placedRight, { x: 'n', y: 'at', text: 'text', textAnchor: 'start', dx: 6, fill: (d: { fill: string }) => d.fill }),
			Plot.dot(
				points.filter((d) => !d.highlight),
				{ x: 'n', y: (d) => pct(d.p), r: 3, fill: CONTEXT_GREY, stroke: '#6F777B' }
			),
			Plot.dot(highlighted, { x: 'n', y: (d) => pct(d.p), r: 7, symbol: 'diamond', fill: ANALYSIS_PALETTE[0], stroke: 'white' }),
			Plot.text(placedNames, {
				x: 'from',
				y: 'at',
				text: 'label',
				textAnchor: 'start',
				fontWeight: 'bold',
				fill: ANALYSIS_PALETTE[0],
				stroke: 'white',
				strokeWidth: 3,
				paintOrder: 'stroke'
			}),
			Plot.tip(
				points,
				Plot.pointer({ x: 'n', y: (d) => pct(d.p), title: (d: FunnelPoint) => `${d.label}: ${(d.p * 100).toFixed(1)}% of ${d.n.toLocaleString('en-GB')}` })
			)
		]
	});
}
