/**
 * The fictional county "Northmoor (synthetic)": four quadrants, five CCGs and twelve localities.
 * Each locality has one quadrant and one CCG; CCG boundaries deliberately cut across quadrants (as Essex's five
 * CCGs did across its four quadrants), so quadrant and CCG views do not nest.
 */
import { SYNTHETIC_LOCALITY } from '../../src/lib/local/codes';

export type QuadrantCode = 'NORTH' | 'SOUTH' | 'EAST' | 'WEST';
export type CcgCode = 'SYN01' | 'SYN02' | 'SYN03' | 'SYN04' | 'SYN05';

export const QUADRANTS: readonly QuadrantCode[] = ['NORTH', 'SOUTH', 'EAST', 'WEST'];
export const CCGS: readonly CcgCode[] = ['SYN01', 'SYN02', 'SYN03', 'SYN04', 'SYN05'];

export interface Locality {
	code: string;
	name: string;
	quadrant: QuadrantCode;
	ccg: CcgCode;
	/** Share of the county's 0-25 population (the shares sum to 1). */
	populationShare: number;
	/** Relative EHC plan prevalence (1 = county average before need effects). */
	planRate: number;
	/** Extra 19-22-year-olds (a college/university town), as a multiplier on those ages. */
	studentBulge: number;
}

function label(list: typeof SYNTHETIC_LOCALITY, code: string): string {
	return list.codes.find((c) => c.code === code)?.label ?? code;
}

const L = (code: string, quadrant: QuadrantCode, ccg: CcgCode, populationShare: number, planRate: number, studentBulge = 1): Locality => ({
	code,
	name: label(SYNTHETIC_LOCALITY, code),
	quadrant,
	ccg,
	populationShare,
	planRate,
	studentBulge
});

/**
 * Localities. Coast (SYN01) spans North and East; Moorlands (SYN02) North and West; Vale (SYN03) West and South;
 * Fens (SYN04) East and South; Riverside (SYN05) is the city in the South. South is served by three CCGs.
 */
export const LOCALITIES: readonly Locality[] = [
	L('L01', 'NORTH', 'SYN01', 0.075, 1.05),
	L('L02', 'NORTH', 'SYN01', 0.06, 0.95),
	L('L03', 'NORTH', 'SYN02', 0.07, 1.0),
	L('L04', 'WEST', 'SYN02', 0.065, 1.1),
	L('L05', 'WEST', 'SYN02', 0.055, 1.15),
	L('L06', 'WEST', 'SYN03', 0.08, 1.05),
	L('L07', 'EAST', 'SYN01', 0.085, 1.0),
	L('L08', 'EAST', 'SYN04', 0.07, 0.9),
	L('L09', 'EAST', 'SYN04', 0.06, 0.95),
	L('L10', 'SOUTH', 'SYN05', 0.2, 0.95, 1.35),
	L('L11', 'SOUTH', 'SYN03', 0.11, 1.0),
	L('L12', 'SOUTH', 'SYN04', 0.07, 0.9)
];

/** The quadrant where moderate learning difficulty (MLD) is over-identified, and by how much (need weight). */
export const MLD_QUADRANT: QuadrantCode = 'WEST';
export const MLD_WEIGHT_IN_QUADRANT = 3.3;
export const MLD_WEIGHT_ELSEWHERE = 0.85;

/**
 * ASD diagnostic pathway by CCG: median months from referral to first care contact and to outcome.
 * Coast meets the NICE 3-month standard for first contact; Fens has 18-24 month waits to a diagnostic outcome.
 */
export interface AsdPathway {
	firstContactMedianMonths: number;
	outcomeMedianMonths: number;
	/** Referrals per year relative to population (1 = average). */
	referralRate: number;
}

export const ASD_PATHWAYS: Readonly<Record<CcgCode, AsdPathway>> = {
	SYN01: { firstContactMedianMonths: 2.8, outcomeMedianMonths: 7.5, referralRate: 1.0 },
	SYN02: { firstContactMedianMonths: 7, outcomeMedianMonths: 12, referralRate: 0.95 },
	SYN03: { firstContactMedianMonths: 9, outcomeMedianMonths: 14, referralRate: 1.05 },
	SYN04: { firstContactMedianMonths: 13, outcomeMedianMonths: 17.5, referralRate: 1.1 },
	SYN05: { firstContactMedianMonths: 5, outcomeMedianMonths: 10, referralRate: 0.95 }
};

/** Quadrants each CCG has localities in. */
export function ccgQuadrants(): Map<CcgCode, Set<QuadrantCode>> {
	const out = new Map<CcgCode, Set<QuadrantCode>>();
	for (const l of LOCALITIES) {
		const set = out.get(l.ccg) ?? new Set<QuadrantCode>();
		set.add(l.quadrant);
		out.set(l.ccg, set);
	}
	return out;
}

/** CCGs serving each quadrant. */
export function quadrantCcgs(): Map<QuadrantCode, Set<CcgCode>> {
	const out = new Map<QuadrantCode, Set<CcgCode>>();
	for (const l of LOCALITIES) {
		const set = out.get(l.quadrant) ?? new Set<CcgCode>();
		set.add(l.ccg);
		out.set(l.quadrant, set);
	}
	return out;
}
