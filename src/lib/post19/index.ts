/** The 19–25 section's chart specs, in page order. */
import type { ChartSpec } from '$lib/charts/spec';
import type { Post19Input } from './chart-helpers';
import { ceasedChart, destinationCharts, neetCharts, settingsChart, workBasedChart } from './outcome-charts';
import { ceasingRatesChart, gapByNeedChart, gapByQuadrantChart, projectedGapChart, type GapChartInput } from './gap-charts';
import { ageGroupChart, shareNeighboursChart, shareTrendChart } from './published-charts';
import { qualityChart } from './quality-chart';

export type { Post19Input } from './chart-helpers';
export type { GapChartInput } from './gap-charts';

export function post19PublishedCharts(input: Post19Input): ChartSpec[] {
	const la = input.comparators.find((c) => c.role === 'selected');
	if (!la) return [];
	return [ageGroupChart(input, la), shareTrendChart(input, la), shareNeighboursChart(input, la), settingsChart(input, la), workBasedChart(input, la), ceasedChart(input, la), ...neetCharts(input, la), ...destinationCharts(input, la)];
}

export function post19LocalCharts(input: GapChartInput): ChartSpec[] {
	return [projectedGapChart(input), gapByQuadrantChart(input), gapByNeedChart(input), ceasingRatesChart(input), qualityChart(input)];
}
