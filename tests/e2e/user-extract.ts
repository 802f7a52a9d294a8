/**
 * A user's own extract, shaped as a county's would be: every table of the contract but post-16 places, with its own
 * quadrants (codes that coincide with the example extract's, so a borrowed synthetic name would show), localities,
 * real sub-ICB codes, open referrals and plans with no placement recorded. Deterministic (a seeded generator).
 */
import { SETTING_GROUP_BY_SETTING } from '../../src/lib/local/codes';

const USER_CCGS = ['06Q', '99E', '99F'] as const;
const USER_QUADRANTS = ['NORTH', 'SOUTH', 'EAST'] as const;
const LOCALITIES: Record<(typeof USER_QUADRANTS)[number], string[]> = { NORTH: ['L01', 'L02'], SOUTH: ['L03', 'L04'], EAST: ['L05', 'L06'] };

function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const csv = (head: string[], rows: (string | number)[][]) => [head.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';

function place(r: () => number): { quadrant: string; locality: string; ccg: string } {
	const quadrant = pick(r, USER_QUADRANTS);
	const locality = pick(r, LOCALITIES[quadrant]);
	return { quadrant, locality, ccg: USER_CCGS[USER_QUADRANTS.indexOf(quadrant)]! };
}

/** The first plans have no placement recorded: setting_code and setting_group both empty, as a county's SEN2 extract has them. */
export const PLANS_WITHOUT_PLACEMENT = 9;

export function userEhcPlans(n = 600): string {
	const r = random(14);
	const needs = ['ASD', 'SLCN', 'SEMH', 'MLD', 'SLD', 'SpLD', 'PMLD', 'PD'];
	const settings = ['MS_LA', 'MS_ACAD', 'SP_LA', 'SP_ACAD', 'SP_IND', 'FE_GEN', 'AP'];
	const rows: (string | number)[][] = [];
	for (let i = 1; i <= n; i++) {
		const g = place(r);
		const age = Math.floor(r() * 22) + 2;
		const setting = i <= PLANS_WITHOUT_PLACEMENT ? '' : pick(r, settings);
		rows.push([
			`CO-${String(i).padStart(6, '0')}`,
			'active',
			r() < 0.7 ? 'M' : 'F',
			2024 - age,
			Math.floor(r() * 12) + 1,
			age,
			Math.max(-4, age - 5),
			'',
			g.locality,
			g.quadrant,
			g.ccg,
			pick(r, needs),
			setting,
			setting ? SETTING_GROUP_BY_SETTING[setting]! : '',
			iso(addDays(new Date('2016-01-01'), Math.floor(r() * 3000))),
			iso(addDays(new Date('2024-01-20'), Math.floor(r() * 360)))
		]);
	}
	return csv(
		[
			'plan_id',
			'status',
			'sex',
			'birth_year',
			'birth_month',
			'age_at_census',
			'ncy',
			'age_at_cease',
			'locality_code',
			'quadrant_code',
			'ccg_code',
			'primary_need',
			'setting_code',
			'setting_group',
			'plan_start_date',
			'last_review_date'
		],
		rows
	);
}

function userAsdReferrals(n = 500): string {
	const r = random(15);
	const rows: (string | number)[][] = [];
	for (let i = 1; i <= n; i++) {
		const g = place(r);
		const referred = addDays(new Date('2022-06-01'), Math.floor(r() * 900));
		const contact = addDays(referred, 20 + Math.floor(r() * 200));
		const outcome = addDays(contact, 30 + Math.floor(r() * 300));
		const closed = outcome < new Date('2025-01-10') && r() < 0.8;
		const seen = contact < new Date('2025-01-10');
		rows.push([
			`AR-${i}`,
			g.ccg,
			g.quadrant,
			g.locality,
			r() < 0.7 ? 'M' : 'F',
			Math.floor(r() * 17) + 2,
			iso(referred),
			seen ? iso(contact) : '',
			closed && seen ? iso(outcome) : '',
			closed && seen ? pick(r, ['DIAGNOSED', 'NOT_DIAGNOSED', 'DISCHARGED']) : ''
		]);
	}
	return csv(
		['referral_id', 'ccg_code', 'quadrant_code', 'locality_code', 'sex', 'age_at_referral', 'referral_date', 'first_contact_date', 'outcome_date', 'outcome'],
		rows
	);
}

function userExclusions(n = 300): string {
	const r = random(16);
	const rows: (string | number)[][] = [];
	for (let i = 1; i <= n; i++) {
		const q = pick(r, USER_QUADRANTS);
		const year = 7 + Math.floor(r() * 5);
		const sen = pick(r, ['EHC', 'SEN_SUPPORT', 'NO_SEN', 'NO_SEN']);
		const permanent = r() < 0.05;
		rows.push([
			`EX-${i}`,
			`PU-${Math.floor(r() * 200)}`,
			'2023/24',
			q,
			`SC-${q}-${Math.floor(r() * 4)}`,
			'secondary',
			sen,
			sen === 'NO_SEN' ? '' : pick(r, ['SEMH', 'ASD', 'MLD']),
			year,
			year + 4,
			r() < 0.7 ? 'M' : 'F',
			permanent ? 'PERMANENT' : 'SUSPENSION',
			iso(addDays(new Date('2023-09-05'), Math.floor(r() * 280))),
			permanent ? '' : 1 + Math.floor(r() * 4)
		]);
	}
	return csv(
		[
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
		],
		rows
	);
}

function userSchoolPupils(): string {
	const rows: (string | number)[][] = [];
	for (const q of USER_QUADRANTS)
		for (let year = 7; year <= 11; year++)
			for (const [sen, pupils] of [
				['EHC', 40],
				['SEN_SUPPORT', 150],
				['NO_SEN', 900]
			] as const)
				rows.push(['2023/24', q, 'secondary', year, sen, pupils + year]);
	return csv(['academic_year', 'quadrant_code', 'school_phase', 'nc_year', 'sen_status', 'pupils'], rows);
}

function userPopulation(): string {
	const rows: (string | number)[][] = [];
	for (const q of USER_QUADRANTS)
		for (const l of LOCALITIES[q]) for (let age = 0; age <= 25; age++) rows.push([l, q, USER_CCGS[USER_QUADRANTS.indexOf(q)]!, age, 1800 + age * 3, 2024]);
	return csv(['locality_code', 'quadrant_code', 'ccg_code', 'age', 'population', 'reference_year'], rows);
}

/** The user's files by name, as the Your data page would be given them. */
export function userExtractFiles(): { name: string; body: string }[] {
	return [
		{ name: 'ehc_plans.csv', body: userEhcPlans() },
		{ name: 'asd_referrals.csv', body: userAsdReferrals() },
		{ name: 'exclusions.csv', body: userExclusions() },
		{ name: 'school_pupils.csv', body: userSchoolPupils() },
		{ name: 'population.csv', body: userPopulation() }
	];
}
