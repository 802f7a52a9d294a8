import { beforeAll, describe, expect, it } from 'vitest';
import { CODE_LISTS, getLocalTable, LOCAL_TABLES, looksLikeDirectIdentifier } from '../../src/lib/local/contract';
import { dayOf } from './dates';
import { generateSyntheticExtract, tableOf, type SyntheticExtract } from './extract';
import { CCGS, MLD_QUADRANT, QUADRANTS } from './geography';
import { kaplanMeierMedian } from './survival';
import { columnOf, type SyntheticTable } from './table';

const SEED = 20250116;
const CENSUS = dayOf('2025-01-16');
const MONTH = 365.25 / 12;
let ex: SyntheticExtract;

function rowsOf(t: SyntheticTable): Array<Record<string, unknown>> {
	return Array.from({ length: t.rows }, (_, r) => Object.fromEntries(t.specs.map((s, i) => [s.name, t.columns[i]![r]])));
}

beforeAll(() => {
	ex = generateSyntheticExtract({ seed: SEED, scale: 1 });
});

describe('shape and contract', () => {
	it('makes only the tables asked for, each the same as in the whole extract', () => {
		const some = generateSyntheticExtract({ seed: SEED, scale: 1, tables: ['ehc_plans', 'post16_places', 'population'] });
		expect(some.tables.map((t) => t.name)).toEqual(['ehc_plans', 'post16_places', 'population']);
		for (const t of some.tables) expect(t.columns).toEqual(tableOf(ex, t.name).columns);
		expect(some.activePlans).toBe(ex.activePlans);
	});
	it('has every contract table, with the contract columns in order', () => {
		expect(ex.tables.map((t) => t.name)).toEqual(LOCAL_TABLES.map((t) => t.name));
		for (const t of ex.tables) {
			const def = getLocalTable(t.name)!;
			expect(t.specs).toEqual(def.columns.map((c) => ({ name: c.name, type: c.type })));
			expect(t.table).toBe(`local_${t.name}`);
			for (const col of t.columns) expect(col.length).toBe(t.rows);
		}
	});

	it('every value has its column type, required columns have no nulls, codes are in the code lists, ranges hold', () => {
		for (const t of ex.tables) {
			const def = getLocalTable(t.name)!;
			def.columns.forEach((c, i) => {
				const col = t.columns[i]!;
				const codes = c.codes ? new Set(CODE_LISTS[c.codes].codes.map((x) => x.code)) : null;
				for (let r = 0; r < col.length; r++) {
					const v = col[r];
					if (v === null || v === undefined) {
						if (c.required) throw new Error(`${t.name}.${c.name} row ${r} is null but required`);
						continue;
					}
					const ok =
						c.type === 'string'
							? typeof v === 'string'
							: c.type === 'bool'
								? typeof v === 'boolean'
								: c.type === 'double'
									? typeof v === 'number' && Number.isFinite(v)
									: typeof v === 'number' && Number.isInteger(v);
					if (!ok) throw new Error(`${t.name}.${c.name} row ${r}: ${String(v)} is not ${c.type}`);
					if (codes && !codes.has(v as string | number)) throw new Error(`${t.name}.${c.name} row ${r}: ${String(v)} not in ${c.codes}`);
					if (c.min !== undefined && (v as number) < c.min) throw new Error(`${t.name}.${c.name} row ${r}: ${String(v)} < ${c.min}`);
					if (c.max !== undefined && (v as number) > c.max) throw new Error(`${t.name}.${c.name} row ${r}: ${String(v)} > ${c.max}`);
				}
			});
		}
	});

	it('has no column that is or looks like a direct identifier, and ids are pseudonyms', () => {
		for (const t of ex.tables) for (const s of t.specs) expect(looksLikeDirectIdentifier(s.name), `${t.name}.${s.name}`).toBe(false);
		expect(looksLikeDirectIdentifier('nhs_number')).toBe(true);
		expect(looksLikeDirectIdentifier('upn')).toBe(true);
		expect(looksLikeDirectIdentifier('date_of_birth')).toBe(true);
		expect(looksLikeDirectIdentifier('postcode')).toBe(true);
		expect(looksLikeDirectIdentifier('forename')).toBe(true);
		const ids = columnOf(tableOf(ex, 'ehc_plans'), 'plan_id') as string[];
		expect(ids.every((id) => /^NM-\d{6,}$/.test(id))).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
		expect((columnOf(tableOf(ex, 'exclusions'), 'pupil_id') as string[]).every((id) => /^NP-\d{6,}$/.test(id))).toBe(true);
		// no string value looks like an NHS number (10 digits) or a full postcode
		for (const t of ex.tables)
			for (const col of t.columns)
				for (const v of col)
					if (typeof v === 'string' && (/^\d{10}$/.test(v) || /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/.test(v))) throw new Error(`${t.name}: ${v}`);
	});
});

