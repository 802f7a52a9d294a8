/**
 * How a section's charts name the areas they compare: the role label of each comparator (the selected LA, its
 * statistical neighbours, region, England) and the areas drawn as trend lines. One module, so every table and CSV
 * labels a comparator the same way.
 */
import type { Comparator, ComparatorRole } from '$lib/metrics/areas';

/** What a comparator is to the selected LA: "Selected LA", "Statistical neighbour 3", "Region", "England". */
export function roleLabel(c: { role: ComparatorRole; rank: number | null }, style: 'full' | 'short' = 'full'): string {
	if (c.role === 'neighbour') return `${style === 'short' ? 'Neighbour' : 'Statistical neighbour'} ${c.rank}`;
	if (c.role === 'selected') return style === 'short' ? 'Selected' : 'Selected LA';
	return c.role === 'region' ? 'Region' : 'England';
}

/** The LA, its region and England, in that order: the areas drawn as trend lines. */
export function trendAreas<C extends Comparator>(comparators: readonly C[]): C[] {
	return (['selected', 'region', 'england'] as const).flatMap((role) => comparators.filter((c) => c.role === role));
}
