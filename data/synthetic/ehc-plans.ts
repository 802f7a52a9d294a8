/**
 * local_ehc_plans: the SEN2-shaped caseload. Every plan active on the census date (~12,000 × scale) plus plans
 * that ceased in the three calendar years before it (~7% of the caseload a year, as in England).
 */
import { settingGroupOf } from '../../src/lib/local/codes';
import { ageOn, civilFromDays, daysFromCivil, isoOf } from './dates';
import type { EstablishmentKind, EstablishmentPhase, EstablishmentRegistry } from './establishments';
import { LOCALITIES, MLD_QUADRANT, MLD_WEIGHT_ELSEWHERE, MLD_WEIGHT_IN_QUADRANT, type QuadrantCode } from './geography';
import type { PopulationGrid } from './population';
import { Categorical, categorical, createRng, type Rng } from './random';
import {
	CEASE_REASON_ORDER,
	CEASED_PER_ACTIVE_PLAN,
	ENGLAND_CEASED_BY_AGE_REASON,
	ENGLAND_PLANS_BY_AGE_NEED,
	ENGLAND_YEARS_IN_PLACE,
	NEED_ORDER,
	RESOURCED_PROVISION_SHARE,
	SEN_UNIT_SHARE,
	SETTING_MIX_BY_AGE_BAND,
	type SettingDraw
} from './reference';
import { allocate, finishTable, pseudoId, type SyntheticTable } from './table';

const ACTIVE_PLANS_AT_SCALE_1 = 12_000;
/** Ceased plans in each calendar year relative to the latest year (the caseload grew ~10% a year). */
const CEASED_YEARS: ReadonlyArray<[number, number]> = [
	[2022, 0.82],
	[2023, 0.9],
	[2024, 1.0]
];
/** Share of plans issued in the timeliness year that were issued within 20 weeks, by quadrant (~60% overall). */
const WITHIN_20_WEEKS: Readonly<Record<QuadrantCode, number>> = { NORTH: 0.74, SOUTH: 0.52, EAST: 0.66, WEST: 0.63 };
/** How much more often annual reviews are overdue, by quadrant. */
const REVIEW_OVERDUE_FACTOR: Readonly<Record<QuadrantCode, number>> = { NORTH: 0.8, SOUTH: 1.5, EAST: 1.0, WEST: 1.0 };

const NEEDS = NEED_ORDER;
const MLD_INDEX = NEEDS.indexOf('MLD');

interface Context {
	rng: Rng;
	census: number;
	/** 31 August before the census (age at start of school year). */
	schoolYearStart: number;
	population: PopulationGrid;
	establishments: EstablishmentRegistry;
	/** locality index by age, weighted by population × plan rate */
	localityByAge: Categorical<number>[];
	/** need by [age][mldQuadrant ? 1 : 0] */
	needByAge: Categorical<string | null>[][];
	settingByAge: Categorical<SettingDraw>[];
	sex: Categorical<string>;
	yearsInPlace: Categorical<number>;
}

function needCategoricals(): Categorical<string | null>[][] {
	const out: Categorical<string | null>[][] = [];
	for (let age = 0; age <= 25; age++) {
		const row = ENGLAND_PLANS_BY_AGE_NEED[age] ?? [];
		out.push(
			[MLD_WEIGHT_ELSEWHERE, MLD_WEIGHT_IN_QUADRANT].map(
				(mld) =>
					new Categorical<string | null>(
						NEEDS,
						row.map((w, i) => (i === MLD_INDEX ? w * mld : w))
					)
			)
		);
	}
	return out;
}

function settingCategoricals(): Categorical<SettingDraw>[] {
	const out: Categorical<SettingDraw>[] = [];
	for (let age = 0; age <= 26; age++) {
		const band = SETTING_MIX_BY_AGE_BAND.find((b) => age <= b.maxAge) ?? SETTING_MIX_BY_AGE_BAND[SETTING_MIX_BY_AGE_BAND.length - 1]!;
		out.push(categorical(band.mix as Record<SettingDraw, number>));
	}
	return out;
}

function makeContext(seed: number, census: number, population: PopulationGrid, establishments: EstablishmentRegistry): Context {
	const { y } = civilFromDays(census);
	const localityByAge: Categorical<number>[] = [];
	for (let age = 0; age <= 25; age++) {
		localityByAge.push(
			new Categorical(
				LOCALITIES.map((_, i) => i),
				LOCALITIES.map((l, i) => (population[i]?.[age] ?? 0) * l.planRate + 1e-9)
			)
		);
	}
	return {
		rng: createRng(seed, 'ehc_plans'),
		census,
		schoolYearStart: daysFromCivil(y - 1, 8, 31),
		population,
		establishments,
		localityByAge,
		needByAge: needCategoricals(),
		settingByAge: settingCategoricals(),
		sex: new Categorical(['M', 'F', 'U'], [70.6, 29.35, 0.05]),
		yearsInPlace: new Categorical(
			ENGLAND_YEARS_IN_PLACE.map((_, i) => i),
			ENGLAND_YEARS_IN_PLACE
		)
	};
}

