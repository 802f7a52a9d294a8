/** The profile of one LA from the two published views: one row per registry indicator, in the registry's order. */
import { INDICATORS, type IndicatorAcrossLas, type IndicatorRow } from '$lib/metrics/indicators';
import { profileRow, type ProfileRow } from './model';

export function areaProfile(base: IndicatorAcrossLas[], series: Record<string, IndicatorRow[]>): ProfileRow[] {
	return INDICATORS.map((indicator) => {
		const across = base.find((b) => b.id === indicator.id);
		if (!across) throw new Error(`The profile's site-wide file has no indicator "${indicator.id}": it was built from another registry`);
		return profileRow(indicator, across, series[indicator.id] ?? []);
	});
}
