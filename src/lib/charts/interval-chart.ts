/**
 * Rates with 95% confidence intervals for an LA, its region, England and its statistical neighbours, in one or more
 * side-by-side panels (stacked when narrow; e.g. one per SEN provision group). Each area is a row; the interval is a horizontal line and
 * the rate a marker. The selected LA is a larger navy diamond with a bold value label; England and the region have
 * their own marker shapes and a dashed England reference line runs down each panel, so no role relies on colour.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, CONTEXT_GREY } from './palette';
import { axisMargins, categoryAxis, chartFrame, niceDomain, textWidth, tickCount } from './frame';

export interface IntervalRow {
	panel: string;
	label: string;
	role: 'selected' | 'neighbour' | 'region' | 'england';
	value: number | null;
	lower: number | null;
	upper: number | null;
}

export interface IntervalChartOptions {
	xLabel: string;
	/** Draws a reference line at 1 (for ratios) instead of at England's value. */
	ratio?: boolean;
	width?: number;
	document?: Document;
	ariaDescription?: string;
	/** Decimal places for the selected LA's label. */
	digits?: number;
}

const SHAPE = { selected: 'diamond', england: 'triangle', region: 'square', neighbour: 'circle' } as const;
const FILL = { selected: ANALYSIS_PALETTE[0], england: ANALYSIS_PALETTE[4], region: ANALYSIS_PALETTE[1], neighbour: '#6F777B' } as const;

/** The row that holds a stacked panel's name (never a real area: it starts with an invisible separator). */
const TITLE_ROW = '\u2063';

export function intervalChart(rows: IntervalRow[], options: IntervalChartOptions): SVGSVGElement | HTMLElement {
	const frame = chartFrame(options.width ?? 760);
	const panels = [...new Set(rows.map((r) => r.panel))];
	// Rows keep the caller's order (LA, region, England, neighbours by rank); areas without a figure stay, unmarked.
	const labels = [...new Set(rows.map((r) => r.label))];
	const drawn = rows.filter((r) => r.value !== null);
	const withInterval = drawn.filter((r) => r.lower !== null && r.upper !== null);
	const references = options.ratio
		? panels.map((panel) => ({ panel, value: 1 }))
		: rows.filter((r) => r.role === 'england' && r.value !== null).map((r) => ({ panel: r.panel, value: r.value! }));
	const digits = options.digits ?? 1;
	const stacked = frame.narrow && panels.length > 1;
	const axis = categoryAxis(labels, frame);
	const rowHeight = Math.max(26, axis.lines * frame.lineHeight + 8);
	const marginRight = 12;
	const gap = stacked ? 0 : 24;
	const panelWidth = stacked
		? frame.width - axis.marginLeft - marginRight
		: (frame.width - axis.marginLeft - marginRight - gap * (panels.length - 1)) / panels.length;
	const values = [...drawn.flatMap((r) => [r.value!, r.lower ?? r.value!, r.upper ?? r.value!]), ...references.map((r) => r.value)];
	const y = niceDomain(values, frame, { zero: true, count: tickCount(panelWidth, frame), format: String });
	// Room either side for the selected area's value, written centred above its marker.
	const labelPx = Math.max(0, ...drawn.filter((d) => d.role === 'selected').map((d) => textWidth(d.value!.toFixed(digits), frame.fontSize, true)));
	const pad = ((labelPx / 2 + 4) / Math.max(1, panelWidth)) * (y.domain[1] - y.domain[0]);
	const domain: [number, number] = [y.domain[0] < 0 ? y.domain[0] - pad : y.domain[0], y.domain[1] + pad];
	const { marginBottom } = axisMargins(frame, { xLabel: true });
	const marginTop = stacked || panels.length === 1 ? 8 : frame.lineHeight + 10;
	const facet = stacked ? { fy: 'panel' as const } : { fx: 'panel' as const };
	const height = marginTop + (stacked ? panels.length * (labels.length + 1) : labels.length) * rowHeight + marginBottom;
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
		x: { label: options.xLabel, grid: true, domain, ticks: tickCount(panelWidth, frame) },
		y: { label: null, domain: stacked ? [TITLE_ROW, ...labels] : labels, axis: null },
		marks: [
			Plot.frame({ stroke: CONTEXT_GREY }),
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
			Plot.ruleX(references, { ...facet, x: 'value', stroke: ANALYSIS_PALETTE[4], strokeDasharray: '6,3', strokeWidth: 1.5 }),
			Plot.ruleY(withInterval, {
				...facet,
				y: 'label',
				x1: 'lower',
				x2: 'upper',
				stroke: (d: IntervalRow) => (d.role === 'selected' ? ANALYSIS_PALETTE[0] : '#505a5f'),
				strokeWidth: (d: IntervalRow) => (d.role === 'selected' ? 3 : 1.5)
			}),
			Plot.dot(drawn, {
				...facet,
				x: 'value',
				y: 'label',
				r: (d: IntervalRow) => (d.role === 'selected' ? 7 : 4.5),
				symbol: (d: IntervalRow) => SHAPE[d.role],
				fill: (d: IntervalRow) => FILL[d.role],
				stroke: 'white'
			}),
			Plot.text(
				drawn.filter((d) => d.role === 'selected'),
				{
					...facet,
					x: 'value',
					y: 'label',
					text: (d: IntervalRow) => d.value!.toFixed(digits),
					dy: -Math.min(13, rowHeight / 2 - 2),
					stroke: 'white',
					strokeWidth: 4,
					paintOrder: 'stroke',
					fontWeight: 'bold',
					fill: ANALYSIS_PALETTE[0]
				}
			),
			Plot.tip(
				drawn,
				Plot.pointer({
					...facet,
					x: 'value',
					y: 'label',
					title: (d: IntervalRow) =>
						`${d.label} (${d.panel}): ${d.value!.toFixed(2)}${d.lower !== null && d.upper !== null ? ` (95% CI ${d.lower.toFixed(2)}–${d.upper.toFixed(2)})` : ''}`
				})
			)
		]
	});
}
