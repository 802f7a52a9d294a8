/**
 * local_asd_referrals: referrals for an autism diagnostic assessment, January 2021 to the extract date.
 * Waits are log-normal around each CCG's pathway medians (geography.ts ASD_PATHWAYS), lengthening a little each
 * year; adults (18+) wait a little longer. Anything that would happen after the extract date is censored: the
 * referral stays open with null dates.
 */
import { civilFromDays, daysFromCivil, DAYS_PER_MONTH } from './dates';
import { ASD_PATHWAYS, LOCALITIES } from './geography';
import type { PopulationGrid } from './population';
import { Categorical, createRng } from './random';
import { allocate, finishTable, pseudoId, type SyntheticTable } from './table';

/** Referrals a year at scale 1 (rising demand, as nationally). */
const REFERRALS_PER_YEAR: Readonly<Record<number, number>> = { 2021: 2300, 2022: 2700, 2023: 3100, 2024: 3500, 2025: 3700 };
const FIRST_REFERRAL_YEAR = 2021;
/** Waits grow by this share per year after January 2021. */
const WAIT_GROWTH_PER_YEAR = 0.05;
const FIRST_CONTACT_SIGMA = 0.5;
const OUTCOME_SIGMA = 0.4;

/** Age at referral, 1-24 (relative weights; most referrals are of primary-age children). */
const AGE_WEIGHTS: readonly number[] = [0, 1, 3, 6, 8, 8, 7, 7, 6.5, 6, 5.5, 5.5, 5, 5, 5, 4.5, 4, 3.5, 2.5, 2, 1.8, 1.6, 1.5, 1.4, 1.3];

const OUTCOMES = new Categorical(['DIAGNOSED', 'NOT_DIAGNOSED', 'DISCHARGED', 'OTHER'], [58, 24, 14, 4]);

export function generateAsdReferrals(seed: number, scale: number, extract: number, population: PopulationGrid): SyntheticTable {
	const rng = createRng(seed, 'asd_referrals');
	const { y: lastYear } = civilFromDays(extract);
	const years: Array<[number, number, number]> = [];
	for (let y = FIRST_REFERRAL_YEAR; y <= lastYear; y++) {
		const from = daysFromCivil(y, 1, 1);
		const to = Math.min(daysFromCivil(y + 1, 1, 1), extract); // referral dates before the extract date
		const perYear = REFERRALS_PER_YEAR[y] ?? REFERRALS_PER_YEAR[2025]!;
		years.push([from, to, Math.round((perYear * scale * (to - from)) / 365)]);
	}
	const total = years.reduce((a, [, , n]) => a + n, 0);
	const b = allocate('asd_referrals', total) as Record<string, unknown[]>;
	const ages = new Categorical(
		AGE_WEIGHTS.map((_, a) => a),
		AGE_WEIGHTS
	);
	const localityByAge = AGE_WEIGHTS.map(
		(_, age) =>
			new Categorical(
				LOCALITIES.map((_, i) => i),
				LOCALITIES.map((l, i) => (population[i]?.[age] ?? 0) * ASD_PATHWAYS[l.ccg].referralRate + 1e-9)
			)
	);
	const sex = new Categorical(['M', 'F', 'U'], [64, 35, 1]);
	const origin = daysFromCivil(FIRST_REFERRAL_YEAR, 1, 1);
	let r = 0;
	for (const [from, to, n] of years) {
		for (let k = 0; k < n; k++, r++) {
			const referral = from + Math.floor(rng.next() * (to - from));
			const age = ages.sample(rng);
			const loc = LOCALITIES[localityByAge[age]!.index(rng)]!;
			const path = ASD_PATHWAYS[loc.ccg];
			const factor = (1 + WAIT_GROWTH_PER_YEAR * ((referral - origin) / 365.25)) * (age >= 18 ? 1.15 : 1);
			const outcome = OUTCOMES.sample(rng);
			let firstWait: number | null = rng.logNormal(path.firstContactMedianMonths * DAYS_PER_MONTH * factor, FIRST_CONTACT_SIGMA);
			let outcomeWait = rng.logNormal(path.outcomeMedianMonths * DAYS_PER_MONTH * factor, OUTCOME_SIGMA);
			if (outcome === 'DISCHARGED' && rng.chance(0.4)) {
				// discharged before any care contact (not brought, moved away, withdrawn)
				outcomeWait = firstWait;
				firstWait = null;
			} else if (outcomeWait < firstWait + 14) {
				outcomeWait = firstWait + 14 + 60 * rng.next();
			}
			const first = firstWait === null ? null : referral + Math.round(firstWait);
			const closed = referral + Math.round(outcomeWait);
			b.referral_id![r] = pseudoId('NR', r + 1);
			b.ccg_code![r] = loc.ccg;
			b.quadrant_code![r] = loc.quadrant;
			b.locality_code![r] = loc.code;
			b.sex![r] = sex.sample(rng);
			b.age_at_referral![r] = age;
			b.referral_date![r] = referral;
			b.first_contact_date![r] = first !== null && first < extract ? first : null;
			const isClosed = closed < extract;
			b.outcome_date![r] = isClosed ? closed : null;
			b.outcome![r] = isClosed ? outcome : null;
		}
	}
	const periods = years.map(([from]) => String(civilFromDays(from).y));
	return finishTable('asd_referrals', b as never, total, periods);
}
