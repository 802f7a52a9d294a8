/**
 * Funnel plot: each area's proportion against its denominator, with 95% and 99.8% control limits around a target
 * (usually England), so a small area is not called an outlier by chance. The highlighted areas are drawn larger, in
 * the first palette colour, with a text label; limits are labelled on the chart, not only by colour or dash.
 */
import * as Plot from '@observablehq/plot';
import { funnelCurve } from '$lib/stats/proportion';
import { ANALYSIS_PALETTE, CONTEXT_GREY } from './palette';

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
	const ns = points.map((d) => d.n).filter((n) => n > 0);
	const curve = funnelCurve(options.target, Math.min(...ns) * 0.8, Math.max(...ns) * 1.1);
	const pct = (v: number) => v * 100;
	const last = curve[curve.length - 1]!;
	const limitLabels = [
		{ n: last.n, p: last.upper998, text: '99.8%' },
		{ n: last.n, p: last.upper95, text: '95%' },
		{ n: last.n, p: last.lower95, text: '95%' },
		{ n: last.n, p: last.lower998, text: '99.8%' }
	];
	const highlighted = points.filter((d) => d.highlight);
	return Plot.plot({
		document: options.document,
		width: options.width ?? 640,
		height: options.height ?? 380,
		marginRight: 60,
		marginLeft: 56,
		style: { fontSize: '13px', fontFamily: 'inherit', overflow: 'visible' },
		ariaDescription: options.ariaDescription,
		x: { type: 'log', label: options.xLabel, grid: true, tickFormat: ',~s' },
		y: { label: options.yLabel, grid: true, domain: [0, 100], tickFormat: (d: number) => `${d}%` },
		marks: [
			Plot.ruleY([pct(options.target)], { stroke: ANALYSIS_PALETTE[4], strokeWidth: 1.5 }),
			Plot.text([{ n: last.n, p: options.target }], { x: 'n', y: (d: { p: number }) => pct(d.p), text: () => options.targetLabel, textAnchor: 'start', dx: 6, fill: ANALYSIS_PALETTE[4] }),
			Plot.line(curve, { x: 'n', y: (d) => pct(d.upper95), stroke: ANALYSIS_PALETTE[1], strokeDasharray: '5,3' }),
			Plot.line(curve, { x: 'n', y: (d) => pct(d.lower95), stroke: ANALYSIS_PALETTE[1], strokeDasharray: '5,3' }),
			Plot.line(curve, { x: 'n', y: (d) => pct(d.upper998), stroke: ANALYSIS_PALETTE[2], strokeDasharray: '1,3', strokeWidth: 2 }),
			Plot.line(curve, { x: 'n', y: (d) => pct(d.lower998), stroke: ANALYSIS_PALETTE[2], strokeDasharray: '1,3', strokeWidth: 2 }),
			Plot.text(limitLabels, { x: 'n', y: (d) => pct(d.p), text: 'text', textAnchor: 'start', dx: 6, fill: ANALYSIS_PALETTE[2] }),
			Plot.dot(points.filter((d) => !d.highlight), { x: 'n', y: (d) => pct(d.p), r: 3, fill: CONTEXT_GREY, stroke: '#6F777B' }),
			Plot.dot(highlighted, { x: 'n', y: (d) => pct(d.p), r: 7, symbol: 'diamond', fill: ANALYSIS_PALETTE[0], stroke: 'white' }),
			Plot.text(highlighted, { x: 'n', y: (d) => pct(d.p), text: 'label', dx: 10, textAnchor: 'start', fontWeight: 'bold', fill: ANALYSIS_PALETTE[0] }),
			Plot.tip(points, Plot.pointer({ x: 'n', y: (d) => pct(d.p), title: (d: FunnelPoint) => `${d.label}: ${(d.p * 100).toFixed(1)}% of ${d.n.toLocaleString('en-GB')}` }))
		]
	});
}
