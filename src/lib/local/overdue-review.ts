/**
 * When an EHC plan is past its annual review date. A plan must be reviewed at least every 12 months, counted from the
 * last review meeting or, if none has been held, from the date the plan was issued.
 *
 * The rule (decided here, and the SQL below follows it exactly):
 * - The review is due on the same day of the month 12 months later. If that day does not exist (a review on 29 February
 *   followed by a year without one), it is due on the last day of that month: 29 Feb 2024 → due by 28 Feb 2025.
 *   This is DuckDB's `date + INTERVAL n MONTH` arithmetic, which clamps to the month's end.
 * - A plan is overdue on a reference date (the extract / census date) only when that date is AFTER the due date:
 *   on exactly 12 months it is due today, not overdue.
 * - "Over 24 months" uses the same rule with 24 months.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assertIsoDate(date: string): string {
	if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw new Error(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
	return date;
}

/** `date` plus `months` calendar months, clamped to the last day of the month (ISO dates in, ISO date out). */
export function addMonthsClamped(date: string, months: number): string {
	const [y, m, d] = assertIsoDate(date).split('-').map(Number) as [number, number, number];
	const monthIndex = m - 1 + months;
	const year = y + Math.floor(monthIndex / 12);
	const month = ((monthIndex % 12) + 12) % 12;
	const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	const day = Math.min(d, lastDay);
	return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date the next annual review is due: 12 months after the last review, or after the plan's issue date. */
export function reviewDueDate(lastReview: string | null, planStart: string, months = 12): string {
	return addMonthsClamped(lastReview ?? planStart, months);
}

/** True when, on `asOf`, more than `months` months have passed since the last review (or the plan's issue). */
export function isReviewOverdue(lastReview: string | null, planStart: string, asOf: string, months = 12): boolean {
	return assertIsoDate(asOf) > reviewDueDate(lastReview, planStart, months);
}

/** The same rule as SQL over local_ehc_plans' columns (asOf is checked before it reaches SQL). */
export function reviewOverdueSql(asOf: string, months: 12 | 24): string {
	return `(DATE '${assertIsoDate(asOf)}' > CAST(COALESCE(last_review_date, plan_start_date) + INTERVAL ${months} MONTH AS DATE))`;
}
