/**
 * local_school_pupils (January census headcounts by quadrant × school type × NC year × SEN status) and
 * local_exclusions (suspension and permanent exclusion events), academic years 2022/23 to 2024/25.
 *
 * Magnitudes follow England: suspensions ~9.3 per 100 pupils in 2022/23 (rising ~20% by 2023/24), permanent
 * exclusions ~0.11 per 100; both several times higher for pupils with SEN support or an EHC plan than for pupils
 * without SEN, and far higher in secondary than primary. 2024/25 covers only the school days before the extract.
 */
import { academicYearLabel, daysFromCivil, weekday } from './dates';
import type { EstablishmentRegistry } from './establishments';
import { LOCALITIES, MLD_QUADRANT, QUADRANTS, type QuadrantCode } from './geography';
import type { PopulationGrid } from './population';
import { Categorical, categorical, createRng, type Rng } from './random';
import { allocate, finishTable, pseudoId, type SyntheticTable } from './table';

type Phase = 'primary' | 'secondary' | 'special' | 'ap';
type SenStatus = 'EHC' | 'SEN_SUPPORT' | 'NO_SEN';
const PHASES: readonly Phase[] = ['primary', 'secondary', 'special', 'ap'];
const SEN_STATUSES: readonly SenStatus[] = ['EHC', 'SEN_SUPPORT', 'NO_SEN'];
const ACADEMIC_YEAR_STARTS: readonly number[] = [2022, 2023, 2024];

/** Share of the cohort in state-funded schools, by NC year 0-13 (independent schools, EHE and FE take the rest). */
const IN_STATE_SCHOOL: readonly number[] = [0.93, 0.93, 0.93, 0.93, 0.93, 0.93, 0.93, 0.92, 0.92, 0.92, 0.92, 0.91, 0.42, 0.38];
/** Share of state-school pupils in special schools and AP by NC year. */
const SPECIAL_SHARE: readonly number[] = [0.008, 0.011, 0.013, 0.014, 0.015, 0.016, 0.017, 0.022, 0.023, 0.024, 0.025, 0.026, 0.05, 0.05];
const AP_SHARE: readonly number[] = [0, 0, 0, 0.0002, 0.0003, 0.0005, 0.0008, 0.002, 0.003, 0.004, 0.005, 0.005, 0, 0];

/** SEN status shares by phase in 2024/25 (England ≈ EHC 3.0% / 2.8% of primary / secondary pupils). */
const SEN_SHARE: Readonly<Record<Phase, Readonly<Record<SenStatus, number>>>> = {
	primary: { EHC: 0.03, SEN_SUPPORT: 0.149, NO_SEN: 0 },
	secondary: { EHC: 0.028, SEN_SUPPORT: 0.124, NO_SEN: 0 },
	special: { EHC: 0.975, SEN_SUPPORT: 0.02, NO_SEN: 0 },
	ap: { EHC: 0.17, SEN_SUPPORT: 0.52, NO_SEN: 0 }
};
/** SEN identification in earlier years relative to 2024/25: [EHC, SEN support]. */
const SEN_TREND: Readonly<Record<number, [number, number]>> = { 2022: [0.82, 0.93], 2023: [0.91, 0.965], 2024: [1, 1] };

/** Suspensions per 100 pupils in 2022/23 by phase and SEN status (England overall ≈ 9.3). */
const SUSPENSION_RATE: Readonly<Record<Phase, Readonly<Record<SenStatus, number>>>> = {
	primary: { EHC: 10, SEN_SUPPORT: 6.5, NO_SEN: 0.7 },
	secondary: { EHC: 72, SEN_SUPPORT: 54, NO_SEN: 12.5 },
	special: { EHC: 12, SEN_SUPPORT: 10, NO_SEN: 5 },
	ap: { EHC: 110, SEN_SUPPORT: 120, NO_SEN: 90 }
};
/** Permanent exclusions per 100 pupils in 2022/23 (England overall ≈ 0.11). */
const PERMANENT_RATE: Readonly<Record<Phase, Readonly<Record<SenStatus, number>>>> = {
	primary: { EHC: 0.06, SEN_SUPPORT: 0.08, NO_SEN: 0.005 },
	secondary: { EHC: 0.6, SEN_SUPPORT: 0.7, NO_SEN: 0.14 },
	special: { EHC: 0.03, SEN_SUPPORT: 0.03, NO_SEN: 0.03 },
	ap: { EHC: 1.0, SEN_SUPPORT: 1.2, NO_SEN: 1.0 }
};
/** Rates relative to 2022/23 (nationally suspensions rose sharply in 2023/24). */
const YEAR_FACTOR: Readonly<Record<number, number>> = { 2022: 1, 2023: 1.2, 2024: 1.25 };
/** Relative rate by NC year within a phase. */
const NC_FACTOR: readonly number[] = [0.3, 0.5, 0.7, 0.9, 1.1, 1.3, 1.5, 0.75, 1.0, 1.2, 1.25, 1.0, 0.3, 0.2];
/** Mean suspensions per suspended pupil (England ≈ 2.6). */
const EVENTS_PER_PUPIL = 2.5;

