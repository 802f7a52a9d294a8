/**
 * One figure for an LA beside its statistical neighbours, region and England: a ranked dot chart. The selected LA is
 * marked by colour, a larger diamond and a bold label; England and the region are reference rules with text labels.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, CONTEXT_GREY } from './palette';

export interface ComparisonRow {
	label: string;
	value: number | null;
	role: 'selected' | 'neighbour' | 'region' | 'england';
}

export interface ComparisonChartOptions {
	xLabel: string;
	percent?: boolean;
	width?: number;
	document?: Document;
	ariaDescription?: string;
	/** Room for the area labels (default 210); long NHS names need more. */
	marginLeft?: number;
}

export function comparisonChart(rows: ComparisonRow[], options: ComparisonChartOptions): SVGSVGElement | HTMLElement {
	const areas = rows.filter((r) => r.role === 'selected' || r.role === 'neighbour');
	const drawn = areas.filter((r) => r.value !== null);
	const order = [...drawn].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).map((r) => r.label);
	// Areas without a published figure are listed at the bottom, labelled, rather than silently dropped.
	const missing = areas.filter((r) => r.value === null).map((r) => `${r.label} (not published)`);
	const references = rows.filter((r) => (r.role === 'england' || r.role === 'region') && r.value !== null);
	const fmt = (v: number) => (options.percent ? `${v}%` : v.toLocaleString('en-GB'));
	return Plot.plot({
		document: options.document,
		width: options.width ?? 640,
		height: 40 + 26 * (order.length + missing.length) + 30,
		marginLeft: options.marginLeft ?? 210,
		marginRight: 40,
		marginTop: 40,
		style: { fontSize: '13px', fontFamily: 'inherit' },
		ariaDescription: options.ariaDescription,
		x: { label: options.xLabel, grid: true, zero: true, tickFormat: options.percent ? (d: number) => `${d}%` : ',~s' },
		y: { label: null, domain: [...order, ...missing], tickFormat: (d: string) => d },
		marks: [
			...references.map((r) =>
				Plot.ruleX([r.value], { stroke: r.role === 'england' ? ANALYSIS_PALETTE[4] : ANALYSIS_PALETTE[1], strokeDasharray: r.role === 'england' ? '6,3' : '2,3', strokeWidth: 2 })
			),
			...references.map((r, i) =>
				Plot.text([r], { x: 'value', frameAnchor: 'top', dy: -28 + i * 14, text: (d: ComparisonRow) => `${d.label} ${fmt(d.value ?? 0)}`, fill: r.role === 'england' ? ANALYSIS_PALETTE[4] : ANALYSIS_PALETTE[1], fontWeight: 'bold' })
			),
			Plot.ruleY(drawn, { y: 'label', x1: 0, x2: 'value', stroke: (d: ComparisonRow) => (d.role === 'selected' ? ANALYSIS_PALETTE[0] : CONTEXT_GREY), strokeWidth: 2 }),
			Plot.dot(drawn, {
				title: (d: ComparisonRow) => `${d.label}: ${fmt(d.value ?? 0)}`,
				x: 'value',
				y: 'label',
				r: (d: ComparisonRow) => (d.role === 'selected' ? 8 : 5),
				symbol: (d: ComparisonRow) => (d.role === 'selected' ? 'diamond' : 'circle'),
				fill: (d: ComparisonRow) => (d.role === 'selected' ? ANALYSIS_PALETTE[0] : '#6F777B')
			}),
			Plot.text(drawn.filter((d) => d.role !== 'selected'), { x: 'value', y: 'label', text: (d: ComparisonRow) => fmt(d.value ?? 0), dx: 12, textAnchor: 'start' }),
			Plot.text(drawn.filter((d) => d.role === 'selected'), { x: 'value', y: 'label', text: (d: ComparisonRow) => `${fmt(d.value ?? 0)} ◆ ${d.label}`, dx: 12, textAnchor: 'start', fontWeight: 'bold', fill: ANALYSIS_PALETTE[0] })
		]
	});
}
