/**
 * Rates with 95% confidence intervals for an LA, its region, England and its statistical neighbours, in one or more
 * side-by-side panels (e.g. one per SEN provision group). Each area is a row; the interval is a horizontal line and
 * the rate a marker. The selected LA is a larger navy diamond with a bold value label; England and the region have
 * their own marker shapes and a dashed England reference line runs down each panel, so no role relies on colour.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, CONTEXT_GREY } from './palette';

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

export function intervalChart(rows: IntervalRow[], options: IntervalChartOptions): SVGSVGElement | HTMLElement {
	const panels = [...new Set(rows.map((r) => r.panel))];
	// Rows keep the caller's order (LA, region, England, neighbours by rank); areas without a figure stay, unmarked.
	const labels = [...new Set(rows.map((r) => r.label))];
	const drawn = rows.filter((r) => r.value !== null);
	const withInterval = drawn.filter((r) => r.lower !== null && r.upper !== null);
	const references = options.ratio
		? panels.map((panel) => ({ panel, value: 1 }))
		: rows.filter((r) => r.role === 'england' && r.value !== null).map((r) => ({ panel: r.panel, value: r.value! }));
	const digits = options.digits ?? 1;
	const width = options.width ?? 760;
	return Plot.plot({
		document: options.document,
		width,
		height: 50 + 24 * labels.length + 40,
		marginLeft: 230,
		marginRight: 20,
		marginTop: 30,
		style: { fontSize: '13px', fontFamily: 'inherit' },
		ariaDescription: options.ariaDescription,
		fx: { domain: panels, label: null, padding: 0.12 },
		x: { label: options.xLabel, grid: true, zero: true, nice: true, ticks: 4 },
		y: { label: null, domain: labels },
		marks: [
			Plot.frame({ stroke: CONTEXT_GREY }),
			Plot.ruleX(references, { fx: 'panel', x: 'value', stroke: ANALYSIS_PALETTE[4], strokeDasharray: '6,3', strokeWidth: 1.5 }),
			Plot.ruleY(withInterval, { fx: 'panel', y: 'label', x1: 'lower', x2: 'upper', stroke: (d: IntervalRow) => (d.role === 'selected' ? ANALYSIS_PALETTE[0] : '#505a5f'), strokeWidth: (d: IntervalRow) => (d.role === 'selected' ? 3 : 1.5) }),
			Plot.dot(drawn, {
				fx: 'panel',
				x: 'value',
				y: 'label',
				r: (d: IntervalRow) => (d.role === 'selected' ? 7 : 4.5),
				symbol: (d: IntervalRow) => SHAPE[d.role],
				fill: (d: IntervalRow) => FILL[d.role],
				stroke: 'white'
			}),
			Plot.text(drawn.filter((d) => d.role === 'selected'), {
				fx: 'panel',
				x: 'value',
				y: 'label',
				text: (d: IntervalRow) => d.value!.toFixed(digits),
				dy: -13,
				stroke: 'white',
				strokeWidth: 4,
				paintOrder: 'stroke',
				fontWeight: 'bold',
				fill: ANALYSIS_PALETTE[0]
			}),
			Plot.tip(
				drawn,
				Plot.pointer({
					fx: 'panel',
					x: 'value',
					y: 'label',
					title: (d: IntervalRow) => `${d.label} (${d.panel}): ${d.value!.toFixed(2)}${d.lower !== null && d.upper !== null ? ` (95% CI ${d.lower.toFixed(2)}–${d.upper.toFixed(2)})` : ''}`
				})
			)
		]
	});
}