const NEED_EHC = categorical({ ASD: 30, SEMH: 36, SLCN: 10, MLD: 10, SpLD: 3, SLD: 3, PD: 2, HI: 1, VI: 0.5, OTH: 2, PMLD: 0.5, MSI: 0.2 });
const NEED_SUPPORT = categorical({ SEMH: 44, SLCN: 14, MLD: 13, SpLD: 8, ASD: 9, NSA: 5, OTH: 3, PD: 1, HI: 1, VI: 0.5, MSI: 0.1 });
function boostMld<K extends string>(c: Categorical<K>): Categorical<K> {
	const p = c.probabilities();
	return new Categorical(
		c.values,
		p.map((w, i) => (c.values[i] === 'MLD' ? w * 2.5 : w))
	);
}
const NEED_EHC_MLDQ = boostMld(NEED_EHC);
const NEED_SUPPORT_MLDQ = boostMld(NEED_SUPPORT);
const LENGTH = new Categorical([0.5, 1, 2, 3, 4, 5, 6, 7, 8, 10, 15, 20], [4, 40, 20, 14, 6, 8, 2, 1.5, 1, 2, 0.8, 0.5]);

export interface PupilCell {
	startYear: number;
	quadrant: QuadrantCode;
	phase: Phase;
	nc: number;
	sen: SenStatus;
	pupils: number;
}

function phasesForNc(nc: number): Phase[] {
	const main: Phase = nc <= 6 ? 'primary' : 'secondary';
	return AP_SHARE[nc]! > 0 ? [main, 'special', 'ap'] : [main, 'special'];
}

/** Pupil headcounts by cell (deterministic shares of the population with a little seeded noise). */
export function buildPupilCells(seed: number, population: PopulationGrid): PupilCell[] {
	const rng = createRng(seed, 'school_pupils');
	const quadrantPop = new Map<QuadrantCode, number[]>();
	LOCALITIES.forEach((l, i) => {
		const row = quadrantPop.get(l.quadrant) ?? new Array<number>(26).fill(0);
		population[i]?.forEach((v, age) => (row[age] = (row[age] ?? 0) + v));
		quadrantPop.set(l.quadrant, row);
	});
	const cells: PupilCell[] = [];
	for (const startYear of ACADEMIC_YEAR_STARTS) {
		const [ehcTrend, supTrend] = SEN_TREND[startYear]!;
		for (const quadrant of QUADRANTS) {
			const pop = quadrantPop.get(quadrant)!;
			for (let nc = 0; nc <= 13; nc++) {
				// NC year n is mostly aged n+4 and n+5 at mid-year.
				const cohort = (((pop[nc + 4] ?? 0) + (pop[nc + 5] ?? 0)) / 2) * IN_STATE_SCHOOL[nc]!;
				for (const phase of phasesForNc(nc)) {
					const phaseShare = phase === 'special' ? SPECIAL_SHARE[nc]! : phase === 'ap' ? AP_SHARE[nc]! : 1 - SPECIAL_SHARE[nc]! - AP_SHARE[nc]!;
					const inPhase = cohort * phaseShare;
					const share = SEN_SHARE[phase];
					const ehc = Math.min(1, share.EHC * (phase === 'special' ? 1 : ehcTrend));
					const sup = Math.min(1 - ehc, share.SEN_SUPPORT * supTrend);
					const shares: Record<SenStatus, number> = { EHC: ehc, SEN_SUPPORT: sup, NO_SEN: Math.max(0, 1 - ehc - sup) };
					for (const sen of SEN_STATUSES) {
						const pupils = Math.max(0, Math.round(inPhase * shares[sen] * (1 + 0.02 * rng.normal())));
						cells.push({ startYear, quadrant, phase, nc, sen, pupils });
					}
				}
			}
		}
	}
	return cells;
}

