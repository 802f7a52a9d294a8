import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner, type NodeRunner } from '../../../data/lib/node-runner';
import { addMonthsClamped, isReviewOverdue, reviewDueDate, reviewOverdueSql } from './overdue-review';

describe('the overdue annual review rule', () => {
	it('is due on the same day 12 months later, and overdue only after it', () => {
		expect(reviewDueDate('2024-03-15', '2020-01-01')).toBe('2025-03-15');
		expect(isReviewOverdue('2024-03-15', '2020-01-01', '2025-03-15')).toBe(false); // exactly 12 months: due today
		expect(isReviewOverdue('2024-03-15', '2020-01-01', '2025-03-16')).toBe(true);
		expect(isReviewOverdue('2024-03-15', '2020-01-01', '2025-03-14')).toBe(false);
	});
	it('treats a review on 29 February as due by 28 February the next year', () => {
		expect(reviewDueDate('2024-02-29', '2020-01-01')).toBe('2025-02-28');
		expect(isReviewOverdue('2024-02-29', '2020-01-01', '2025-02-28')).toBe(false);
		expect(isReviewOverdue('2024-02-29', '2020-01-01', '2025-03-01')).toBe(true);
		// 29 Feb 2024 + 48 months lands on a leap day again.
		expect(addMonthsClamped('2024-02-29', 48)).toBe('2028-02-29');
		// 28 Feb 2023 + 12 months is 28 Feb 2024, not the leap day.
		expect(reviewDueDate('2023-02-28', '2020-01-01')).toBe('2024-02-28');
	});
	it('counts from the plan’s issue date when no review has been held', () => {
		expect(isReviewOverdue(null, '2023-12-01', '2025-01-16')).toBe(true);
		expect(isReviewOverdue(null, '2024-06-01', '2025-01-16')).toBe(false);
	});
	it('uses the same rule for 24 months, clamping month ends', () => {
		expect(reviewDueDate('2022-08-31', '2020-01-01', 24)).toBe('2024-08-31');
		expect(addMonthsClamped('2023-01-31', 13)).toBe('2024-02-29');
		expect(isReviewOverdue('2023-01-16', '2020-01-01', '2025-01-16', 24)).toBe(false);
		expect(isReviewOverdue('2023-01-15', '2020-01-01', '2025-01-16', 24)).toBe(true);
	});
	it('refuses a malformed date before it reaches SQL', () => {
		expect(() => reviewOverdueSql("2025-01-16' OR 1=1 --", 12)).toThrow('Not an ISO date');
	});
});

describe('the SQL form agrees with the rule at the boundaries', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await createNodeRunner();
		await db.run(`CREATE TABLE local_ehc_plans AS SELECT * FROM (VALUES
			('a', DATE '2024-02-29', DATE '2020-01-01'), ('b', DATE '2024-03-15', DATE '2020-01-01'), ('c', NULL, DATE '2023-12-01'),
			('d', DATE '2023-01-15', DATE '2020-01-01'), ('e', DATE '2023-01-16', DATE '2020-01-01'), ('f', DATE '2023-02-28', DATE '2020-01-01')
		) t(plan_id, last_review_date, plan_start_date)`);
	});
	afterAll(() => db.close());

	for (const asOf of ['2025-02-28', '2025-03-01', '2025-03-15', '2025-03-16', '2025-01-16', '2024-02-28', '2024-02-29']) {
		for (const months of [12, 24] as const) {
			it(`on ${asOf}, over ${months} months`, async () => {
				const rows = await db.all<{ plan_id: string; last: string | null; start: string; overdue: boolean }>(
					`SELECT plan_id, last_review_date AS last, plan_start_date AS start, ${reviewOverdueSql(asOf, months)} AS overdue FROM local_ehc_plans ORDER BY plan_id`
				);
				for (const r of rows) expect(r.overdue, r.plan_id).toBe(isReviewOverdue(r.last, r.start, asOf, months));
			});
		}
	}
});
