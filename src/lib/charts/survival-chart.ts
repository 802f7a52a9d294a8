/**
 * "Still waiting" curves (Kaplan–Meier): the share of referrals still waiting against weeks since referral, one
 * step line per group with its own colour, marker shape and a direct label at its end, and a labelled rule at the
 * 13-week NICE standard.
 */
import * as Plot from '@observablehq/plot';
import { ANALYSIS_PALETTE, SERIES_SYMBOLS } from './palette';

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
	const groups = options.groups.slice(0, ANALYSIS_PALETTE.length);
	// Labels sit where each curve crosses 50% (the median), where the curves are furthest apart; at the end of the
	// curve if it never gets there.
	const ends = groups.flatMap((g) => {
		const own = points.filter((p) => p.group === g);
		const at = own.find((p) => p.stillWaiting <= 50) ?? own[own.length - 1];
		return at ? [at] : [];
	});
	// Markers every 16 weeks keep the shapes readable without cluttering the steps.
	const markers = points.filter((p) => p.week % 16 === 0);
	return Plot.plot({
		document: options.document,
		width: options.width ?? 900,
		height: options.height ?? 360,
		marginRight: 40,
		marginLeft: 56,
		style: { fontSize: '13px', fontFamily: 'inherit', overflow: 'visible' },
		ariaDescription: options.ariaDescription,
		x: { label: 'Weeks since referral →', grid: true },
		y: { label: '↑ Still waiting (%)', domain: [0, 100], grid: true, tickFormat: (d: number) => `${d}%` },
		color: { domain: groups, range: ANALYSIS_PALETTE.slice(0, groups.length) },
		symbol: { domain: groups, range: SERIES_SYMBOLS.slice(0, groups.length) },
		marks: [
			Plot.ruleX([13], { stroke: '#3D3D3D', strokeDasharray: '4,3' }),
			Plot.text([13], { x: (d: number) => d, frameAnchor: 'bottom', text: () => '13 weeks (NICE)', dx: 4, textAnchor: 'start', dy: -8 }),
			Plot.line(points, { x: 'week', y: 'stillWaiting', z: 'group', stroke: 'group', curve: 'step-after', strokeWidth: 2 }),
			Plot.dot(markers, { x: 'week', y: 'stillWaiting', fill: 'group', symbol: 'group', r: 4, stroke: 'white', strokeWidth: 0.75 }),
			Plot.text(ends, { x: 'week', y: 'stillWaiting', text: 'group', dx: 8, dy: -4, textAnchor: 'start', fill: 'group', fontWeight: 'bold', stroke: 'white', strokeWidth: 3, paintOrder: 'stroke' }),
			Plot.tip(points, Plot.pointer({ x: 'week', y: 'stillWaiting', title: (d: SurvivalPoint) => `${d.group}, week ${d.week}: ${d.stillWaiting}% still waiting` }))
		]
	});
}
