/**
 * Waits from the local extract's suspected-autism referrals (table local_asd_referrals). Open referrals are kept:
 * each row's wait runs to its event or, if there is none yet, to the censoring date (the latest date recorded in the
 * extract, taken as the extract date). Counts returned here are raw: callers must pass them through suppressCounts.
 */
import type { QueryRunner } from '$lib/db/runner';

export const LOCAL_ASD_DATASETS = ['local_asd_referrals'] as const;

/** Age bands used for ASD waits (age at referral). */
export const LOCAL_AGE_BANDS = ['0–4', '5–10', '11–17', '18–24'] as const;
/** Wait bands of the current list, in weeks: under 13, 13–52, 52–104, 104 and over. */
export const WAIT_BANDS = ['Under 13 weeks', '13 to 52 weeks', '52 to 104 weeks', '104 weeks or more'] as const;
export const CLEARANCE_WINDOW_MONTHS = 6;

const AGE_BAND_SQL = `CASE WHEN age_at_referral <= 4 THEN '0–4' WHEN age_at_referral <= 10 THEN '5–10' WHEN age_at_referral <= 17 THEN '11–17' ELSE '18–24' END`;

/** The censoring date: the latest referral, first-contact or outcome date in the extract. */
const censorDateSql = `
	SELECT strftime(max(greatest(referral_date, coalesce(first_contact_date, referral_date), coalesce(outcome_date, referral_date))), '%Y-%m-%d') AS censor_date
	FROM local_asd_referrals`;

