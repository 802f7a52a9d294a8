// @vitest-environment node
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../../data/lib/node-runner';
import { testModel } from '../../../../data/pipeline/test-model';
import { areas } from '../../../../data/pipeline/datasets/areas';
import { ehcpAgeGroups } from '../../../../data/pipeline/datasets/ehcp-age-groups';
import { ehcpCaseload } from '../../../../data/pipeline/datasets/ehcp-caseload';
import { ehcpNeeds } from '../../../../data/pipeline/datasets/ehcp-needs';
import { ehcpRequestsAssessments } from '../../../../data/pipeline/datasets/ehcp-requests-assessments';
import { laNhsOverlap } from '../../../../data/pipeline/datasets/la-nhs-overlap';
import { nhsAreas } from '../../../../data/pipeline/datasets/nhs-areas';
import { statisticalNeighbours } from '../../../../data/pipeline/datasets/statistical-neighbours';
import { comparators } from '$lib/metrics/areas';
import { ccgNeedEstimates } from '$lib/metrics/needs-ccg';
import { growthSeries, needCounts, unmetFigures } from '$lib/metrics/needs-published';
import { ccgChart, unmetChart } from './ccg-unmet-charts';
import { growthCharts } from './growth-charts';
import { needNeighboursChart, needProfileChart } from './published-charts';

