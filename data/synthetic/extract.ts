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
	/**
	 * Only these tables (contract names), e.g. the benchmark's millions of EHC plans without tens of millions of
	 * exclusions. Each table draws from its own random stream, so a table is the same with or without the others.
	 */
	tables?: readonly string[];
}

export interface SyntheticExtract {
	id: typeof SYNTHETIC_ID;
	label: typeof SYNTHETIC_LABEL;
	seed: number;
	scale: number;
	extractDate: string;
	/** Active EHC plans on the census date. */
	activePlans: number;
	/** In contract order: ehc_plans, asd_referrals, exclusions, school_pupils, post16_places, population (or those asked for). */
	tables: SyntheticTable[];
}

function checkOptions(options: SyntheticExtractOptions): Required<Omit<SyntheticExtractOptions, 'tables'>> {
	const { seed, scale } = options;
	if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
	if (!(Number.isFinite(scale) && scale > 0 && scale <= 1000)) throw new Error(`scale must be in (0, 1000], got ${scale}`);
	const extractDate = options.extractDate ?? DEFAULT_EXTRACT_DATE;
	dayOf(extractDate); // throws if not a calendar date
	return { seed, scale, extractDate };
}

export function generateSyntheticExtract(options: SyntheticExtractOptions): SyntheticExtract {
	const { seed, scale, extractDate } = checkOptions(options);
	const wanted = (name: string) => !options.tables || options.tables.includes(name);
	const extract = dayOf(extractDate);
	const population = buildPopulation(seed, scale);
	const establishments = new EstablishmentRegistry(seed, scale);
	const plans = wanted('ehc_plans') ? generateEhcPlans(seed, scale, extract, population, establishments) : null;
	const referrals = wanted('asd_referrals') ? generateAsdReferrals(seed, scale, extract, population) : null;
	const cells = wanted('exclusions') || wanted('school_pupils') ? buildPupilCells(seed, population) : null;
	const exclusions = cells && wanted('exclusions') ? generateExclusions(seed, cells, extract, establishments) : null;
	const tables = [
		plans?.table,
		referrals,
		exclusions,
		cells && wanted('school_pupils') ? schoolPupilsTable(cells) : null,
		wanted('post16_places') ? generatePost16Places(seed, establishments) : null,
		wanted('population') ? populationTable(population) : null
	].filter((t): t is SyntheticTable => t !== null && t !== undefined);
	return { id: SYNTHETIC_ID, label: SYNTHETIC_LABEL, seed, scale, extractDate, activePlans: plans?.activeCount ?? 0, tables };
}

/** A table of the extract by contract name. */
export function tableOf(extract: SyntheticExtract, name: string): SyntheticTable {
	const t = extract.tables.find((x) => x.name === name);
	if (!t) throw new Error(`No table ${name} in the synthetic extract`);
	return t;
}
