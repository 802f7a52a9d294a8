/** The area parameters a notebook's SQL and text can use, and their safe substitution into SQL. */
import { areaList } from '$lib/metrics/sql';
import type { Comparator } from '$lib/metrics/areas';

/**
 * The inspections' year: the one year reports may name as a baseline (":baseline" in SQL). SQL uses it only where the
 * data have it (`CASE WHEN bool_or(year = :baseline) THEN :baseline ELSE min(year) END`); every other year, first or
 * latest, is read from the data, so a newer release moves every headline with no code change.
 */
const INSPECTIONS_YEAR = 2019;

export interface AreaParams {
	area: Comparator;
	region: Comparator | undefined;
	england: Comparator | undefined;
	neighbours: Comparator[];
	all: Comparator[];
}

export function areaParams(comparators: Comparator[]): AreaParams {
	const area = comparators.find((c) => c.role === 'selected');
	if (!area) throw new Error('no selected area among the comparators');
	return {
		area,
		region: comparators.find((c) => c.role === 'region'),
		england: comparators.find((c) => c.role === 'england'),
		neighbours: comparators.filter((c) => c.role === 'neighbour'),
		all: comparators
	};
}

/**
 * Replaces :baseline (INSPECTIONS_YEAR), :area, :region, :england (single codes) and :neighbours, :comparators (lists, for IN (…)) with quoted,
 * validated codes. Any other :word is left alone (DuckDB casts like ::DOUBLE are untouched).
 */
export function bindSql(sql: string, p: AreaParams): string {
	const codes = (cs: (Comparator | undefined)[]) => areaList(cs.filter((c): c is Comparator => c !== undefined).map((c) => c.area_code));
	const values: Record<string, () => string> = {
		area: () => codes([p.area]),
		region: () => codes([p.region]),
		england: () => codes([p.england]),
		neighbours: () => codes(p.neighbours),
		comparators: () => codes(p.all),
		baseline: () => String(INSPECTIONS_YEAR)
	};
	return sql.replace(/(?<!:):([a-z]+)\b/g, (whole, name: string) => (values[name] ? values[name]() : whole));
}

/** What {{ area.* }} can read in text. */
export function areaContext(p: AreaParams): Record<string, unknown> {
	return {
		code: p.area.area_code,
		name: p.area.area_name,
		region: p.region?.area_name ?? '',
		neighbour_count: p.neighbours.length,
		baseline_name: "the inspections' year",
		// A string: a number would be written with a thousands separator.
		baseline: String(INSPECTIONS_YEAR)
	};
}
