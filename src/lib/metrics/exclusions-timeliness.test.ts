import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../data/lib/node-runner';
import { testModel } from '../../../data/pipeline/test-model';
import { areas } from '../../../data/pipeline/datasets/areas';
import { ehcpAnnualReviews } from '../../../data/pipeline/datasets/ehcp-annual-reviews';
import { ehcpRequestsAssessments } from '../../../data/pipeline/datasets/ehcp-requests-assessments';
import { ehcpTimeliness } from '../../../data/pipeline/datasets/ehcp-timeliness';
import { exclusionsAllPupils } from '../../../data/pipeline/datasets/exclusions-all-pupils';
import { exclusionsSen } from '../../../data/pipeline/datasets/exclusions-sen';
import { sendTribunalAppeals } from '../../../data/pipeline/datasets/send-tribunal-appeals';
import { statisticalNeighbours } from '../../../data/pipeline/datasets/statistical-neighbours';
import { allPupilTrend, disproportionality, exclusionsBySen } from './exclusions';
import { annualReviews, appealRate, timelinessSeries, within20AllLas } from './timeliness';
import { comparators, currentLas } from './areas';
import { reviewRates, within20FunnelChart } from '$lib/sections/exclusions/timeliness-charts';

const ESSEX = 'E10000012';
const EAST = 'E12000006';
const ENGLAND = 'E92000001';

