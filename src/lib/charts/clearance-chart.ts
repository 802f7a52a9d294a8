/**
 * Months to clear each list at recent rates: a bar where the list is shrinking, and the words "never — growing by N a
 * month" where it is not (no bar is drawn for a list that will not clear, so it cannot be misread as short).
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE } from './palette';

export interface ClearanceBar {
	label: string;
	/** Months to clear; null = never at these rates, or hidden. */
	months: number | null;
	text: string;
}

export function clearanceChart(rows: ClearanceBar[], options: { width?: number; document?: Document; ariaDescription?: string }): SVGSVGElement | HTMLElement {
	const max = Math.max(12, ...rows.map((r) => r.months ?? 0));
	return Plot.plot({
		document: options.document,
		width: options.width ?? 720,
		height: 50 + 36 * rows.length,
		marginLeft: 250,
		marginRight: 40,
		style: { fontSize: '13px', fontFamily: 'inherit', overflow: 'visible' },
		ariaDescription: options.ariaDescription,
		x: { label: 'Months to clear today’s list →', grid: true, domain: [0, max * 1.1] },
		y: { domain: rows.map((r) => r.label), label: null },
		marks: [
			Plot.barX(rows.filter((r) => r.months !== null), { x: 'months', y: 'label', fill: ANALYSIS_PALETTE[0] }),
			Plot.text(rows, { x: (r: ClearanceBar) => r.months ?? 0, y: 'label', text: 'text', dx: 6, textAnchor: 'start', fontWeight: 'bold', fill: (r: ClearanceBar) => (r.months === null ? ANALYSIS_PALETTE[2] : 'black') })
		]
	});
}
