/**
 * local_post16_places: places commissioned for young people with SEND aged 16-25, academic years 2022/23 to
 * 2025/26. Providers are the county's FE colleges, specialist post-16 institutions (SPIs), training providers and
 * adult day-opportunity providers from the establishment registry. Places for 19-25-year-olds are set well below
 * the number of 19-25-year-olds with plans, so the dashboard's projected-cohort view shows a gap.
 */
import { academicYearLabel } from './dates';
import type { Establishment, EstablishmentRegistry } from './establishments';
import type { QuadrantCode } from './geography';
import { categorical, createRng, type Rng } from './random';
import { allocate, finishTable, type SyntheticTable } from './table';

const PLACE_YEAR_STARTS: readonly number[] = [2022, 2023, 2024, 2025];
/** Places grow slowly year on year (relative to 2024/25). */
const YEAR_FACTOR: Readonly<Record<number, number>> = { 2022: 0.88, 2023: 0.94, 2024: 1, 2025: 1.03 };

const SPI_FOCUS = categorical({ ASD: 35, SLD: 20, PMLD: 15, SEMH: 10, MIXED: 15, PD: 5 });
const DAY_OPS_FOCUS = categorical({ PMLD: 35, SLD: 35, MIXED: 20, ASD: 10 });

interface Offer {
	type: string;
	ageFrom: number;
	ageTo: number;
	focus: string;
	places: number;
}

function offersFor(rng: Rng, e: Establishment): Offer[] {
	const n = (lo: number, hi: number) => rng.int(lo, hi);
	switch (e.kind) {
		case 'FE_GEN':
			return [
				{ type: 'GENERAL_FE', ageFrom: 16, ageTo: 18, focus: 'MIXED', places: n(90, 200) },
				{ type: 'GENERAL_FE', ageFrom: 19, ageTo: 25, focus: 'MIXED', places: n(15, 45) },
				...(rng.chance(0.6) ? [{ type: 'SUPPORTED_INTERNSHIP', ageFrom: 16, ageTo: 25, focus: 'MIXED', places: n(8, 20) }] : [])
			];
		case 'FE_SPI':
			return [{ type: 'SPECIALIST_POST16', ageFrom: 16, ageTo: 25, focus: SPI_FOCUS.sample(rng), places: n(15, 55) }];
		case 'FE_OTH':
			return [
				{ type: 'APPRENTICESHIP', ageFrom: 16, ageTo: 25, focus: 'MIXED', places: n(4, 16) },
				...(rng.chance(0.5) ? [{ type: 'SUPPORTED_INTERNSHIP', ageFrom: 17, ageTo: 25, focus: 'MIXED', places: n(5, 12) }] : []),
				...(rng.chance(0.2) ? [{ type: 'OTHER', ageFrom: 16, ageTo: 19, focus: 'SEMH', places: n(4, 10) }] : [])
			];
		case 'DAY_OPS':
			return [{ type: 'DAY_OPPORTUNITIES', ageFrom: 19, ageTo: 25, focus: DAY_OPS_FOCUS.sample(rng), places: n(10, 30) }];
		default:
			return [];
	}
}

export function generatePost16Places(seed: number, establishments: EstablishmentRegistry): SyntheticTable {
	const rng = createRng(seed, 'post16_places');
	const providers = establishments.all.filter((e) => ['FE_GEN', 'FE_SPI', 'FE_OTH', 'DAY_OPS'].includes(e.kind) && !e.closed);
	const rows: Array<{ year: number; e: Establishment; o: Offer; quadrant: QuadrantCode }> = [];
	providers.forEach((e, i) => {
		const quadrant = e.quadrant ?? (['NORTH', 'SOUTH', 'EAST', 'WEST'] as const)[i % 4]!;
		const offers = offersFor(rng, e);
		// some providers start in a later year
		const firstYear = rng.chance(0.15) ? PLACE_YEAR_STARTS[1 + Math.floor(rng.next() * 3)]! : PLACE_YEAR_STARTS[0]!;
		for (const year of PLACE_YEAR_STARTS) {
			if (year < firstYear) continue;
			for (const o of offers) rows.push({ year, e, o, quadrant });
		}
	});
	const b = allocate('post16_places', rows.length);
	rows.forEach(({ year, e, o, quadrant }, r) => {
		b.academic_year![r] = academicYearLabel(year);
		b.provider_code![r] = e.code;
		b.provider_name![r] = providerName(e);
		b.quadrant_code![r] = quadrant;
		b.provision_type![r] = o.type;
		b.age_from![r] = o.ageFrom;
		b.age_to![r] = o.ageTo;
		b.need_focus![r] = o.focus;
		b.places![r] = Math.max(1, Math.round(o.places * YEAR_FACTOR[year]! * (1 + 0.05 * rng.normal())));
	});
	return finishTable('post16_places', b, rows.length, PLACE_YEAR_STARTS.map(academicYearLabel));
}

function providerName(e: Establishment): string {
	const kind: Record<string, string> = {
		FE_GEN: 'College',
		FE_SPI: 'Specialist College',
		FE_OTH: 'Training Provider',
		DAY_OPS: 'Day Opportunities'
	};
	return `Northmoor ${kind[e.kind] ?? 'Provider'} ${e.code.slice(1)} (synthetic)`;
}
