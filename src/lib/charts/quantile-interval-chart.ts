/**
 * Estimates with confidence intervals for a few groups: one row per group, a median (circle) and a 90th percentile
 * (triangle), each with its interval as a line and its value written beside it. A value not reached is written,
 * never drawn.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE } from './palette';

export interface QuantileIntervalRow {
	group: string;
	statistic: string;
	estimate: number | null;
	lower: number | null;
	upper: number | null;
}

export interface QuantileIntervalChartOptions {
	groups: string[];
	statistics: [string, string];
	xLabel: string;
	/** Right end of the axis when an interval's upper end is not reached. */
	xMax: number;
	width?: number;
	document?: Document;
	ariaDescription?: string;
}

export function quantileIntervalChart(rows: QuantileIntervalRow[], options: QuantileIntervalChartOptions): SVGSVGElement | HTMLElement {
	const [first, second] = options.statistics;
	const drawn = rows.filter((r) => r.estimate !== null);
	const text = (r: QuantileIntervalRow) => (r.estimate === null ? `${r.statistic}: not reached` : `${Math.round(r.estimate)}${r.upper === null ? ' (upper limit not reached)' : ''}`);
	// dy is a constant in Plot, so each statistic gets its own marks, the first above the row's centre, the second below.
	const marksFor = (statistic: string, dy: number) => {
		const own = drawn.filter((r) => r.statistic === statistic);
		return [
			Plot.link(own, { x1: (r: QuantileIntervalRow) => r.lower ?? 0, x2: (r: QuantileIntervalRow) => r.upper ?? options.xMax, y1: 'group', y2: 'group', dy, stroke: 'statistic', strokeWidth: 2 }),
			Plot.dot(own, { x: 'estimate', y: 'group', dy, fill: 'statistic', symbol: 'statistic', r: 5 }),
			Plot.text(
				rows.filter((r) => r.statistic === statistic),
				{ x: (r: QuantileIntervalRow) => r.estimate ?? 0, y: 'group', dy: dy * 2.3, text, textAnchor: 'start', dx: 8, fill: 'statistic' }
			)
		];
	};
	return Plot.plot({
		document: options.document,
		width: options.width ?? 720,
		height: 50 + 46 * options.groups.length,
		marginLeft: 210,
		marginRight: 40,
		style: { fontSize: '13px', fontFamily: 'inherit', overflow: 'visible' },
		ariaDescription: options.ariaDescription,
		x: { label: options.xLabel, grid: true, domain: [0, options.xMax] },
		y: { domain: options.groups, label: null },
		color: { domain: [first, second], range: [ANALYSIS_PALETTE[0], ANALYSIS_PALETTE[2]], legend: true },
		symbol: { domain: [first, second], range: ['circle', 'triangle'] },
		marks: [Plot.ruleX([13], { stroke: '#3D3D3D', strokeDasharray: '4,3' }), ...marksFor(first, -6), ...marksFor(second, 6)
		]
	});
}
