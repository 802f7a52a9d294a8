/**
 * "Still waiting" curves (Kaplan–Meier): the share of referrals still waiting against weeks since referral, one
 * step line per group with its own colour, marker shape and a direct label at its end (moved apart so none
 * overlaps), and a labelled rule at the 13-week NICE standard.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, SERIES_SYMBOLS, textShade } from './palette';
import { axisMargins, chartFrame, endLabels, tickCount } from './frame';

export interface SurvivalPoint {
	group: string;
	week: number;
	/** % still waiting, 0–100. */
	stillWaiting: number;
}

export interface SurvivalChartOptions {
	groups: string[];
	width?: number;
	height?: number;
	document?: Document;
	ariaDescription?: string;
}

export function survivalChart(points: SurvivalPoint[], options: SurvivalChartOptions): SVGSVGElement | HTMLElement {
	const frame = chartFrame(options.width ?? 900);
	const groups = options.groups.slice(0, ANALYSIS_PALETTE.length);
	const colour = (group: string) => ANALYSIS_PALETTE[groups.indexOf(group)] ?? ANALYSIS_PALETTE[0];
	const height = options.height ?? (frame.narrow ? 320 : 360);
	const { marginTop, marginBottom } = axisMargins(frame, { xLabel: true, yLabel: true });
	// Labels sit at the end of each curve, in the right margin, where they can be moved apart.
	const ends = endLabels(
		groups.flatMap((g) => {
			const end = points.filter((p) => p.group === g).at(-1);
			return end ? [{ label: g, x: end.week, value: end.stillWaiting }] : [];
		}),
		frame,
		{ domain: [0, 100], top: marginTop, bottom: height - marginBottom }
	);
	const lastWeek = Math.max(13, ...points.map((p) => p.week));
	// Markers at about eight places along the curves keep the shapes readable without cluttering the steps.
	const every = Math.max(1, Math.round(lastWeek / 8 / 4) * 4);
	const markers = points.filter((p) => p.week % every === 0);
	const marginLeft = Math.ceil(frame.fontSize * 2.4) + 14;
	const plotWidth = frame.width - marginLeft - ends.marginRight;
	return Plot.plot({
		document: options.document,
		width: frame.width,
		height,
		marginRight: ends.marginRight,
		marginLeft,
		marginTop,
		marginBottom,
		style: frame.style,
		ariaDescription: options.ariaDescription,
		x: { label: 'Weeks since referral →', grid: true, domain: [0, lastWeek], ticks: tickCount(plotWidth, frame) },
		y: {
			label: '↑ Still waiting (%)',
			domain: [0, 100],
			grid: true,
			ticks: tickCount(height - marginTop - marginBottom, frame),
			tickFormat: (d: number) => `${d}%`
		},
		color: { domain: groups, range: ANALYSIS_PALETTE.slice(0, groups.length) },
		symbol: { domain: groups, range: SERIES_SYMBOLS.slice(0, groups.length) },
		marks: [
			Plot.ruleX([13], { stroke: '#3D3D3D', strokeDasharray: '4,3' }),
			// At the foot of the plot, where the curves (which start at 100%) have not yet come down to by week 13.
			Plot.text([13], {
				x: (d: number) => d,
				frameAnchor: 'bottom',
				text: () => '13 weeks (NICE)',
				...(lastWeek < 40 ? { dx: -4, textAnchor: 'end' as const } : { dx: 4, textAnchor: 'start' as const }),
				dy: -frame.lineHeight / 2 - 2,
				fill: '#3D3D3D'
			}),
			Plot.line(points, { x: 'week', y: 'stillWaiting', z: 'group', stroke: 'group', curve: 'step-after', strokeWidth: 2 }),
			Plot.dot(markers, { x: 'week', y: 'stillWaiting', fill: 'group', symbol: 'group', r: 4, stroke: 'white', strokeWidth: 0.75 }),
			...ends.marks((group) => textShade(colour(group))),
			Plot.tip(
				points,
				Plot.pointer({ x: 'week', y: 'stillWaiting', title: (d: SurvivalPoint) => `${d.group}, week ${d.week}: ${d.stillWaiting}% still waiting` })
			)
		]
	});
}