export function schoolPupilsTable(cells: readonly PupilCell[]): SyntheticTable {
	const b = allocate('school_pupils', cells.length);
	cells.forEach((c, r) => {
		b.academic_year![r] = academicYearLabel(c.startYear);
		b.quadrant_code![r] = c.quadrant;
		b.school_phase![r] = c.phase;
		b.nc_year![r] = c.nc;
		b.sen_status![r] = c.sen;
		b.pupils![r] = c.pupils;
	});
	return finishTable('school_pupils', b, cells.length, ACADEMIC_YEAR_STARTS.map(academicYearLabel));
}

/** Term-time weekdays of an academic year (approximate holidays), before `before`. */
function schoolDays(startYear: number, before: number): number[] {
	const holidays: Array<[number, number]> = [
		[daysFromCivil(startYear, 10, 28), daysFromCivil(startYear, 11, 1)],
		[daysFromCivil(startYear, 12, 21), daysFromCivil(startYear + 1, 1, 5)],
		[daysFromCivil(startYear + 1, 2, 17), daysFromCivil(startYear + 1, 2, 21)],
		[daysFromCivil(startYear + 1, 4, 5), daysFromCivil(startYear + 1, 4, 21)],
		[daysFromCivil(startYear + 1, 5, 26), daysFromCivil(startYear + 1, 5, 30)]
	];
	const out: number[] = [];
	const end = Math.min(daysFromCivil(startYear + 1, 7, 22), before);
	for (let d = daysFromCivil(startYear, 9, 4); d < end; d++) {
		if (weekday(d) >= 5) continue;
		if (holidays.some(([a, z]) => d >= a && d <= z)) continue;
		out.push(d);
	}
	return out;
}

/** Sets row r of a column, growing it when the preallocated length is exceeded. */
function set(col: unknown[], r: number, v: unknown): void {
	if (r < col.length) col[r] = v;
	else col.push(v);
}

