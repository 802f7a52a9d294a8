/**
 * The 0-25 resident population of Northmoor by locality and single year of age (denominators for rates per 1,000).
 * About 345,000 people aged 0-25 at scale 1: with ~12,000 EHC plans that is ~35 plans per 1,000, close to England.
 */
import { LOCALITIES, type Locality } from './geography';
import { createRng } from './random';
import { allocate, finishTable, type SyntheticTable } from './table';

const POPULATION_0_25_AT_SCALE_1 = 345_000;
const MAX_AGE = 25;

/** Relative size of each single year of age 0-25 (falling births at the young end; leavers at 18-22). */
const AGE_PROFILE: readonly number[] = [
	0.9, 0.91, 0.92, 0.94, 0.96, 0.98, 1.0, 1.01, 1.02, 1.03, 1.04, 1.05, 1.06, 1.06, 1.05, 1.04, 1.03, 1.02, 0.98, 0.93, 0.92, 0.93, 0.95, 0.97, 0.98, 0.99
];

/** population[localityIndex][age] */
export type PopulationGrid = number[][];

export function buildPopulation(seed: number, scale: number): PopulationGrid {
	const rng = createRng(seed, 'population');
	const weights = LOCALITIES.map((l: Locality) => AGE_PROFILE.map((w, age) => l.populationShare * w * (age >= 19 && age <= 22 ? l.studentBulge : 1)));
	const total = weights.flat().reduce((a, b) => a + b, 0);
	const target = POPULATION_0_25_AT_SCALE_1 * scale;
	return weights.map((row) => row.map((w) => Math.max(0, Math.round(((target * w) / total) * (1 + 0.03 * rng.normal())))));
}

const POPULATION_REFERENCE_YEAR = 2024;

export function populationTable(grid: PopulationGrid): SyntheticTable {
	const rows = LOCALITIES.length * (MAX_AGE + 1);
	const b = allocate('population', rows);
	let r = 0;
	LOCALITIES.forEach((l, li) => {
		for (let age = 0; age <= MAX_AGE; age++, r++) {
			b.locality_code![r] = l.code;
			b.quadrant_code![r] = l.quadrant;
			b.ccg_code![r] = l.ccg;
			b.age![r] = age;
			b.population![r] = grid[li]?.[age] ?? 0;
			b.reference_year![r] = POPULATION_REFERENCE_YEAR;
		}
	});
	return finishTable('population', b, rows, [`mid-${POPULATION_REFERENCE_YEAR}`]);
}
