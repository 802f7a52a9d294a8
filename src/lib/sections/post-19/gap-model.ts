/**
 * The 19–25 gap from the local extract, as tables ready to chart: projected young people with plans per year against
 * commissioned places open to 19–25-year-olds, in total, by quadrant and by need; every count of people passed
 * through suppressCounts (and a gap is hidden whenever the projection it comes from is).
 */
import { CODE_LISTS } from '$lib/local/contract';
import { geographyName } from '$lib/local/geography-names';
import type { Post19Local, PlacesRow } from '$lib/metrics/post19-local';
import { suppressCounts, SUPPRESSED } from '$lib/privacy/suppression';
import { ceasingRates, projectCohort, type ProjectedCell } from './projection';

const PROJECTION_YEARS = 5;

export interface GapRow {
	year: number;
	group: string;
	/** Rounded projection; null when suppressed (symbol 'c') or, for the any-need places row, not applicable (symbol null). */
	projected: number | null;
	places: number;
	/** projected − places (positive: more young people than places); null when the projection is suppressed. */
	gap: number | null;
	symbol: typeof SUPPRESSED | null;
	/** Academic year whose commissioned places are used (the latest one is carried forward). */
	placesYear: string;
	placesCarriedForward: boolean;
}

export interface GapModel {
	baseYear: number;
	factor: number;
	cells: ProjectedCell[];
	total: GapRow[];
	byQuadrant: GapRow[];
	byNeed: GapRow[];
	latestPlacesYear: string;
}

/** The academic year that contains the January census of `year` ("2025/26" for January 2026). */
export const academicYearOf = (year: number) => `${year - 1}/${String(year % 100).padStart(2, '0')}`;

const needLabel = (code: string) => (code === 'UNKNOWN' ? 'Need not recorded' : (CODE_LISTS.primary_need.codes.find((c) => c.code === code)?.label ?? code));
/** The quadrant's name in the extract in use ("South (synthetic)" in the shipped one; a user's own code otherwise). */
export const quadrantLabel = (code: string) => geographyName('quadrant', code);
export const ANY_NEED = 'Places for any need (not need-specific)';

function placesFor(places: PlacesRow[], year: number): { rows: PlacesRow[]; placesYear: string; carried: boolean } {
	const years = [...new Set(places.map((p) => p.academic_year))].sort();
	const wanted = academicYearOf(year);
	const placesYear = years.includes(wanted) ? wanted : (years.filter((y) => y <= wanted).at(-1) ?? years[0] ?? wanted);
	return { rows: places.filter((p) => p.academic_year === placesYear), placesYear, carried: placesYear !== wanted };
}

/** Rounds, suppresses per year (groups + their total), and attaches places and gaps. */
function gapRows(
	cells: ProjectedCell[],
	places: PlacesRow[],
	group: (c: ProjectedCell) => string,
	placeGroup: (p: PlacesRow) => string,
	groups: string[]
): GapRow[] {
	const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b);
	return years.flatMap((year) => {
		const sums = new Map(groups.map((g) => [g, 0]));
		for (const c of cells.filter((c) => c.year === year)) sums.set(group(c), (sums.get(group(c)) ?? 0) + c.projected);
		const counts = groups.map((g) => ({ dims: { group: g }, count: Math.round(sums.get(g) ?? 0) }));
		const total = { dims: { group: 'Total' }, count: Math.round([...sums.values()].reduce((a, b) => a + b, 0)) };
		const safe = suppressCounts(groups.length > 1 ? [...counts, total] : counts);
		const { rows, placesYear, carried } = placesFor(places, year);
		return safe.map((s) => {
			const g = s.dims.group!;
			const p = rows.filter((r) => g === 'Total' || placeGroup(r) === g).reduce((a, r) => a + r.places, 0);
			return {
				year,
				group: g,
				projected: s.shown,
				places: p,
				gap: s.shown === null ? null : s.shown - p,
				symbol: s.symbol,
				placesYear,
				placesCarriedForward: carried
			};
		});
	});
}

export function buildGapModel(local: Post19Local, ceasingPercent: number): GapModel {
	const baseYear = Number(local.referenceDate.slice(0, 4));
	const factor = ceasingPercent / 100;
	const cells = projectCohort(local.cohort, ceasingRates(local.ceasing), { baseYear, years: PROJECTION_YEARS, ceasingFactor: factor });
	const quadrants = [...new Set([...local.cohort.map((c) => c.quadrant), ...local.places.map((p) => p.quadrant)])].sort();
	const needs = [
		...new Set([
			...local.cohort.filter((c) => c.age + PROJECTION_YEARS >= 19).map((c) => c.need),
			...local.places.filter((p) => p.need_focus !== 'MIXED').map((p) => p.need_focus)
		])
	].sort();
	const total = gapRows(
		cells,
		local.places,
		() => 'All',
		() => 'All',
		['All']
	);
	const byQuadrant = gapRows(
		cells,
		local.places,
		(c) => quadrantLabel(c.quadrant),
		(p) => quadrantLabel(p.quadrant),
		quadrants.map(quadrantLabel)
	);
	// Places focused on one need count against that need; places open to any need form their own row (no projection).
	const byNeedRaw = gapRows(
		cells,
		local.places,
		(c) => needLabel(c.need),
		(p) => (p.need_focus === 'MIXED' ? ANY_NEED : needLabel(p.need_focus)),
		needs.map(needLabel)
	);
	const byNeed = byNeedRaw.flatMap((r) => {
		if (r.group !== 'Total') return [r];
		const { rows } = placesFor(local.places, r.year);
		const any = rows.filter((p) => p.need_focus === 'MIXED').reduce((a, p) => a + p.places, 0);
		return [{ ...r, group: ANY_NEED, projected: null, places: any, gap: -any, symbol: null }, r];
	});
	const latestPlacesYear = [...new Set(local.places.map((p) => p.academic_year))].sort().at(-1) ?? '';
	return { baseYear, factor, cells, total, byQuadrant, byNeed, latestPlacesYear };
}
