/**
 * generateSyntheticExtract: the whole synthetic local extract for Northmoor, in memory. Pure and deterministic:
 * the same seed and scale always give the same values (every random draw comes from d3-random's randomLcg).
 */
import { dayOf } from './dates';
import { generateAsdReferrals } from './asd-referrals';
import { generateEhcPlans } from './ehc-plans';
import { EstablishmentRegistry } from './establishments';
import { buildPopulation, populationTable } from './population';
import { generatePost16Places } from './post16-places';
import { buildPupilCells, generateExclusions, schoolPupilsTable } from './schools';
import type { SyntheticTable } from './table';

export const DEFAULT_SEED = 20250116;
export const DEFAULT_SCALE = 1;
/** SEN2 census day 2025, used as the extract date. */
export const DEFAULT_EXTRACT_DATE = '2025-01-16';
export const SYNTHETIC_ID = 'synthetic';
export const SYNTHETIC_LABEL = 'Northmoor (synthetic)';

export interface SyntheticExtractOptions {
	seed: number;
	/** Multiplies the county's size: record counts, population and pupil headcounts. 1 ≈ 12,000 active plans. */
	scale: number;
	/** ISO date of the extract (and SEN2 census); default 2025-01-16. */
	extractDate?: string;
}

export interface SyntheticExtract {
	id: typeof SYNTHETIC_ID;
	label: typeof SYNTHETIC_LABEL;
	seed: number;
	scale: number;
	extractDate: string;
	/** Active EHC plans on the census date. */
	activePlans: number;
	/** In contract order: ehc_plans, asd_referrals, exclusions, school_pupils, post16_places, population. */
	tables: SyntheticTable[];
}

export function checkOptions(options: SyntheticExtractOptions): Required<SyntheticExtractOptions> {
	const { seed, scale } = options;
	if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
	if (!(Number.isFinite(scale) && scale > 0 && scale <= 1000)) throw new Error(`scale must be in (0, 1000], got ${scale}`);
	const extractDate = options.extractDate ?? DEFAULT_EXTRACT_DATE;
	dayOf(extractDate); // throws if not a calendar date
	return { seed, scale, extractDate };
}

export function generateSyntheticExtract(options: SyntheticExtractOptions): SyntheticExtract {
	const { seed, scale, extractDate } = checkOptions(options);
	const extract = dayOf(extractDate);
	const population = buildPopulation(seed, scale);
	const establishments = new EstablishmentRegistry(seed, scale);
	const plans = generateEhcPlans(seed, scale, extract, population, establishments);
	const referrals = generateAsdReferrals(seed, scale, extract, population);
	const cells = buildPupilCells(seed, population);
	const exclusions = generateExclusions(seed, cells, extract, establishments);
	return {
		id: SYNTHETIC_ID,
		label: SYNTHETIC_LABEL,
		seed,
		scale,
		extractDate,
		activePlans: plans.activeCount,
		tables: [plans.table, referrals, exclusions, schoolPupilsTable(cells), generatePost16Places(seed, establishments), populationTable(population)]
	};
}

/** A table of the extract by contract name. */
export function tableOf(extract: SyntheticExtract, name: string): SyntheticTable {
	const t = extract.tables.find((x) => x.name === name);
	if (!t) throw new Error(`No table ${name} in the synthetic extract`);
	return t;
}
