/**
 * Horizontal bars for categories, in one or more side-by-side panels, each bar labelled with its value. A suppressed
 * or missing value draws no bar and is labelled with its text (e.g. "c"), so it is never read as zero.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE } from './palette';

export interface BarRow {
	panel: string;
	label: string;
	value: number | null;
	/** What the label says: the formatted value, or a symbol such as "c". */
	text: string;
}

export interface BarChartOptions {
	xLabel: string;
	width?: number;
	/** Room for the category labels (default 170 px). */
	marginLeft?: number;
	document?: Document;
	ariaDescription?: string;
}

export function barChart(rows: BarRow[], options: BarChartOptions): SVGSVGElement | HTMLElement {
	const panels = [...new Set(rows.map((r) => r.panel))];
	const labels = [...new Set(rows.map((r) => r.label))];
	const drawn = rows.filter((r) => r.value !== null);
	return Plot.plot({
		document: options.document,
		width: options.width ?? 760,
		height: 50 + 26 * labels.length + 40,
		marginLeft: options.marginLeft ?? 170,
		marginRight: 50,
		marginTop: 30,
		style: { fontSize: '13px', fontFamily: 'inherit', overflow: 'visible' },
		ariaDescription: options.ariaDescription,
		fx: { domain: panels, label: null, padding: 0.2 },
		x: { label: options.xLabel, grid: true, zero: true, nice: true, ticks: 4 },
		y: { label: null, domain: labels },
		marks: [
			Plot.barX(drawn, { fx: 'panel', y: 'label', x: 'value', fill: ANALYSIS_PALETTE[0] }),
			Plot.text(rows, { fx: 'panel', y: 'label', x: (d: BarRow) => d.value ?? 0, text: 'text', dx: 4, textAnchor: 'start' }),
			Plot.ruleX([0])
		]
	});
}
