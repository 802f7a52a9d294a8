/**
 * A few areas side by side on several percentages: one panel per measure, one row per area, a dot with its value
 * written beside it. A missing value is written as its symbol (e.g. "*") at the left of the panel, never drawn as 0.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, CONTEXT_GREY } from './palette';

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
	const present = rows.filter((r) => r.value !== null);
	const missing = rows.filter((r) => r.value === null).map((r) => ({ ...r, text: r.symbol ?? 'not published' }));
	return Plot.plot({
		document: options.document,
		width: options.width ?? 720,
		height: 40 + (30 * options.areas.length + 40) * options.measures.length,
		marginTop: 30,
		marginLeft: 260,
		marginRight: 50,
		style: { fontSize: '13px', fontFamily: 'inherit' },
		ariaDescription: options.ariaDescription,
		fy: { domain: options.measures, label: null, axis: null, padding: 0.35 },
		y: { domain: options.areas, label: null },
		x: { domain: [0, 100], label: '%', grid: true, tickFormat: (d: number) => `${d}%` },
		facet: { data: rows, y: 'measure', marginRight: 0 },
		marks: [
			Plot.frame({ stroke: CONTEXT_GREY }),
			Plot.ruleY(present, { fy: 'measure', y: 'area', x1: 0, x2: 'value', stroke: CONTEXT_GREY, strokeWidth: 2 }),
			Plot.dot(present, { fy: 'measure', y: 'area', x: 'value', r: 6, fill: ANALYSIS_PALETTE[0] }),
			Plot.text(present, { fy: 'measure', y: 'area', x: 'value', text: (d: SideBySideRow) => `${d.value}%`, dx: 10, textAnchor: 'start', fontWeight: 'bold' }),
			Plot.text(missing, { fy: 'measure', y: 'area', x: 0, text: 'text', dx: 4, textAnchor: 'start', fontStyle: 'italic' }),
			// The measure's name above its panel (a side axis would truncate long names).
			Plot.text(options.measures, { fy: (d: string) => d, text: (d: string) => d, frameAnchor: 'top-left', dy: -16, dx: -250, fontWeight: 'bold' })
		]
	});
}