export async function censorDate(db: QueryRunner): Promise<string | null> {
	return (await db.all<{ censor_date: string | null }>(censorDateSql))[0]?.censor_date ?? null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function dateLiteral(date: string): string {
	if (!DATE.test(date)) throw new Error(`Not a date: ${JSON.stringify(date)}`);
	return `DATE '${date}'`;
}

export interface ReferralWait {
	ccg_code: string;
	quadrant_code: string;
	locality_code: string;
	age_band: (typeof LOCAL_AGE_BANDS)[number];
	/** Days from referral to first contact, or to censoring. */
	contact_days: number;
	contact_event: boolean;
	/** Days from referral to the diagnostic outcome, or to censoring. */
	outcome_days: number;
	outcome_event: boolean;
}

/**
 * One row per referral. First contact: a referral closed with no contact recorded is censored at its outcome date
 * (it left the queue without being seen); an open one at the censoring date. Outcome: censored at the censoring date.
 */
function referralWaitsSql(censor: string): string {
	const c = dateLiteral(censor);
	return `SELECT ccg_code, quadrant_code, locality_code, ${AGE_BAND_SQL} AS age_band,
			date_diff('day', referral_date, coalesce(first_contact_date, outcome_date, ${c})) AS contact_days,
			first_contact_date IS NOT NULL AS contact_event,
			date_diff('day', referral_date, coalesce(outcome_date, ${c})) AS outcome_days,
			outcome_date IS NOT NULL AS outcome_event
		FROM local_asd_referrals WHERE referral_date <= ${c}`;
}

export function referralWaits(db: QueryRunner, censor: string): Promise<ReferralWait[]> {
	return db.all<ReferralWait>(referralWaitsSql(censor));
}

/** The geography a waiting list is broken down by. */
export type WaitArea = 'ccg_code' | 'quadrant_code' | 'locality_code';
const WAIT_AREAS: readonly WaitArea[] = ['ccg_code', 'quadrant_code', 'locality_code'];

export interface WaitingListCell {
	/** The CCG / sub-ICB, quadrant or locality code. */
	group_code: string;
	wait_band: (typeof WAIT_BANDS)[number];
	waiting: number;
}

/** Open referrals (no outcome yet) on the censoring date, by area (CCG, quadrant or locality) and how long they have waited; every band listed, 0 included. */
function waitingListSql(censor: string, by: WaitArea = 'ccg_code'): string {
	const c = dateLiteral(censor);
	if (!WAIT_AREAS.includes(by)) throw new Error(`Not a waiting-list breakdown: ${JSON.stringify(by)}`);
	return `WITH open AS (
			SELECT ${by} AS group_code, date_diff('day', referral_date, ${c}) AS days FROM local_asd_referrals
			WHERE outcome_date IS NULL AND referral_date <= ${c}
		), banded AS (
			SELECT group_code, CASE WHEN days < 91 THEN '${WAIT_BANDS[0]}' WHEN days < 364 THEN '${WAIT_BANDS[1]}' WHEN days < 728 THEN '${WAIT_BANDS[2]}' ELSE '${WAIT_BANDS[3]}' END AS wait_band FROM open
		), grid AS (
			SELECT group_code, wait_band FROM (SELECT DISTINCT ${by} AS group_code FROM local_asd_referrals)
			CROSS JOIN (VALUES ${WAIT_BANDS.map((b) => `('${b}')`).join(', ')}) AS b(wait_band)
		)
		SELECT g.group_code, g.wait_band, count(b.group_code)::INTEGER AS waiting
		FROM grid g LEFT JOIN banded b USING (group_code, wait_band)
		GROUP BY ALL ORDER BY g.group_code, g.wait_band`;
}

export function waitingList(db: QueryRunner, censor: string, by: WaitArea = 'ccg_code'): Promise<WaitingListCell[]> {
	return db.all<WaitingListCell>(waitingListSql(censor, by));
}

export interface MonthlyFlow {
	ccg_code: string;
	month: string;
	referrals: number;
	completed: number;
}

/** Referrals received and referrals closed with an outcome (assessments completed), by CCG and month, every month listed. */
function monthlyFlowSql(censor: string): string {
	const c = dateLiteral(censor);
	return `WITH months AS (
			SELECT strftime(m, '%Y-%m') AS month FROM range(date_trunc('month', (SELECT min(referral_date) FROM local_asd_referrals)), ${c} + INTERVAL 1 DAY, INTERVAL 1 MONTH) AS t(m)
		), grid AS (SELECT ccg_code, month FROM (SELECT DISTINCT ccg_code FROM local_asd_referrals) CROSS JOIN months),
		ins AS (SELECT ccg_code, strftime(referral_date, '%Y-%m') AS month, count(*) AS n FROM local_asd_referrals WHERE referral_date <= ${c} GROUP BY ALL),
		outs AS (SELECT ccg_code, strftime(outcome_date, '%Y-%m') AS month, count(*) AS n FROM local_asd_referrals WHERE outcome_date <= ${c} GROUP BY ALL)
		SELECT g.ccg_code, g.month, coalesce(i.n, 0)::INTEGER AS referrals, coalesce(o.n, 0)::INTEGER AS completed
		FROM grid g LEFT JOIN ins i USING (ccg_code, month) LEFT JOIN outs o USING (ccg_code, month)
		ORDER BY g.ccg_code, g.month`;
}

export function monthlyFlow(db: QueryRunner, censor: string): Promise<MonthlyFlow[]> {
	return db.all<MonthlyFlow>(monthlyFlowSql(censor));
}

export interface RecentRates {
	ccg_code: string;
	waiting: number;
	referrals: number;
	completed: number;
}

/** Per CCG: open referrals on the censoring date, and referrals in / completed in the 6 months up to it. */
function recentRatesSql(censor: string): string {
	const c = dateLiteral(censor);
	const from = `${c} - INTERVAL ${CLEARANCE_WINDOW_MONTHS} MONTH`;
	return `SELECT ccg_code,
			count(*) FILTER (WHERE outcome_date IS NULL AND referral_date <= ${c})::INTEGER AS waiting,
			count(*) FILTER (WHERE referral_date > ${from} AND referral_date <= ${c})::INTEGER AS referrals,
			count(*) FILTER (WHERE outcome_date > ${from} AND outcome_date <= ${c})::INTEGER AS completed
		FROM local_asd_referrals GROUP BY ccg_code ORDER BY ccg_code`;
}

export function recentRates(db: QueryRunner, censor: string): Promise<RecentRates[]> {
	return db.all<RecentRates>(recentRatesSql(censor));
}
