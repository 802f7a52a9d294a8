import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../data/lib/node-runner';
import { testModel } from '../../../data/pipeline/test-model';
import { areas } from '../../../data/pipeline/datasets/areas';
import { ehcpAgeGroups } from '../../../data/pipeline/datasets/ehcp-age-groups';
import { ehcpCaseload } from '../../../data/pipeline/datasets/ehcp-caseload';
import { statisticalNeighbours } from '../../../data/pipeline/datasets/statistical-neighbours';
import { ehcpCeased } from '../../../data/pipeline/datasets/ehcp-ceased';
import { ehcpPost16Settings } from '../../../data/pipeline/datasets/ehcp-post16-settings';
import { ks4DestinationsSen } from '../../../data/pipeline/datasets/ks4-destinations-sen';
import { neetSend } from '../../../data/pipeline/datasets/neet-send';
import { post19Published } from './post19';

// The browser's SQL over the model built from the real files; every expected value was read from data/raw by hand.
describe('19–25 metric SQL on the real published data', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await testModel([areas, statisticalNeighbours, ehcpCaseload, ehcpAgeGroups, ehcpPost16Settings, ehcpCeased, neetSend, ks4DestinationsSen]);
	});
	afterAll(() => db.close());

	it('gives Essex plans by age group and in all (January 2025)', async () => {
		const p = await post19Published(db, ['E10000012', 'E92000001']);
		const at = (group: string, year: number) => p.ageGroups.find((r) => r.area_code === 'E10000012' && r.group === group && r.year === year)?.value;
		// caseload.csv, Essex January 2025: ages 20–25 = 309 + 193 + 114 + 66 + 39 + 22; ages 16–19 = 918 + 831 + 648 + 452.
		expect(at('20 to 25', 2025)).toBe(743);
		expect(at('16 to 19', 2025)).toBe(2849);
		expect(at('All ages', 2025)).toBe(14240);
		expect(p.ageGroups.filter((r) => r.area_code === 'E10000012' && r.group === '20 to 25').map((r) => r.year)).toEqual([
			2019, 2020, 2021, 2022, 2023, 2024, 2025
		]);
	});

	it('groups the settings of 19–25-year-olds so the parts add up to all plans (Essex, January 2025)', async () => {
		const p = await post19Published(db, ['E10000012']);
		expect(p.settingsYear).toBe(2025);
		const v = Object.fromEntries(p.settings.map((r) => [r.setting, r.value]));
		// Ages 19–25 summed from caseload.csv: general FE 696, specialist 23, UKRLP 34, school 17 + 107 + 1, NEET 1 + 65 + 29 + 0, not recorded 206.
		expect(v).toEqual({ all: 1195, general_fe: 696, specialist_post16: 23, other_post16: 34, school: 125, neet: 95, unknown: 206, other: 16 });
		const wbp = Object.fromEntries(p.workBased.map((r) => [r.setting, r.value]));
		// work_based_placements.csv, Essex ages 19–24 (no "25 or over" row): supported internships 28 + 36 + 17 + 9 + 3 + 1.
		expect(wbp).toMatchObject({ work_based_supported_internships: 94, work_based_apprenticeships: 4, work_based_traineeships: 0, work_based_placements: 98 });
	});

	it('keeps settings DfE did not publish as "x", never zero (Cambridgeshire, January 2025: every setting column is x)', async () => {
		const p = await post19Published(db, ['E10000003']);
		const by = Object.fromEntries(p.settings.map((r) => [r.setting, { value: r.value, symbol: r.symbol }]));
		expect(by.all?.value).toBeGreaterThan(0);
		for (const key of ['general_fe', 'specialist_post16', 'other_post16', 'school', 'neet', 'unknown', 'other'])
			expect(by[key]).toEqual({ value: null, symbol: 'x' });
	});

	it('gives ceased plans by reason and NEET / not known by SEN provision (Essex)', async () => {
		const p = await post19Published(db, ['E10000012']);
		expect(p.ceasedYear).toBe(2024);
		const reason = (r: string) => p.ceased.find((c) => c.reason === r)?.value;
		// ceased_plans.csv 2024, Essex: total 896, employment 208, HE 87, max age 25, no longer engaging 207, other (not_rec) 0, not recorded (other) 2.
		expect([reason('All ceased plans'), reason('Moved to paid employment'), reason('Moved to higher education'), reason('Maximum age reached')]).toEqual([
			896, 208, 87, 25
		]);
		expect([reason('Young person no longer wishes to engage'), reason('Other reason'), reason('Reason not recorded')]).toEqual([207, 0, 2]);
		const neet = (g: string) => p.neet.find((n) => n.group === g && n.year === 2025)?.value;
		// UD_NEETNK_LA_dashboard_final.csv, Essex 2025: NEET_NK_EHCP 9.4, SENDsupport 12.6, noSEN 5.7, all 6.5.
		expect([neet('EHC plan'), neet('SEN support'), neet('No SEN'), neet('All young people')]).toEqual([9.4, 12.6, 5.7, 6.5]);
	});

	it('gives post-16 destinations by SEN provision for Essex and the East of England (2021/22)', async () => {
		const p = await post19Published(db, ['E10000012', 'E12000006', 'E92000001']);
		const v = (code: string, group: string, measure: string) => p.destinations.find((d) => d.area_code === code && d.group === group && d.measure === measure);
		// prepared_data.Rdata__ks4_destinations.csv, 202122, Essex EHC plan or Statement: overall 90.1, education 86.0, appren 0.7,
		// all_work 3.4, all_notsust 7.5, all_unknown 2.4, cohort 587; SEN support overall 87.4; no identified SEN 94.6. East of England EHC 90.4.
		expect(
			['sustained_pc', 'education_pc', 'apprenticeship_pc', 'employment_pc', 'not_sustained_pc', 'unknown_pc', 'cohort'].map(
				(m) => v('E10000012', 'EHC plan or Statement', m)?.value
			)
		).toEqual([90.1, 86, 0.7, 3.4, 7.5, 2.4, 587]);
		expect([v('E10000012', 'SEN support', 'sustained_pc')?.value, v('E10000012', 'No identified SEN', 'sustained_pc')?.value]).toEqual([87.4, 94.6]);
		expect(v('E12000006', 'EHC plan or Statement', 'sustained_pc')).toMatchObject({ value: 90.4, period: '2021/22', year: 2022 });
		// The file has no England rows, and "Identified SEN" (EHC plan + SEN support) is not queried.
		expect(p.destinations.filter((d) => d.area_code === 'E92000001' || d.group === 'Identified SEN')).toEqual([]);
	});
});
