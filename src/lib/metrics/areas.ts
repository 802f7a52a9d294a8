/** Areas and comparators: which LAs exist, and which areas an LA is compared with. */
import type { QueryRunner } from '$lib/db/runner';
import { areaList } from './sql';

export const AREA_DATASETS = ['areas', 'statistical_neighbours'] as const;

export interface Area {
	area_code: string;
	area_name: string;
	area_level: 'national' | 'regional' | 'la';
	region_code: string | null;
	region_name: string | null;
	dfe_la_number: string | null;
}

/** Every current local authority, by name. */
const currentLasSql = `
	SELECT area_code, area_name, area_level, region_code, region_name, dfe_la_number
	FROM areas WHERE area_level = 'la' AND is_current ORDER BY area_name`;

export function currentLas(db: QueryRunner): Promise<Area[]> {
	return db.all<Area>(currentLasSql);
}

export type ComparatorRole = 'selected' | 'region' | 'england' | 'neighbour';

export interface Comparator {
	area_code: string;
	area_name: string;
	role: ComparatorRole;
	/** 1–10 for statistical neighbours (1 = closest); 0 for the selected LA; null for region and England. */
	rank: number | null;
}

/** The LA itself, its 10 statistical neighbours (closest first), its region and England. */
function comparatorsSql(laCode: string): string {
	const la = areaList([laCode]);
	return `
		SELECT * FROM (
		SELECT area_code, area_name, 'selected' AS role, 0 AS rank FROM areas WHERE area_code = ${la}
		UNION ALL
		SELECT n.neighbour_code, a.area_name, 'neighbour', n.rank
		FROM statistical_neighbours n JOIN areas a ON a.area_code = n.neighbour_code WHERE n.la_code = ${la}
		UNION ALL
		SELECT r.area_code, r.area_name, 'region', NULL FROM areas la JOIN areas r ON r.area_code = la.region_code WHERE la.area_code = ${la}
		UNION ALL
		SELECT area_code, area_name, 'england', NULL FROM areas WHERE area_level = 'national'
		)
		ORDER BY CASE role WHEN 'selected' THEN 0 WHEN 'region' THEN 1 WHEN 'england' THEN 2 ELSE 3 END, rank`;
}

export function comparators(db: QueryRunner, laCode: string): Promise<Comparator[]> {
	return db.all<Comparator>(comparatorsSql(laCode));
}