describe('EHC plans', () => {
	it('has about 12,000 active plans at scale 1 (±5%)', () => {
		const status = columnOf(tableOf(ex, 'ehc_plans'), 'status');
		const active = status.filter((s) => s === 'active').length;
		expect(active).toBeGreaterThan(12_000 * 0.95);
		expect(active).toBeLessThan(12_000 * 1.05);
		expect(status.filter((s) => s === 'ceased').length).toBeGreaterThan(1500);
	});

	it('active and ceased plans are consistent; dates are in order', () => {
		for (const p of rowsOf(tableOf(ex, 'ehc_plans'))) {
			const start = p.plan_start_date as number;
			if (p.status === 'active') {
				expect(p.ceased_date).toBeNull();
				expect(p.cease_reason).toBeNull();
				expect(p.age_at_census).not.toBeNull();
				expect(start).toBeLessThanOrEqual(CENSUS);
			} else {
				expect(p.ceased_date).not.toBeNull();
				expect(p.cease_reason).not.toBeNull();
				expect(p.age_at_cease).not.toBeNull();
				expect(p.age_at_census).toBeNull();
				expect(p.ceased_date as number).toBeLessThan(CENSUS);
				expect(start).toBeLessThanOrEqual(p.ceased_date as number);
			}
			if (p.last_review_date !== null) expect(p.last_review_date as number).toBeGreaterThanOrEqual(start);
			if (p.request_received_date !== null) expect(p.request_received_date as number).toBeLessThan(start);
			expect(p.primary_need).not.toBe('NSA');
			if (p.secondary_need !== null) expect(p.secondary_need).not.toBe(p.primary_need);
		}
	});

	it('need mix is England-like and MLD is well over-represented in one quadrant', () => {
		const plans = rowsOf(tableOf(ex, 'ehc_plans')).filter((p) => p.status === 'active');
		const share = (rows: typeof plans, need: string) => rows.filter((p) => p.primary_need === need).length / rows.length;
		expect(share(plans, 'ASD')).toBeGreaterThan(0.27);
		expect(share(plans, 'ASD')).toBeLessThan(0.36);
		expect(share(plans, 'SLCN')).toBeGreaterThan(0.16);
		expect(share(plans, 'SEMH')).toBeGreaterThan(0.15);
		const county = share(plans, 'MLD');
		const inQuadrant = share(
			plans.filter((p) => p.quadrant_code === MLD_QUADRANT),
			'MLD'
		);
		expect(inQuadrant).toBeGreaterThan(1.7 * county);
		for (const q of QUADRANTS.filter((x) => x !== MLD_QUADRANT))
			expect(
				share(
					plans.filter((p) => p.quadrant_code === q),
					'MLD'
				)
			).toBeLessThan(county);
	});

	it('about 60% of plans issued in 2024 were issued within 20 weeks; some reviews are overdue; some placements unknown', () => {
		const plans = rowsOf(tableOf(ex, 'ehc_plans'));
		const issued2024 = plans.filter((p) => p.request_received_date !== null);
		expect(issued2024.length).toBeGreaterThan(1000);
		const within = issued2024.filter((p) => (p.plan_start_date as number) - (p.request_received_date as number) <= 140).length / issued2024.length;
		expect(within).toBeGreaterThan(0.55);
		expect(within).toBeLessThan(0.65);
		const active = plans.filter((p) => p.status === 'active' && (p.plan_start_date as number) < CENSUS - 365);
		const lastOf = (p: (typeof plans)[number]) => (p.last_review_date ?? p.plan_start_date) as number;
		const over12 = active.filter((p) => lastOf(p) < CENSUS - 365).length / active.length;
		const over24 = active.filter((p) => lastOf(p) < CENSUS - 730).length / active.length;
		expect(over12).toBeGreaterThan(0.05);
		expect(over12).toBeLessThan(0.35);
		expect(over24).toBeGreaterThan(0.01);
		const current = plans.filter((p) => p.status === 'active');
		const unknown = current.filter((p) => p.setting_group === 'placement_unknown').length / current.length;
		expect(unknown).toBeGreaterThanOrEqual(0.008);
		expect(unknown).toBeLessThanOrEqual(0.025);
		expect(current.some((p) => p.setting_group === 'awaiting_provision')).toBe(true);
		expect(current.some((p) => p.establishment_closed === true)).toBe(true);
		// NEET only for 16+
		for (const p of current) if (p.setting_code === 'NEET') expect(p.age_at_census as number).toBeGreaterThanOrEqual(16);
	});
});

