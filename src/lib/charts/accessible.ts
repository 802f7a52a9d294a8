/**
 * Plot labels each mark's <g> with aria-label (e.g. "y-axis tick"), which ARIA prohibits on an element with no role
 * (axe: aria-prohibited-attr). The chart's accessible name and description are on its figure and SVG, so the marks'
 * labels are removed.
 */
export function stripMarkLabels<T extends Element>(chart: T): T {
	for (const g of chart.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
	return chart;
}
