/**
 * Horizontal bars for a few series (e.g. an LA, its region and England) across categories (settings, reasons, years).
 * Each category is a row of bars; every bar is labelled with its value and series name, so colour is never the only
 * signal. A figure that is not published is drawn as no bar, labelled with its symbol — never as zero.
 * Pure function of its data: renders in the browser and, given a server-side `document`, in Node.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE } from './palette';

export interface GroupedBarRow {
	category: string;
	series: string;
	value: number | null;
	/** Shown in place of a missing value: a published symbol (c, x) or 'not published'. */
	missing?: string | null;
}

export interface GroupedBarChartOptions {
	xLabel: string;
	percent?: boolean;
	/** Category order (top to bottom); defaults to first appearance. */
	categories?: string[];
	/** Series order; the first is drawn bold (the selected area). */
	series?: string[];
	width?: number;
	document?: Document;
	ariaDescription?: string;
}

const unique = (xs: string[]) => [...new Set(xs)];

export function groupedBarChart(rows: GroupedBarRow[], options: GroupedBarChartOptions): SVGSVGElement | HTMLElement {
	const categories = options.categories ?? unique(rows.map((r) => r.category));
	const series = options.series ?? unique(rows.map((r) => r.series));
	const fmt = (v: number) => (options.percent ? `${Math.round(v * 10) / 10}%` : Math.round(v).toLocaleString('en-GB'));
	const label = (r: GroupedBarRow) => `${r.value === null ? (r.missing ?? 'not published') : fmt(r.value)}  ${r.series}`;
	const drawn = rows.filter((r) => r.value !== null);
	const max = Math.max(1, ...drawn.map((r) => r.value ?? 0));
	// Negative values (e.g. a surplus of places) extend left of zero; labels of those bars still sit right of zero.
	const min = Math.min(0, ...drawn.map((r) => r.value ?? 0));
	const barHeight = 18;
	const width = options.width ?? 860;
	// Leave room right of the longest bar for the longest label (about 7px a character at 13px).
	const plotWidth = width - 230 - 20;
	const labelPx = Math.min(plotWidth / 2, 7 * Math.max(...rows.map((r) => label(r).length)));
	const span = (max - min) * (plotWidth / (plotWidth - labelPx));
	return Plot.plot({
		document: options.document,
		width,
		height: 50 + categories.length * (series.length * barHeight + 22),
		marginLeft: 230,
		marginRight: 20,
		marginTop: 10,
		marginBottom: 40,
		style: { fontSize: '13px', fontFamily: 'inherit' },
		ariaDescription: options.ariaDescription,
		// Room to the right of the longest bar for its label.
		x: { label: options.xLabel, grid: true, domain: [min, min + span], tickFormat: options.percent ? (d: number) => `${d}%` : ',~s' },
		y: { axis: null, domain: series, padding: 0.1 },
		fy: { label: null, domain: categories, padding: 0.25 },
		facet: { label: null },
		color: { domain: series, range: ANALYSIS_PALETTE.slice(0, series.length) },
		marks: [
			Plot.axisFy({ anchor: 'left', label: null, lineWidth: 14, textAnchor: 'end', tickSize: 0 }),
			Plot.barX(drawn, { x: 'value', y: 'series', fy: 'category', fill: 'series', title: (r: GroupedBarRow) => `${r.category}, ${r.series}: ${r.value === null ? 'not published' : fmt(r.value)}` }),
			// The first series (the selected area) is labelled in bold.
			...[true, false].map((first) =>
				Plot.text(
					rows.filter((r) => (r.series === series[0]) === first),
					{ x: (r: GroupedBarRow) => Math.max(0, r.value ?? 0), y: 'series', fy: 'category', text: label, dx: 5, textAnchor: 'start', fill: '#0b0c0c', fontWeight: first ? 'bold' : 'normal' }
				)
			),
			Plot.ruleX([0])
		]
	});
}
