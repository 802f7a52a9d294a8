/**
 * A grid of counts (rows × columns) with each count written in its cell, shaded by size. Suppressed cells show their
 * symbol ("c") on white, so shading is never the only signal and a hidden count is never drawn as 0.
 */
import * as Plot from '@observablehq/plot';
import { categoryAxis, chartFrame, wrapText } from './frame';

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
	const frame = chartFrame(options.width ?? 900);
	const shown = cells.filter((c) => c.value !== null);
	const max = Math.max(1, ...shown.map((c) => c.value ?? 0));
	const axis = categoryAxis(options.rows, frame);
	const marginRight = 8;
	const columnWidth = (frame.width - axis.marginLeft - marginRight) / Math.max(1, options.columns.length);
	// Column names wrap to their column's width, so neighbouring names never run into each other.
	const columnNames = new Map(options.columns.map((c) => [c, wrapText(c, columnWidth - 8, frame.fontSize).join('\n')]));
	const columnLines = Math.max(1, ...[...columnNames.values()].map((n) => n.split('\n').length));
	const rowHeight = Math.max(40, axis.lines * frame.lineHeight + 10);
	const marginTop = columnLines * frame.lineHeight + 14;
	return Plot.plot({
		document: options.document,
		width: frame.width,
		height: marginTop + rowHeight * options.rows.length + 10,
		marginLeft: axis.marginLeft,
		marginRight,
		marginTop,
		marginBottom: 10,
		style: frame.style,
		ariaDescription: options.ariaDescription,
		x: { domain: options.columns, axis: 'top', label: null, tickFormat: (c: string) => columnNames.get(c) ?? c, tickSize: 0 },
		y: { domain: options.rows, label: null, tickFormat: axis.format, tickSize: 0 },
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
