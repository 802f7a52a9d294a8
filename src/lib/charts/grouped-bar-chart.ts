/**
 * Horizontal bars for a few series (e.g. an LA, its region and England) across categories (settings, reasons, years).
 * Each category is a row of bars; every bar is labelled with its value and series name, so colour is never the only
 * signal. A figure that is not published is drawn as no bar, labelled with its symbol — never as zero. When narrow,
 * each category's name is written above its bars (wrapped), so the bars keep the full width.
 * Pure function of its data: renders in the browser and, given a server-side `document`, in Node.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE } from './palette';
import { axisMargins, categoryAxis, chartFrame, domainFittingLabels, textWidth, tickCount, wrapText } from './frame';
import { figureLabel } from '$lib/format/figure';

export interface GroupedBarRow {
	category: string;
	series: string;
	value: number | null;
	/** Shown in place of a missing value: a published symbol (c, x); none reads "not published". */
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
/** Rows of a category's band that hold its name when it is written above the bars (invisible separator + line). */
const titleRow = (i: number) => `\u2063${i}`;

export function groupedBarChart(rows: GroupedBarRow[], options: GroupedBarChartOptions): SVGSVGElement | HTMLElement {
	const frame = chartFrame(options.width ?? 860);
	const categories = options.categories ?? unique(rows.map((r) => r.category));
	const series = options.series ?? unique(rows.map((r) => r.series));
	const fmt = (v: number) => (options.percent ? `${Math.round(v * 10) / 10}%` : Math.round(v).toLocaleString('en-GB'));
	const label = (r: GroupedBarRow) => `${figureLabel({ value: r.value, symbol: r.missing }, fmt)}  ${r.series}`;
	const drawn = rows.filter((r) => r.value !== null);
	const max = Math.max(1, ...drawn.map((r) => r.value ?? 0));
	// Negative values (e.g. a surplus of places) extend left of zero; labels of those bars still sit right of zero.
	const min = Math.min(0, ...drawn.map((r) => r.value ?? 0));
	const above = frame.narrow;
	const axis = categoryAxis(categories, frame);
	const marginLeft = above ? 8 : axis.marginLeft;
	const marginRight = 12;
	const plotWidth = frame.width - marginLeft - marginRight;
	const titles = new Map(categories.map((c) => [c, wrapText(c, frame.width - 16, frame.fontSize, true)]));
	const titleLines = above ? Math.max(1, ...[...titles.values()].map((t) => t.length)) : 0;
	const barHeight = Math.max(18, frame.lineHeight + 4);
	const titleRows = Array.from({ length: Math.ceil((titleLines * frame.lineHeight) / barHeight) }, (_, i) => titleRow(i));
	const bandRows = titleRows.length + series.length;
	const bandHeight = Math.max(bandRows * barHeight, above ? 0 : axis.lines * frame.lineHeight + 4) + 22;
	const hi = domainFittingLabels(
		rows.map((r) => ({ value: Math.max(0, r.value ?? 0), labelPx: 5 + textWidth(label(r), frame.fontSize, r.series === series[0]) })),
		min,
		max,
		plotWidth,
		0
	);
	const { marginBottom } = axisMargins(frame, { xLabel: true });
	const marginTop = 10;
	return Plot.plot({
		document: options.document,
		width: frame.width,
		height: marginTop + categories.length * bandHeight + marginBottom,
		marginLeft,
		marginRight,
		marginTop,
		marginBottom,
		style: frame.style,
		ariaDescription: options.ariaDescription,
		x: {
			label: options.xLabel,
			grid: true,
			domain: [min, hi],
			ticks: tickCount(plotWidth, frame),
			tickFormat: options.percent ? (d: number) => `${d}%` : ',~s'
		},
		y: { axis: null, domain: [...titleRows, ...series], padding: 0.1 },
		fy: { label: null, domain: categories, padding: 22 / bandHeight, axis: null },
		facet: { label: null },
		color: { domain: series, range: ANALYSIS_PALETTE.slice(0, series.length) },
		marks: [
			above
				? Plot.text(categories, {
						fy: (d: string) => d,
						y: () => titleRows[0],
						text: (d: string) => titles.get(d)!.join('\n'),
						frameAnchor: 'left',
						dx: -marginLeft + 2,
						dy: -barHeight / 2,
						lineAnchor: 'top',
						textAnchor: 'start',
						fontWeight: 'bold',
						lineHeight: 1.25
					})
				: Plot.axisFy({ anchor: 'left', label: null, tickFormat: axis.format, textAnchor: 'end', tickSize: 0, lineHeight: 1.25 }),
			Plot.barX(drawn, {
				x: 'value',
				y: 'series',
				fy: 'category',
				fill: 'series',
				title: (r: GroupedBarRow) => `${r.category}, ${r.series}: ${figureLabel({ value: r.value }, fmt)}`
			}),
			// The first series (the selected area) is labelled in bold.
			...[true, false].map((first) =>
				Plot.text(
					rows.filter((r) => (r.series === series[0]) === first),
					{
						x: (r: GroupedBarRow) => Math.max(0, r.value ?? 0),
						y: 'series',
						fy: 'category',
						text: label,
						dx: 5,
						textAnchor: 'start',
						fill: '#0b0c0c',
						fontWeight: first ? 'bold' : 'normal'
					}
				)
			),
			Plot.ruleX([0])
		]
	});
}