// Specs built from the real model for Essex; expected figures are cells in data/raw/ehcp-sen2/release-2025.
describe('needs chart specs for Essex', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await testModel([areas, statisticalNeighbours, ehcpCaseload, ehcpAgeGroups, ehcpNeeds, ehcpRequestsAssessments, nhsAreas, laNhsOverlap]);
	}, 120_000);
	afterAll(() => db.close());
	const { document } = new JSDOM('<!doctype html><body></body>').window;

	it('names the census and year its rows carry, never a year written in (a newer release moves every label)', async () => {
		const comps = await comparators(db, 'E10000012');
		const counts = await needCounts(
			db,
			comps.map((c) => c.area_code)
		);
		expect(new Set(counts.filter((r) => r.kind === 'all').map((r) => r.period))).toEqual(new Set(['2025-01']));
		const input = { comparators: comps, counts };
		expect(needProfileChart(input, 'all')).toMatchObject({
			period: 'January 2025 (SEN2 census)',
			subtitle: expect.stringContaining('in January 2025 by primary need')
		});
		expect(needProfileChart(input, 'new')).toMatchObject({ period: 'Calendar year 2024' });
		// The same rows as if the next release had been dropped in: the labels follow the data.
		const next = counts.map((r) => ({ ...r, period: r.kind === 'all' ? '2026-01' : '2025' }));
		const moved = { ...input, counts: next };
		expect(needProfileChart(moved, 'all')).toMatchObject({
			period: 'January 2026 (SEN2 census)',
			subtitle: expect.stringContaining('in January 2026 by primary need')
		});
		expect(needProfileChart(moved, 'new')).toMatchObject({ period: 'Calendar year 2025', subtitle: expect.stringContaining('made in 2025') });
		expect(needNeighboursChart(moved, 'MLD')).toMatchObject({
			period: 'January 2026 (SEN2 census)',
			subtitle: expect.stringContaining('in January 2026 with')
		});
		const ccg = ccgChart(
			comps.find((c) => c.role === 'selected')!,
			await ccgNeedEstimates(db, 'E10000012')
		);
		expect(ccg.subtitle).toContain('(January 2025)');
		expect(ccg.period).toBe('January 2025 plans; CCG boundaries April 2020');
	});

	it('profiles needs with the published shares, intervals and the England flag in the table', async () => {
		const comps = await comparators(db, 'E10000012');
		const input = {
			comparators: comps,
			counts: await needCounts(
				db,
				comps.map((c) => c.area_code)
			)
		};
		const spec = needProfileChart(input, 'all');
		expect(spec.title).toBe(
			"ASD is the most common primary need in Essex's active EHC plans (41.6%, England 31.5%); 5 needs are significantly above England's share, 6 below"
		);
		const mld = spec.rows.find((r) => r.need === 'Moderate learning difficulty (MLD)');
		expect(mld).toMatchObject({ count: 1254, pc: 8.8, lower: 8.4, upper: 9.3, flag: '▼ significantly lower', england: 10.6 });
		expect(spec.alt).toContain('MLD: 8.8% of active EHC plans (95% CI 8.4–9.3%), England 10.6% — significantly lower');
		expect(spec.render(document).textContent).toContain('▲ significantly higher');
		const newPlans = needProfileChart(input, 'new');
		expect(newPlans.rows.find((r) => r.need === 'Moderate learning difficulty (MLD)')).toMatchObject({ count: 78, pc: 4.1, england: 7.5 });
		const neighbours = needNeighboursChart(input, 'MLD');
		expect(neighbours.rows).toHaveLength(13);
		expect(neighbours.rows[0]).toMatchObject({ area: 'Essex', count: 1254, pc: 8.8 });
	});

	it('indexes growth by age and setting against England and states the fastest-growing group', async () => {
		const comps = (await comparators(db, 'E10000012')).filter((c) => c.role === 'selected' || c.role === 'england');
		const [ageCounts, ageGrowth, setting] = growthCharts({ comparators: comps, growth: await growthSeries(db, ['E10000012', 'E92000001']) });
		expect(ageCounts!.rows).toHaveLength(7);
		// caseload.csv Essex fe_total 616 (2019) → 1,656 (2025): index 268.8.
		const fe = setting!.rows.find((r) => r.group === 'FE / specialist post-16' && r.area === 'Essex');
		expect(fe).toMatchObject({ firstYear: 2019, first: 616, last: 1656, index: 268.8 });
		expect(setting!.title).toBe(
			'In Essex, plans in FE / specialist post-16 grew fastest of the groups since January 2019 (+168.8%; England +54.1%; neither higher nor lower is better in itself) (NEET from 2023 and Placement not recorded from 2023 not compared: first published later)'
		);
		expect(setting!.rows.find((r) => r.group === 'Awaiting provision' && r.area === 'Essex')).toMatchObject({ last: 'x', index: null });
		expect(ageGrowth!.render(document).textContent).toContain('20 to 25');
	});

	// caseload.csv: "placement not recorded" and three of the four NEET columns start in January 2023 (x before).
	it('names the fastest-growing setting only among settings with the same base year, for every LA', async () => {
		const las = await db.all<{ area_code: string }>(`SELECT area_code FROM areas WHERE area_level = 'la' AND is_current`);
		const growth = await growthSeries(db, [...las.map((l) => l.area_code), 'E92000001']);
		let named = 0;
		for (const { area_code } of las) {
			const comps = (await comparators(db, area_code)).filter((c) => c.role === 'selected' || c.role === 'england');
			const setting = growthCharts({ comparators: comps, growth })[2]!;
			const m = /plans in (.+) grew fastest of the groups since January (\d{4})/.exec(setting.title);
			if (!m) continue;
			named++;
			expect([area_code, m[2]]).toEqual([area_code, '2019']);
		}
		expect(named).toBeGreaterThan(140);
		// NEET is all four columns: from 2023 only, never the fastest since 2019.
		const essex = growthCharts({
			comparators: (await comparators(db, 'E10000012')).filter((c) => c.role !== 'neighbour' && c.role !== 'region'),
			growth
		})[2]!;
		expect(essex.rows.find((r) => r.group === 'NEET' && r.area === 'Essex')).toMatchObject({ firstYear: 2023 });
		expect(essex.notes.join(' ')).toContain('NEET = all four');
	});

	it('states the CCG apportioning and the unmet-need comparison in words', async () => {
		const comps = await comparators(db, 'E10000012');
		const la = comps.find((c) => c.role === 'selected')!;
		const ccg = ccgChart(la, await ccgNeedEstimates(db, 'E10000012'));
		expect(ccg.title).toMatch(/^5 CCGs serve Essex; Mid Essex CCG \(06Q\) covers the largest part \(26\.8% of its LSOAs, about 3,821 of its plans\)$/);
		expect(ccg.notes[0]).toContain('LSOAs are counted, not weighted');
		const unmet = unmetChart(comps, await unmetFigures(db, ['E10000012', 'E92000001']));
		// requests.csv 2024: Essex 852 / 4,255 = 20.0%; England refused ÷ requests = 25.2%.
		expect(unmet.title).toBe('Essex refused assessment for 20% of requests in 2024, significantly lower than England (25.2%)');
		expect(unmet.rows.find((r) => r.indicator === 'Plans with placement not recorded')).toMatchObject({
			period: 'January 2025',
			numerator: 724,
			denominator: 14240,
			pc: 5.1
		});
	});
});
