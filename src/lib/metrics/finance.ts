/**
 * Money: the Dedicated Schools Grant cumulative balance as a % of DSG income (published for LAs, regions and England)
 * and high-needs spend per head aged 2–18 on state and on independent or non-maintained specialist provision (LAs only:
 * region and England are the median of their LAs, computed in `compared-series.ts`).
 */
import type { QueryRunner } from '$lib/db/runner';
import { comparedSeriesSql, type SeriesPoint, type SeriesQuery } from './compared-series';

export const FINANCE_DATASETS = ['dsg_balance', 'specialist_spend'] as const;

const SPEND_CATEGORIES = ['State', 'Independent or non-maintained'] as const;
export type SpendCategory = (typeof SPEND_CATEGORIES)[number];

type Codes = Pick<SeriesQuery, 'la' | 'region' | 'neighbours'>;

function dsgBalanceSql(codes: Codes): string {
	return comparedSeriesSql({ table: 'pub_dsg_balance', measure: 'dsg_balance_pct_income', breakdownTopic: 'Total', breakdowns: ['Total'], ...codes });
}

function specialistSpendSql(codes: Codes): string {
	return comparedSeriesSql({
		table: 'pub_specialist_spend',
		measure: 'specialist_spend_per_head',
		breakdownTopic: 'Specialist provision',
		breakdowns: SPEND_CATEGORIES,
		...codes
	});
}

export interface FinanceFigures {
	dsg: SeriesPoint[];
	spend: SeriesPoint[];
}

export async function financeFigures(db: QueryRunner, codes: Codes): Promise<FinanceFigures> {
	const [dsg, spend] = await Promise.all([db.all<SeriesPoint>(dsgBalanceSql(codes)), db.all<SeriesPoint>(specialistSpendSql(codes))]);
	return { dsg, spend };
}
