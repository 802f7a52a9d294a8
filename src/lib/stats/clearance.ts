/**
 * How long today's waiting list would take to clear at recent rates: the list shrinks by (completed − new) a month,
 * so it clears in waiting ÷ (completed − new) months. When as many or more join as leave, it never clears, and that
 * is said rather than shown as a number.
 */

type ListTrend = 'empty' | 'shrinking' | 'steady' | 'growing';

export interface Clearance {
	trend: ListTrend;
	/** Months to clear at the net rate; null when the list is steady or growing (never clears). 0 when empty. */
	months: number | null;
	/** Net change a month: new − completed (positive = growing). */
	netPerMonth: number;
	/** Months to clear if no one new joined (waiting ÷ completed a month); null when nothing is being completed. */
	monthsIfNoNewReferrals: number | null;
}

export interface ClearanceInput {
	/** People waiting today. */
	waiting: number;
	/** New referrals in the window. */
	arrivals: number;
	/** Referrals completed (closed with an outcome) in the window. */
	completions: number;
	/** Length of the window in months (6 for "the last 6 months"). */
	windowMonths: number;
}

export function clearanceTime({ waiting, arrivals, completions, windowMonths }: ClearanceInput): Clearance {
	if (!(windowMonths > 0)) throw new Error('clearanceTime: windowMonths must be positive');
	if ([waiting, arrivals, completions].some((v) => !(v >= 0))) throw new Error('clearanceTime: counts must be ≥ 0');
	const inRate = arrivals / windowMonths;
	const outRate = completions / windowMonths;
	const netPerMonth = inRate - outRate;
	const monthsIfNoNewReferrals = outRate > 0 ? waiting / outRate : null;
	if (waiting === 0) return { trend: 'empty', months: 0, netPerMonth, monthsIfNoNewReferrals: 0 };
	if (netPerMonth < 0) return { trend: 'shrinking', months: waiting / -netPerMonth, netPerMonth, monthsIfNoNewReferrals };
	return { trend: netPerMonth === 0 ? 'steady' : 'growing', months: null, netPerMonth, monthsIfNoNewReferrals };
}

/** The answer in words, e.g. "about 18 months" or "never at these rates: the list is growing by 12 a month". */
export function describeClearance(c: Clearance): string {
	switch (c.trend) {
		case 'empty':
			return 'no one is waiting';
		case 'shrinking':
			return `about ${Math.round(c.months! * 10) / 10} months`;
		case 'steady':
			return 'never at these rates: as many join the list as leave it';
		case 'growing':
			return `never at these rates: the list is growing by about ${Math.round(c.netPerMonth * 10) / 10} a month`;
	}
}