// Values looked up by hand in data/raw (exclusions/LA_Exclusions_PreFinal.csv lines 245–247, exc_nat_region_la_fy.csv,
// ehcp-sen2/release-2025 timeliness, requests, annual_reviews and tribunal files).
describe('exclusions and timeliness SQL on the real published data', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await testModel([
			areas,
			statisticalNeighbours,
			ehcpTimeliness,
			ehcpRequestsAssessments,
			ehcpAnnualReviews,
			sendTribunalAppeals,
			exclusionsSen,
			exclusionsAllPupils
		]);
	}, 120_000);
	afterAll(() => db.close());

	it('returns Essex’s published exclusion figures by SEN provision, 2022/23', async () => {
		const rows = await exclusionsBySen(db, [ESSEX], [EAST, ENGLAND]);
		const essex = (g: string) => rows.find((r) => r.area_code === ESSEX && r.group === g)!;
		expect(essex('EHC plan')).toMatchObject({ headcount: 8634, suspension: 1888, perm_excl: 5, one_plus_susp: 685, computed: false, period: '2022/23' });
		expect(essex('EHC plan').susp_rate).toBeCloseTo(21.86703729, 8);
		expect(essex('SEN support').perm_excl_rate).toBeCloseTo(0.254283702, 9);
		expect(essex('No SEN').one_plus_susp_rate).toBeCloseTo(2.903460215, 9);
		// Disproportionality: EHC plan suspension rate ÷ no-SEN rate = 21.867 ÷ 6.392.
		expect(disproportionality(essex('EHC plan').susp_rate, essex('No SEN').susp_rate)).toBeCloseTo(21.86703729 / 6.391993845, 9);
	});

	it('computes England and the region as Σ counts ÷ Σ headcounts over the LAs, marked computed', async () => {
		const rows = await exclusionsBySen(db, [ESSEX], [EAST, ENGLAND]);
		const eng = rows.find((r) => r.area_code === ENGLAND && r.group === 'EHC plan')!;
		const direct = await db.all<{ s: number; h: number; n: number }>(
			`SELECT sum(CASE WHEN measure='suspension' THEN value END) AS s, sum(CASE WHEN measure='headcount' THEN value END) AS h, count(DISTINCT area_code) AS n
			 FROM pub_exclusions_sen WHERE breakdown = 'EHC plan'`
		);
		expect(eng.computed).toBe(true);
		expect(eng.las).toBe(direct[0]!.n);
		expect(eng.susp_rate).toBeCloseTo((direct[0]!.s / direct[0]!.h) * 100, 9);
		const east = rows.filter((r) => r.area_code === EAST);
		expect(east).toHaveLength(3);
		expect(east[0]!.las).toBe(11); // the 11 LAs of the East of England
	});

	it('disproportionality is null, not infinite or zero, when a rate is missing or the no-SEN rate is 0', () => {
		expect(disproportionality(5, 2)).toBe(2.5);
		expect(disproportionality(null, 2)).toBeNull();
		expect(disproportionality(5, 0)).toBeNull();
	});

	it('returns all-pupil suspension rates for every published year', async () => {
		const t = await allPupilTrend(db, [ESSEX, ENGLAND]);
		const at = (code: string, year: number) => t.find((p) => p.area_code === code && p.measure === 'susp_rate' && p.year === year)?.value;
		expect(at(ESSEX, 2007)).toBe(6.779);
		expect(at(ESSEX, 2023)).toBe(9.29831);
		expect(at(ENGLAND, 2023)).toBe(9.33458);
		expect(new Set(t.map((p) => p.year)).size).toBe(17);
	});

	it('returns 20-week timeliness with its counts, and requests decided within 6 weeks', async () => {
		const s = await timelinessSeries(db, [ESSEX]);
		expect(s.within20.find((r) => r.year === 2024)).toMatchObject({ pc: 16.2, numerator: 297, denominator: 1833 });
		expect(s.within20Excl.find((r) => r.year === 2024)).toMatchObject({ pc: 15, numerator: 270, denominator: 1797 });
		expect(s.within6.find((r) => r.year === 2024)).toMatchObject({ pc: 90.4, numerator: 3307, denominator: 3307 + 350 });
		const all = await within20AllLas(db, 2024);
		expect(all.length).toBeGreaterThan(140);
		expect(all.find((r) => r.area_code === ESSEX)?.pc).toBe(16.2);
	});

	it('returns 2024 annual reviews and the appeal rate, with the region computed', async () => {
		const [r] = await annualReviews(db, [ESSEX]);
		expect(r).toMatchObject({
			year: 2024,
			reviews_expected: 12196,
			review_meetings: 11336,
			decisions_within_4_weeks: 2716,
			decisions_after_4_weeks: 5532,
			decisions_within_4_weeks_pc: 32.9
		});
		const rates = await appealRate(db, [ESSEX, ENGLAND], EAST);
		expect(rates.find((x) => x.area_code === ESSEX && x.year === 2024)).toMatchObject({ pc: 4.7, numerator: 709, denominator: 15188, computed: false });
		const east = rates.find((x) => x.area_code === EAST && x.year === 2024)!;
		expect(east.computed).toBe(true);
		expect(east.pc).toBeCloseTo((east.numerator! / east.denominator!) * 100, 9);
	});

	// No region rows in the tribunal file: a region is Σ appeals ÷ Σ appealable decisions over its LAs, from the LA rows.
	it('counts an appeals cell "-" (nil) as 0 in a computed region, and Buckinghamshire (825) once', async () => {
		const ne = (await appealRate(db, [ENGLAND], 'E12000001')).find((x) => x.area_code === 'E12000001' && x.year === 2014)!;
		// 12 North East LAs, 96 appeals (Darlington, Hartlepool, Middlesbrough … are "-") over 12,179 decisions.
		expect(ne).toMatchObject({ numerator: 96, denominator: 12179, computed: true });
		expect(ne.pc).toBeCloseTo(0.788, 3);
		const darlington = (await appealRate(db, ['E06000005'], null)).find((x) => x.year === 2014)!;
		expect(darlington).toMatchObject({ pc: 0, numerator: 0, denominator: 450, symbol: null });
		// South East 2014: 19 LAs, Buckinghamshire's 29 of 3,249 counted once: 999 ÷ 41,104.
		const se = (await appealRate(db, [ENGLAND], 'E12000008')).find((x) => x.area_code === 'E12000008' && x.year === 2014)!;
		expect(se).toMatchObject({ numerator: 999, denominator: 41104 });
		const bucks = await db.all<{ area_code: string }>(`SELECT DISTINCT area_code FROM pub_send_tribunal_appeals WHERE area_code IN ('E06000060', 'E10000002')`);
		expect(bucks).toEqual([{ area_code: 'E10000002' }]);
	});

	// ehcp-sen2/release-2023-mi/sen2_mi.csv, England 2015: inc_exc_20week_ehc 13,451 ÷ tot_inc_exc_ehc 24,624 = 54.6%
	// (new_all_ehc is 24,654); no_exc_20week_ehc 11,675 ÷ tot_no_exc_ehc 19,712 = 59.2%.
	it('takes 2014–2018 20-week denominators from the columns the published rates divide by', async () => {
		const s = await timelinessSeries(db, [ENGLAND]);
		expect(s.within20.find((r) => r.year === 2015)).toMatchObject({ pc: 54.6, numerator: 13451, denominator: 24624 });
		expect(s.within20Excl.find((r) => r.year === 2015)).toMatchObject({ pc: 59.2, numerator: 11675, denominator: 19712 });
		expect(s.within20Excl.find((r) => r.year === 2018)).toMatchObject({ pc: 60.1, numerator: 27111, denominator: 45145 });
		// Every year with a published rate has both counts, so every rate has an interval.
		for (const r of [...s.within20, ...s.within20Excl]) expect([r.year, r.numerator !== null && r.denominator !== null]).toEqual([r.year, r.pc !== null]);
	});

	// timeliness_20_week.csv, 2024: England 41,448 of 90,392 = 45.85% (published 45.9); Wigan 264 of 628 = 42.04%, inside
	// the 95% limits around 45.85% (lower 41.99%) but below those around 45.9% (lower 42.04%).
	it('draws the funnel limits around England’s unrounded proportion', async () => {
		const WIGAN = 'E08000010';
		const comps = await comparators(db, WIGAN);
		const codes = comps.map((c) => c.area_code);
		const las = await currentLas(db);
		const input = {
			comparators: comps,
			series: await timelinessSeries(db, codes),
			allLas20: await within20AllLas(db, 2024),
			lasByCode: new Map(las.map((a) => [a.area_code, a])),
			reviews: [],
			appeals: [],
			datasets: {}
		};
		const spec = within20FunnelChart(
			input,
			comps.find((c) => c.role === 'selected')!,
			2024
		);
		expect(spec.rows.find((r) => r.area === 'Wigan')).toMatchObject({ issued: 628, within: 264, band: 'within limits' });
	});

	// annual_reviews.csv, England 2024: 524,654 reviews due; meetings 9,208 in 2025 + 318,369 in 2024 (+ 126,184 before 2024).
	it('counts annual reviews held when due from meetings in 2024–25 only (England 62.4%, not 86.5%)', async () => {
		const [eng] = await annualReviews(db, [ENGLAND]);
		expect(eng).toMatchObject({ reviews_expected: 524654, review_meetings: 453761, review_meetings_held: 327577, review_meetings_before_2024: 126184 });
		const held = reviewRates([eng!]).held[0]!;
		expect(held).toMatchObject({ numerator: 327577, denominator: 524654 });
		expect(held.pc).toBeCloseTo(62.44, 2);
	});
});
