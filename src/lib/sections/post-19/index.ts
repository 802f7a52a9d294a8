/** The 19–25 section's chart specs, in page order. */
import type { ChartSpec } from '$lib/charts/spec';
import type { Post19Input } from './chart-helpers';
import { ceasedChart, destinationCharts, neetCharts, settingsChart, workBasedChart } from './outcome-charts';
import { ceasingRatesChart, gapByNeedChart, gapByQuadrantChart, projectedGapChart, type GapChartInput } from './gap-charts';
import { ageGroupChart, shareNeighboursChart, shareTrendChart } from './published-charts';
import { qualityChart } from './quality-chart';
import { missingInputSpec } from '$lib/local/missing-input';

export type { Post19Input } from './chart-helpers';
export type { GapChartInput } from './gap-charts';

export function post19PublishedCharts(input: Post19Input): ChartSpec[] {
	const la = input.comparators.find((c) => c.role === 'selected');
	if (!la) return [];
	return [
		ageGroupChart(input, la),
		shareTrendChart(input, la),
		shareNeighboursChart(input, la),
		settingsChart(input, la),
		workBasedChart(input, la),
		ceasedChart(input, la),
		...neetCharts(input, la),
		...destinationCharts(input, la)
	];
}

/** Each local chart: its id, what it shows (for a notice when it cannot be drawn), the tables it reads, its builder. */
const LOCAL_CHARTS: [id: string, what: string, tables: string[], build: (input: GapChartInput) => ChartSpec][] = [
	['projected-gap', 'projected 19–25-year-olds against commissioned places', ['local_ehc_plans', 'local_post16_places'], projectedGapChart],
	['gap-by-quadrant', 'the gap by quadrant', ['local_ehc_plans', 'local_post16_places'], gapByQuadrantChart],
	['gap-by-need', 'the gap by primary need', ['local_ehc_plans', 'local_post16_places'], gapByNeedChart],
	['ceasing-rates', 'ceasing rates by age', ['local_ehc_plans'], ceasingRatesChart],
	['records-19-25', 'record quality for 19–25-year-olds', ['local_ehc_plans'], qualityChart]
];

/**
 * The local 19–25 charts. A chart whose input table is empty (`empty`, DuckDB table names) is a notice saying so,
 * never a chart of zeros; `input` is null when there are no plans to model.
 */
export function post19LocalCharts(input: GapChartInput | null, label: string, empty: readonly string[] = []): ChartSpec[] {
	return LOCAL_CHARTS.map(([id, what, tables, build]) => {
		const missing = tables.filter((t) => empty.includes(t));
		return missing.length || !input ? missingInputSpec(id, label, what, missing.length ? missing : ['local_ehc_plans']) : build(input);
	});
}
