/**
 * Horizontal bars for a few categories (facets, e.g. primary needs), one bar per group (e.g. an LA and England) in
 * each. Every bar is named on the axis and labelled with its value, so groups never depend on colour alone.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE } from './palette';

export interface GroupedBar {
	category: string;
	group: string;
	value: number | null;
}

export interface GroupedBarOptions {
	xLabel: string;
	percent?: boolean;
	width?: number;
	document?: Document;
	ariaDescription?: string;
}

export function groupedBarChart(rows: GroupedBar[], options: GroupedBarOptions): SVGSVGElement | HTMLElement {
	const groups = [...new Set(rows.map((r) => r.group))];
	const categories = [...new Set(rows.map((r) => r.category))];
	const drawn = rows.filter((r) => r.value !== null);
	const fmt = (v: number) => (options.percent ? `${v}%` : v.toLocaleString('en-GB'));
	return Plot.plot({
		document: options.document,
		width: options.width ?? 640,
		height: 40 + categories.length * (groups.length * 24 + 12),
		marginLeft: 150,
		marginRight: 60,
		style: { fontSize: '13px', fontFamily: 'inherit' },
		ariaDescription: options.ariaDescription,
		x: { label: options.xLabel, grid: true, tickFormat: options.percent ? (d: number) => `${d}%` : ',~s' },
		y: { domain: groups, label: null },
		fy: { domain: categories, label: null },
		color: { domain: groups, range: ANALYSIS_PALETTE.slice(0, groups.length) },
		marks: [
			Plot.barX(drawn, { x: 'value', y: 'group', fy: 'category', fill: 'group' }),
			Plot.text(drawn, { x: 'value', y: 'group', fy: 'category', text: (d: GroupedBar) => fmt(d.value ?? 0), dx: 4, textAnchor: 'start' }),
			Plot.ruleX([0])
		]
	});
}