export function generateExclusions(seed: number, cells: readonly PupilCell[], extract: number, establishments: EstablishmentRegistry): SyntheticTable {
	const rng = createRng(seed, 'exclusions');
	// Expected totals to preallocate (the arrays grow if the draw exceeds them).
	const days = new Map(ACADEMIC_YEAR_STARTS.map((y) => [y, schoolDays(y, extract)]));
	const fullYearDays = new Map(ACADEMIC_YEAR_STARTS.map((y) => [y, schoolDays(y, Infinity).length]));
	let expected = 0;
	for (const c of cells) expected += lambdaOf(c, SUSPENSION_RATE, days, fullYearDays) + lambdaOf(c, PERMANENT_RATE, days, fullYearDays);
	const b = allocate('exclusions', Math.ceil(expected * 1.05) + 16) as Record<string, unknown[]>;
	const [eventId, pupilIdCol, yearCol, quadrantCol, schoolCol, phaseCol, senCol, needCol, ncCol, ageCol, sexCol, typeCol, startCol, lengthCol] = [
		'event_id',
		'pupil_id',
		'academic_year',
		'quadrant_code',
		'school_code',
		'school_phase',
		'sen_status',
		'primary_need',
		'nc_year',
		'age',
		'sex',
		'exclusion_type',
		'start_date',
		'length_days'
	].map((k) => b[k]!) as unknown[][];
	let n = 0;
	const schools = schoolPools(establishments);
	let pupilSeq = 0;
	const pupilsInCell: number[] = [];
	const pupilSchool: string[] = [];
	const pupilSex: string[] = [];
	const pupilNeed: Array<string | null> = [];
	for (const c of cells) {
		const dayList = days.get(c.startYear)!;
		if (c.pupils === 0 || dayList.length === 0) continue;
		const year = academicYearLabel(c.startYear);
		const lambdaS = lambdaOf(c, SUSPENSION_RATE, days, fullYearDays);
		const lambdaP = lambdaOf(c, PERMANENT_RATE, days, fullYearDays);
		const maxPupils = c.pupils;
		let suspendedPupils = Math.min(maxPupils, rng.poisson(lambdaS / EVENTS_PER_PUPIL));
		pupilsInCell.length = 0;
		const newPupil = (): number => {
			const id = pupilSeq++;
			const pool = schools.get(`${c.phase}|${c.quadrant}`);
			if (!pool || pool.length === 0) throw new Error(`No open ${c.phase} school in ${c.quadrant}`);
			const school = rng.pick(pool);
			pupilSchool[id] = school;
			pupilSex[id] = rng.chance(c.sen === 'NO_SEN' ? 0.66 : 0.76) ? 'M' : 'F';
			pupilNeed[id] = needFor(rng, c.sen, c.quadrant);
			return id;
		};
		const event = (id: number, type: 'SUSPENSION' | 'PERMANENT') => {
			const r = n++;
			set(eventId!, r, pseudoId('NX', r + 1));
			set(pupilIdCol!, r, pseudoId('NP', id + 1));
			set(yearCol!, r, year);
			set(quadrantCol!, r, c.quadrant);
			set(schoolCol!, r, pupilSchool[id]);
			set(phaseCol!, r, c.phase);
			set(senCol!, r, c.sen);
			set(needCol!, r, pupilNeed[id]);
			set(ncCol!, r, c.nc);
			set(ageCol!, r, c.nc + 4);
			set(sexCol!, r, pupilSex[id]);
			set(typeCol!, r, type);
			set(startCol!, r, dayList[Math.floor(rng.next() * dayList.length)]);
			set(lengthCol!, r, type === 'SUSPENSION' ? LENGTH.sample(rng) : null);
		};
		for (; suspendedPupils > 0; suspendedPupils--) {
			const id = newPupil();
			pupilsInCell.push(id);
			const k = 1 + rng.poisson(EVENTS_PER_PUPIL - 1);
			for (let e = 0; e < k; e++) event(id, 'SUSPENSION');
		}
		const permanent = Math.min(maxPupils, rng.poisson(lambdaP));
		for (let p = 0; p < permanent; p++) {
			// most permanently excluded pupils have had suspensions first
			const id = pupilsInCell.length > 0 && rng.chance(0.7) ? rng.pick(pupilsInCell) : newPupil();
			event(id, 'PERMANENT');
		}
	}
	return finishTable('exclusions', b as never, n, ACADEMIC_YEAR_STARTS.map(academicYearLabel));
}

function lambdaOf(
	c: PupilCell,
	rates: Readonly<Record<Phase, Readonly<Record<SenStatus, number>>>>,
	days: Map<number, number[]>,
	fullYearDays: Map<number, number>
): number {
	const fraction = (days.get(c.startYear)?.length ?? 0) / (fullYearDays.get(c.startYear) ?? 1);
	const nc = c.phase === 'primary' || c.phase === 'secondary' ? NC_FACTOR[c.nc]! : 1;
	return (c.pupils * rates[c.phase][c.sen] * nc * YEAR_FACTOR[c.startYear]! * fraction) / 100;
}

function needFor(rng: Rng, sen: SenStatus, quadrant: QuadrantCode): string | null {
	const mld = quadrant === MLD_QUADRANT;
	if (sen === 'EHC') return (mld ? NEED_EHC_MLDQ : NEED_EHC).sample(rng);
	if (sen === 'SEN_SUPPORT') return (mld ? NEED_SUPPORT_MLDQ : NEED_SUPPORT).sample(rng);
	return null;
}

/** Open state schools by `phase|quadrant` (mainstream: LA maintained, academies and free schools). */
function schoolPools(reg: EstablishmentRegistry): Map<string, string[]> {
	const kindsOf: Record<Phase, readonly string[]> = {
		primary: ['MS_LA', 'MS_ACAD', 'MS_FREE'],
		secondary: ['MS_LA', 'MS_ACAD', 'MS_FREE'],
		special: ['SP_LA', 'SP_ACAD'],
		ap: ['AP']
	};
	const out = new Map<string, string[]>();
	for (const phase of PHASES) {
		for (const quadrant of QUADRANTS) {
			const all = reg.all.filter((e) => e.quadrant === quadrant && e.phase === phase && kindsOf[phase].includes(e.kind));
			const open = all.filter((e) => !e.closed);
			// (if every school of a kind happened to be flagged closed, keep them rather than have none)
			out.set(
				`${phase}|${quadrant}`,
				(open.length ? open : all).map((e) => e.code)
			);
		}
	}
	return out;
}