describe('ASD referrals', () => {
	it('every CCG has referrals, and CCGs span quadrants (no nesting)', () => {
		const rows = rowsOf(tableOf(ex, 'asd_referrals'));
		const spans = new Map<string, Set<string>>();
		for (const r of rows) spans.set(r.ccg_code as string, (spans.get(r.ccg_code as string) ?? new Set()).add(r.quadrant_code as string));
		for (const c of CCGS) expect(spans.get(c)?.size ?? 0).toBeGreaterThanOrEqual(1);
		expect([...spans.values()].filter((s) => s.size >= 2).length).toBeGreaterThanOrEqual(2);
	});

	it('a few thousand referrals a year from January 2021; dates are ordered; open referrals have null outcome', () => {
		const rows = rowsOf(tableOf(ex, 'asd_referrals'));
		const perYear = new Map<number, number>();
		for (const r of rows) {
			const ref = r.referral_date as number;
			const year = new Date(ref * 86_400_000).getUTCFullYear();
			perYear.set(year, (perYear.get(year) ?? 0) + 1);
			expect(ref).toBeGreaterThanOrEqual(dayOf('2021-01-01'));
			expect(ref).toBeLessThan(CENSUS);
			if (r.first_contact_date !== null) {
				expect(r.first_contact_date as number).toBeGreaterThanOrEqual(ref);
				expect(r.first_contact_date as number).toBeLessThan(CENSUS);
			}
			if (r.outcome_date !== null) {
				expect(r.outcome_date as number).toBeGreaterThanOrEqual(ref);
				expect(r.outcome_date as number).toBeLessThan(CENSUS);
				if (r.first_contact_date !== null) expect(r.outcome_date as number).toBeGreaterThanOrEqual(r.first_contact_date as number);
				expect(r.outcome).not.toBeNull();
			} else {
				expect(r.outcome).toBeNull();
			}
		}
		for (const y of [2021, 2022, 2023, 2024]) {
			expect(perYear.get(y) ?? 0).toBeGreaterThan(2000);
			expect(perYear.get(y) ?? 0).toBeLessThan(5000);
		}
		const open = rows.filter((r) => r.outcome === null).length;
		expect(open).toBeGreaterThan(1000); // censored referrals are kept
	});

	it('median waits (Kaplan-Meier, censored at the extract date) differ by CCG as specified', () => {
		const rows = rowsOf(tableOf(ex, 'asd_referrals'));
		const median = (ccg: string, field: 'first_contact_date' | 'outcome_date') => {
			const mine = rows.filter((r) => r.ccg_code === ccg && !(field === 'first_contact_date' && r.first_contact_date === null && r.outcome_date !== null));
			const times = mine.map((r) => ((r[field] ?? CENSUS) as number) - (r.referral_date as number));
			const events = mine.map((r) => r[field] !== null);
			const m = kaplanMeierMedian(times, events);
			return m === null ? Infinity : m / MONTH;
		};
		const firstContact = Object.fromEntries(CCGS.map((c) => [c, median(c, 'first_contact_date')]));
		const outcome = Object.fromEntries(CCGS.map((c) => [c, median(c, 'outcome_date')]));
		// one CCG meets ~3 months to first contact; one takes 18-24 months to an outcome; the others are between
		expect(firstContact.SYN01).toBeGreaterThan(2.4);
		expect(firstContact.SYN01).toBeLessThan(3.8);
		expect(outcome.SYN04).toBeGreaterThanOrEqual(18);
		expect(outcome.SYN04).toBeLessThanOrEqual(24);
		for (const c of ['SYN02', 'SYN03', 'SYN05']) {
			expect(firstContact[c]).toBeGreaterThan(firstContact.SYN01!);
			expect(outcome[c]).toBeLessThan(outcome.SYN04!);
		}
	});
});