const ESTABLISHMENT_OF_SETTING: Partial<Record<SettingDraw, EstablishmentKind>> = {
	MS_LA: 'MS_LA',
	MS_ACAD: 'MS_ACAD',
	MS_FREE: 'MS_FREE',
	MS_IND: 'MS_IND',
	SP_LA: 'SP_LA',
	SP_ACAD: 'SP_ACAD',
	SP_NM: 'SP_NM',
	SP_IND: 'SP_IND',
	AP: 'AP',
	FE_GEN: 'FE_GEN',
	FE_SPI: 'FE_SPI',
	FE_OTH: 'FE_OTH'
};

function phaseOf(kind: EstablishmentKind, ncy: number): EstablishmentPhase {
	if (kind.startsWith('MS_')) return ncy <= 6 ? 'primary' : 'secondary';
	if (kind.startsWith('SP_')) return 'special';
	if (kind === 'AP') return 'ap';
	return 'post16';
}

/** Writes one plan's person, need, geography and placement fields into row r. */
function fillCommon(ctx: Context, b: Record<string, unknown[]>, r: number, age: number, birth: number, asOf: number): QuadrantCode {
	const { rng } = ctx;
	const ageIdx = Math.min(25, Math.max(0, age));
	const loc = LOCALITIES[ctx.localityByAge[ageIdx]!.index(rng)]!;
	const bc = civilFromDays(birth);
	b.sex![r] = ctx.sex.sample(rng);
	b.birth_year![r] = bc.y;
	b.birth_month![r] = bc.m;
	b.locality_code![r] = loc.code;
	b.quadrant_code![r] = loc.quadrant;
	b.ccg_code![r] = loc.ccg;
	const needs = ctx.needByAge[ageIdx]![loc.quadrant === MLD_QUADRANT ? 1 : 0]!;
	const primary = needs.sample(rng);
	b.primary_need![r] = primary;
	if (primary !== null && rng.chance(0.55)) {
		for (let t = 0; t < 3; t++) {
			const second = needs.sample(rng);
			if (second !== null && second !== primary) {
				b.secondary_need![r] = second;
				break;
			}
		}
	}
	const setting = ctx.settingByAge[Math.min(26, ageIdx)]!.sample(rng);
	const code = setting === 'UNKNOWN' ? null : setting;
	b.setting_code![r] = code;
	b.setting_group![r] = settingGroupOf(code);
	const kind = ESTABLISHMENT_OF_SETTING[setting];
	if (kind) {
		const ncy = ageOn(birth, asOf) - 4;
		const e = ctx.establishments.pick(rng, kind, phaseOf(kind, ncy), loc.quadrant);
		if (e) {
			b.establishment_code![r] = e.code;
			b.establishment_closed![r] = e.closed;
			const stateMainstream = kind === 'MS_LA' || kind === 'MS_ACAD' || kind === 'MS_FREE';
			const u = rng.next();
			b.sen_unit![r] = stateMainstream && u < SEN_UNIT_SHARE;
			b.resourced_provision![r] = stateMainstream && u >= SEN_UNIT_SHARE && u < SEN_UNIT_SHARE + RESOURCED_PROVISION_SHARE;
		}
	}
	return loc.quadrant;
}

/** Plan start: `end` minus a duration drawn from England's years-in-place, no earlier than ~6 months after birth. */
function drawStart(ctx: Context, birth: number, end: number): number {
	const { rng } = ctx;
	const earliest = birth + 180;
	for (let t = 0; t < 6; t++) {
		const years = ctx.yearsInPlace.sample(rng);
		const span = years === 12 ? 12 + 3 * rng.next() : years + rng.next();
		const start = end - Math.floor(span * 365.25);
		if (start >= earliest) return start;
	}
	return earliest + Math.floor(rng.next() * Math.max(1, end - earliest));
}

/** Request date and 20-week exception for plans issued in the timeliness year. */
function fillTimeliness(ctx: Context, b: Record<string, unknown[]>, r: number, start: number, quadrant: QuadrantCode): void {
	const { rng } = ctx;
	let weeks: number;
	if (rng.chance(WITHIN_20_WEEKS[quadrant])) weeks = 11 + 9 * rng.next();
	else if (rng.chance(0.8)) weeks = 20.2 + 31 * rng.next();
	else weeks = 52 + 30 * rng.next();
	b.request_received_date![r] = start - Math.round(weeks * 7);
	b.week20_exception![r] = rng.chance(weeks > 20 ? 0.1 : 0.02);
}

/** Latest annual review before `asOf` for a plan that started on `start` (null when none has been held). */
function drawReview(ctx: Context, start: number, asOf: number, quadrant: QuadrantCode): number | null {
	const { rng } = ctx;
	if (asOf - start < 365) return rng.chance(0.08) ? start + Math.floor(rng.next() * (asOf - start)) : null;
	const f = REVIEW_OVERDUE_FACTOR[quadrant];
	const u = rng.next();
	const never = 0.03 * f;
	const over24 = 0.035 * f;
	const over12 = 0.12 * f;
	if (u < never) return null;
	if (u < never + over24 && asOf - start > 2 * 365 + 30) {
		return Math.max(start + 300, asOf - 731 - Math.floor(rng.next() * 300));
	}
	if (u < never + over24 + over12) return Math.max(start + 200, asOf - 366 - Math.floor(rng.next() * 360));
	return Math.max(start + 1, asOf - 1 - Math.floor(rng.next() * 364));
}

