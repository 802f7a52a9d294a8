/**
 * Pseudonymous establishments (schools, colleges, providers) of Northmoor. Codes look like `Z100123`: they stand in
 * for GIAS URNs / UKPRNs and are not real ones. A few are flagged closed, so records pointing at them can be
 * picked up by record-quality checks.
 */
import { QUADRANTS, type QuadrantCode } from './geography';
import { createRng, type Rng } from './random';

export type EstablishmentKind =
	'MS_LA' | 'MS_ACAD' | 'MS_FREE' | 'MS_IND' | 'SP_LA' | 'SP_ACAD' | 'SP_NM' | 'SP_IND' | 'AP' | 'FE_GEN' | 'FE_SPI' | 'FE_OTH' | 'DAY_OPS';

export type EstablishmentPhase = 'primary' | 'secondary' | 'special' | 'ap' | 'post16' | 'adult';

export interface Establishment {
	code: string;
	kind: EstablishmentKind;
	phase: EstablishmentPhase;
	/** Null for establishments outside the county (independent/non-maintained special schools, some SPIs). */
	quadrant: QuadrantCode | null;
	closed: boolean;
}

/** Establishments per quadrant at scale 1 (the county has ~300 primaries, ~65 secondaries, ~20 special schools). */
const PER_QUADRANT: ReadonlyArray<[EstablishmentKind, EstablishmentPhase, number]> = [
	['MS_LA', 'primary', 36],
	['MS_ACAD', 'primary', 36],
	['MS_FREE', 'primary', 3],
	['MS_IND', 'primary', 4],
	['MS_LA', 'secondary', 3],
	['MS_ACAD', 'secondary', 12],
	['MS_FREE', 'secondary', 1],
	['MS_IND', 'secondary', 2],
	['SP_LA', 'special', 3],
	['SP_ACAD', 'special', 2],
	['AP', 'ap', 2],
	['FE_GEN', 'post16', 1],
	['FE_OTH', 'post16', 2],
	['DAY_OPS', 'adult', 1]
];
/** Countywide or out-of-county establishments at scale 1. */
const COUNTYWIDE: ReadonlyArray<[EstablishmentKind, EstablishmentPhase, number, boolean]> = [
	['SP_NM', 'special', 3, false],
	['SP_IND', 'special', 14, true],
	['FE_SPI', 'post16', 6, true],
	['FE_GEN', 'post16', 2, false]
];

const CLOSED_SHARE = 0.025;

export class EstablishmentRegistry {
	readonly all: Establishment[] = [];
	private readonly pools = new Map<string, Establishment[]>();

	constructor(seed: number, scale: number) {
		const rng = createRng(seed, 'establishments');
		let n = 100000;
		const add = (kind: EstablishmentKind, phase: EstablishmentPhase, quadrant: QuadrantCode | null) => {
			n++;
			const e: Establishment = { code: `Z${n}`, kind, phase, quadrant, closed: rng.chance(CLOSED_SHARE) };
			this.all.push(e);
			const keys = [poolKey(kind, phase, quadrant), poolKey(kind, phase, null)];
			if (!e.closed) keys.push(`open:${keys[0]}`, `open:${keys[1]}`);
			for (const key of keys) {
				const pool = this.pools.get(key) ?? [];
				pool.push(e);
				this.pools.set(key, pool);
			}
		};
		for (const q of QUADRANTS) {
			for (const [kind, phase, count] of PER_QUADRANT) {
				for (let i = 0; i < Math.max(1, Math.round(count * scale)); i++) add(kind, phase, q);
			}
		}
		for (const [kind, phase, count, outOfCounty] of COUNTYWIDE) {
			for (let i = 0; i < Math.max(1, Math.round(count * scale)); i++) {
				add(kind, phase, outOfCounty ? null : (QUADRANTS[i % QUADRANTS.length] as QuadrantCode));
			}
		}
	}

	/** Establishments of a kind and phase; in `quadrant` when given, else anywhere (including out of county). */
	pool(kind: EstablishmentKind, phase: EstablishmentPhase, quadrant: QuadrantCode | null, openOnly = false): readonly Establishment[] {
		return this.pools.get(`${openOnly ? 'open:' : ''}${poolKey(kind, phase, quadrant)}`) ?? [];
	}

	/** Picks an establishment: in the home quadrant with probability `local`, else from the whole county. */
	pick(rng: Rng, kind: EstablishmentKind, phase: EstablishmentPhase, quadrant: QuadrantCode, local = 0.85, openOnly = false): Establishment | null {
		let pool = rng.chance(local) ? this.pool(kind, phase, quadrant, openOnly) : [];
		if (pool.length === 0) pool = this.pool(kind, phase, null, openOnly);
		return pool.length ? rng.pick(pool) : null;
	}
}

function poolKey(kind: EstablishmentKind, phase: EstablishmentPhase, quadrant: QuadrantCode | null): string {
	return `${kind}|${phase}|${quadrant ?? '*'}`;
}