describe('exclusions and pupils', () => {
	it('rates per 100 pupils are realistic and far higher for pupils with SEN', () => {
		const pupils = rowsOf(tableOf(ex, 'school_pupils')).filter((p) => p.academic_year === '2022/23');
		const events = rowsOf(tableOf(ex, 'exclusions')).filter((e) => e.academic_year === '2022/23');
		const rate = (type: string, sen?: string) =>
			(100 * events.filter((e) => e.exclusion_type === type && (!sen || e.sen_status === sen)).length) /
			pupils.filter((p) => !sen || p.sen_status === sen).reduce((a, p) => a + (p.pupils as number), 0);
		expect(rate('SUSPENSION')).toBeGreaterThan(7);
		expect(rate('SUSPENSION')).toBeLessThan(12);
		expect(rate('PERMANENT')).toBeGreaterThan(0.06);
		expect(rate('PERMANENT')).toBeLessThan(0.18);
		expect(rate('SUSPENSION', 'EHC')).toBeGreaterThan(2.5 * rate('SUSPENSION', 'NO_SEN'));
		expect(rate('SUSPENSION', 'SEN_SUPPORT')).toBeGreaterThan(2.5 * rate('SUSPENSION', 'NO_SEN'));
		expect(rate('PERMANENT', 'SEN_SUPPORT')).toBeGreaterThan(rate('PERMANENT', 'NO_SEN'));
	});

	it('events are consistent: no need for no-SEN pupils, length only for suspensions, dates in their academic year', () => {
		for (const e of rowsOf(tableOf(ex, 'exclusions'))) {
			if (e.sen_status === 'NO_SEN') expect(e.primary_need).toBeNull();
			else expect(e.primary_need).not.toBeNull();
			if (e.sen_status === 'EHC') expect(e.primary_need).not.toBe('NSA');
			expect(e.exclusion_type === 'SUSPENSION' ? e.length_days !== null : e.length_days === null).toBe(true);
			const start = Number(String(e.academic_year).slice(0, 4));
			expect(e.start_date as number).toBeGreaterThanOrEqual(dayOf(`${start}-09-01`));
			expect(e.start_date as number).toBeLessThan(Math.min(dayOf(`${start + 1}-09-01`), CENSUS));
		}
	});
});

describe('post-16 places and population', () => {
	it('commissioned 19-25 places fall short of the 19-25-year-olds with plans', () => {
		const places = rowsOf(tableOf(ex, 'post16_places')).filter((p) => p.academic_year === '2024/25' && (p.age_to as number) >= 19);
		const plans19 = rowsOf(tableOf(ex, 'ehc_plans')).filter((p) => p.status === 'active' && (p.age_at_census as number) >= 19).length;
		const total = places.reduce((a, p) => a + (p.places as number), 0);
		expect(total).toBeGreaterThan(0);
		expect(total).toBeLessThan(plans19);
		for (const p of rowsOf(tableOf(ex, 'post16_places'))) expect(p.age_from as number).toBeLessThanOrEqual(p.age_to as number);
	});

	it('the 0-25 population gives an England-like rate of plans per 1,000', () => {
		const pop = (columnOf(tableOf(ex, 'population'), 'population') as number[]).reduce((a, b) => a + b, 0);
		expect(pop).toBeGreaterThan(300_000);
		const rate = (1000 * ex.activePlans) / pop;
		expect(rate).toBeGreaterThan(25);
		expect(rate).toBeLessThan(45);
	});
});

describe('determinism and scale', () => {
	it('same seed gives identical values; a different seed differs', () => {
		const again = generateSyntheticExtract({ seed: SEED, scale: 1 });
		expect(again.tables.map((t) => t.columns)).toEqual(ex.tables.map((t) => t.columns));
		const other = generateSyntheticExtract({ seed: SEED + 1, scale: 1 });
		expect(columnOf(tableOf(other, 'ehc_plans'), 'primary_need')).not.toEqual(columnOf(tableOf(ex, 'ehc_plans'), 'primary_need'));
	});

	it('scale 2 gives about twice the rows', () => {
		const double = generateSyntheticExtract({ seed: SEED, scale: 2 });
		for (const name of ['ehc_plans', 'asd_referrals', 'exclusions']) {
			const ratio = tableOf(double, name).rows / tableOf(ex, name).rows;
			expect(ratio, name).toBeGreaterThan(1.9);
			expect(ratio, name).toBeLessThan(2.1);
		}
		expect(double.activePlans).toBe(24_000);
	});

	it('rejects bad options', () => {
		expect(() => generateSyntheticExtract({ seed: 1.5, scale: 1 })).toThrow();
		expect(() => generateSyntheticExtract({ seed: 1, scale: 0 })).toThrow();
		expect(() => generateSyntheticExtract({ seed: 1, scale: 1, extractDate: '2025-13-01' })).toThrow();
	});
});