export interface EhcPlansResult {
	table: SyntheticTable;
	activeCount: number;
}

export function generateEhcPlans(
	seed: number,
	scale: number,
	census: number,
	population: PopulationGrid,
	establishments: EstablishmentRegistry
): EhcPlansResult {
	const ctx = makeContext(seed, census, population, establishments);
	const { rng } = ctx;
	const active = Math.round(ACTIVE_PLANS_AT_SCALE_1 * scale);
	const ceasedPerYear = CEASED_YEARS.map(([year, f]) => [year, Math.round(active * CEASED_PER_ACTIVE_PLAN * f)] as const);
	const total = active + ceasedPerYear.reduce((a, [, n]) => a + n, 0);
	const b = allocate('ehc_plans', total) as Record<string, unknown[]>;
	const { y: censusYear } = civilFromDays(census);
	const timelinessFrom = daysFromCivil(censusYear - 1, 1, 1);
	const timelinessTo = daysFromCivil(censusYear - 1, 12, 31);

	const ageDist = new Categorical(
		Array.from({ length: 26 }, (_, a) => a),
		Array.from({ length: 26 }, (_, a) => (ENGLAND_PLANS_BY_AGE_NEED[a] ?? []).reduce((s, v) => s + v, 0))
	);

	let r = 0;
	for (; r < active; r++) {
		const targetAge = ageDist.sample(rng);
		const birth = daysFromCivil(censusYear - targetAge - 1, 1, 17) + Math.floor(rng.next() * 365);
		const age = ageOn(birth, census);
		b.plan_id![r] = pseudoId('NM', r + 1);
		b.status![r] = 'active';
		b.age_at_census![r] = age;
		b.ncy![r] = ageOn(birth, ctx.schoolYearStart) - 4;
		const quadrant = fillCommon(ctx, b, r, age, birth, census);
		const start = drawStart(ctx, birth, census);
		b.plan_start_date![r] = start;
		if (start >= timelinessFrom && start <= timelinessTo) fillTimeliness(ctx, b, r, start, quadrant);
		b.last_review_date![r] = drawReview(ctx, start, census, quadrant);
	}

	// Ceased plans: age when ceased and reason from England's 2024 table; date within the calendar year.
	const ceaseAges = Object.keys(ENGLAND_CEASED_BY_AGE_REASON).map(Number);
	const ceaseAgeDist = new Categorical(
		ceaseAges,
		ceaseAges.map((a) => (ENGLAND_CEASED_BY_AGE_REASON[a] ?? []).reduce((s, v) => s + v, 0))
	);
	const reasonByAge = new Map(ceaseAges.map((a) => [a, new Categorical<number>(CEASE_REASON_ORDER, ENGLAND_CEASED_BY_AGE_REASON[a] ?? [])]));
	const over20 = new Categorical([20, 21, 22, 23, 24, 25], [30, 25, 18, 13, 9, 5]);
	for (const [year, n] of ceasedPerYear) {
		const yearStart = daysFromCivil(year, 1, 1);
		const yearDays = daysFromCivil(year + 1, 1, 1) - yearStart;
		const summer = daysFromCivil(year, 7, 15);
		for (let k = 0; k < n; k++, r++) {
			const band = ceaseAgeDist.sample(rng);
			const reason = reasonByAge.get(band)!.sample(rng);
			let ageAtCease = band === 2 ? rng.int(1, 2) : band === 20 ? over20.sample(rng) : band;
			if (reason === 1 && band >= 19) ageAtCease = band === 19 ? 19 : rng.chance(0.85) ? 25 : 24;
			const endOfYear = reason === 1 || ((reason === 3 || reason === 4 || reason === 6) && rng.chance(0.5));
			const ceased = endOfYear ? summer + Math.floor(rng.next() * 45) : yearStart + Math.floor(rng.next() * yearDays);
			const birth = ceased - Math.floor((ageAtCease + rng.next()) * 365.25) - 1;
			b.plan_id![r] = pseudoId('NM', r + 1);
			b.status![r] = 'ceased';
			const age = ageOn(birth, ceased);
			b.age_at_cease![r] = age;
			const quadrant = fillCommon(ctx, b, r, age, birth, ceased);
			const start = drawStart(ctx, birth, ceased);
			b.plan_start_date![r] = start;
			if (start >= timelinessFrom && start <= timelinessTo) fillTimeliness(ctx, b, r, start, quadrant);
			b.last_review_date![r] = drawReview(ctx, start, ceased, quadrant);
			b.ceased_date![r] = ceased;
			b.cease_reason![r] = reason;
		}
	}
	const periods = [isoOf(census), ...ceasedPerYear.map(([y]) => String(y))];
	return { table: finishTable('ehc_plans', b as never, total, periods), activeCount: active };
}
