/**
 * One figure for an LA beside its statistical neighbours, region and England: a ranked dot chart. The selected LA is
 * marked by colour, a larger diamond (its only marker) and a bold name and value; England and the region are
 * reference rules with text labels above the plot, kept inside the frame and apart from each other.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, CONTEXT_GREY, textShade } from './palette';
import { anchorInside, axisMargins, categoryAxis, chartFrame, domainFittingLabels, linearPixels, textWidth, tickCount } from './frame';

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
	/** Kept for callers; the left margin is now measured from the labels. */
	marginLeft?: number;
}

export function comparisonChart(rows: ComparisonRow[], options: ComparisonChartOptions): SVGSVGElement | HTMLElement {
	const frame = chartFrame(options.width ?? 640);
	const areas = rows.filter((r) => r.role === 'selected' || r.role === 'neighbour');
	const drawn = areas.filter((r) => r.value !== null);
	const order = [...drawn].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).map((r) => r.label);
	// Areas without a published figure are listed at the bottom, labelled, rather than silently dropped.
	const missing = areas.filter((r) => r.value === null).map((r) => `${r.label} (not published)`);
	const selected = areas.find((r) => r.role === 'selected')?.label;
	const references = rows.filter((r) => (r.role === 'england' || r.role === 'region') && r.value !== null);
	const fmt = (v: number) => (options.percent ? `${v}%` : v.toLocaleString('en-GB'));
	const axis = categoryAxis([...order, ...missing], frame, { bold: true });
	const rowHeight = Math.max(26, axis.lines * frame.lineHeight + 8);
	const { marginBottom } = axisMargins(frame, { xLabel: true });
	// One line above the plot for each reference label (England, region).
	const marginTop = 10 + references.length * frame.lineHeight;
	const marginRight = 12;
	const plotWidth = frame.width - axis.marginLeft - marginRight;
	const valueGap = 12;
	const hi = domainFittingLabels(
		[
			...drawn.map((d) => ({ value: d.value!, labelPx: valueGap + textWidth(fmt(d.value!), frame.fontSize, d.role === 'selected') })),
			...references.map((r) => ({ value: r.value!, labelPx: 0 }))
		],
		0,
		Math.max(0, ...drawn.map((d) => d.value!), ...references.map((r) => r.value!)),
		plotWidth
	);
	const domain: [number, number] = [0, hi > 0 ? hi : 1];
	const x = linearPixels(domain, [axis.marginLeft, axis.marginLeft + plotWidth]);
	const referenceColour = (r: ComparisonRow) => (r.role === 'england' ? ANALYSIS_PALETTE[4] : ANALYSIS_PALETTE[1]);
	const referenceLabels = references.map((r, i) => {
		const text = `${r.label} ${fmt(r.value!)}`;
		return { ...r, text, y: 4 + (i + 0.5) * frame.lineHeight, ...anchorInside(x.toPx(r.value!), textWidth(text, frame.fontSize, true), 2, frame.width - 2) };
	});
	return Plot.plot({
		document: options.document,
		width: frame.width,
		height: marginTop + rowHeight * (order.length + missing.length) + marginBottom,
		marginLeft: axis.marginLeft,
		marginRight,
		marginTop,
		marginBottom,
		style: frame.style,
		ariaDescription: options.ariaDescription,
		x: { label: options.xLabel, grid: true, domain, ticks: tickCount(plotWidth, frame), tickFormat: options.percent ? (d: number) => `${d}%` : ',~s' },
		y: { label: null, domain: [...order, ...missing], axis: null },
		marks: [
			// The selected LA's name is bold; every other name is plain.
			Plot.axisY(
				[...order, ...missing].filter((l) => l !== selected),
				{ label: null, tickFormat: axis.format, tickSize: 0, lineHeight: 1.25 }
			),
			...(selected && order.includes(selected)
				? [Plot.axisY([selected], { label: null, tickFormat: axis.format, tickSize: 0, fontWeight: 'bold', fill: ANALYSIS_PALETTE[0], lineHeight: 1.25 })]
				: []),
			...references.map((r) => Plot.ruleX([r.value], { stroke: referenceColour(r), strokeDasharray: r.role === 'england' ? '6,3' : '2,3', strokeWidth: 2 })),
			...referenceLabels.map((l) =>
				Plot.text([l], {
					x: 'value',
					frameAnchor: 'top',
					dy: l.y - marginTop,
					dx: l.dx,
					textAnchor: l.textAnchor,
					text: 'text',
					fill: textShade(referenceColour(l)),
					fontWeight: 'bold'
				})
			),
			Plot.ruleY(drawn, {
				y: 'label',
				x1: 0,
				x2: 'value',
				stroke: (d: ComparisonRow) => (d.role === 'selected' ? ANALYSIS_PALETTE[0] : CONTEXT_GREY),
				strokeWidth: 2
			}),
			Plot.dot(drawn, {
				title: (d: ComparisonRow) => `${d.label}: ${fmt(d.value ?? 0)}`,
				x: 'value',
				y: 'label',
				r: (d: ComparisonRow) => (d.role === 'selected' ? 8 : 5),
				symbol: (d: ComparisonRow) => (d.role === 'selected' ? 'diamond' : 'circle'),
				fill: (d: ComparisonRow) => (d.role === 'selected' ? ANALYSIS_PALETTE[0] : '#6F777B')
			}),
			// A white halo keeps a value readable where a reference line runs through it.
			Plot.text(
				drawn.filter((d) => d.role !== 'selected'),
				{
					x: 'value',
					y: 'label',
					text: (d: ComparisonRow) => fmt(d.value ?? 0),
					dx: valueGap,
					textAnchor: 'start',
					fill: '#0b0c0c',
					stroke: 'white',
					strokeWidth: 4,
					paintOrder: 'stroke'
				}
			),
			Plot.text(
				drawn.filter((d) => d.role === 'selected'),
				{
					x: 'value',
					y: 'label',
					text: (d: ComparisonRow) => fmt(d.value ?? 0),
					dx: valueGap,
					textAnchor: 'start',
					fontWeight: 'bold',
					fill: ANALYSIS_PALETTE[0],
					stroke: 'white',
					strokeWidth: 4,
					paintOrder: 'stroke'
				}
			)
		]
	});
}
