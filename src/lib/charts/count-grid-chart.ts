/**
 * A grid of counts (rows × columns) with each count written in its cell, shaded by size. Suppressed cells show their
 * symbol ("c") on white, so shading is never the only signal and a hidden count is never drawn as 0.
 */
import * as Plot from '@observablehq/plot';

export interface GridCell {
	row: string;
	column: string;
	value: number | null;
	symbol: string | null;
}

export interface CountGridOptions {
	rows: string[];
	columns: string[];
	width?: number;
	document?: Document;
	ariaDescription?: string;
}

export function countGridChart(cells: GridCell[], options: CountGridOptions): SVGSVGElement | HTMLElement {
	const shown = cells.filter((c) => c.value !== null);
	const max = Math.max(1, ...shown.map((c) => c.value ?? 0));
	return Plot.plot({
		document: options.document,
		width: options.width ?? 900,
		height: 60 + 40 * options.rows.length,
		marginLeft: 250,
		marginTop: 40,
		style: { fontSize: '13px', fontFamily: 'inherit' },
		ariaDescription: options.ariaDescription,
		x: { domain: options.columns, axis: 'top', label: null },
		y: { domain: options.rows, label: null },
		color: { type: 'linear', domain: [0, max], range: ['#F3F2F1', '#12436D'] },
		marks: [
			Plot.cell(cells, { x: 'column', y: 'row', fill: (c: GridCell) => (c.value === null ? null : c.value), stroke: '#B1B4B6', inset: 1 }),
			Plot.text(cells, {
				x: 'column',
				y: 'row',
				text: (c: GridCell) => (c.value === null ? (c.symbol ?? '') : c.value.toLocaleString('en-GB')),
				fill: (c: GridCell) => (c.value !== null && c.value > max * 0.55 ? 'white' : 'black'),
				fontWeight: 'bold'
			})
		]
	});
}
