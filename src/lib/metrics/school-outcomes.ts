/**
 * School outcomes by SEN provision: absence (overall, autumn and spring terms), the SEN of children in need, and
 * LAIT's attainment measures, for an LA against its region, England and its neighbours (`compared-series.ts`).
 * LAIT's polarity and quartile rule for each measure come from `lait_send_measures`.
 */
import type { QueryRunner } from '$lib/db/runner';
import { comparedSeriesSql, type SeriesPoint, type SeriesQuery } from './compared-series';

export const SCHOOL_OUTCOMES_DATASETS = ['absence_sen', 'cin_sen', 'lait_send', 'lait_send_measures'] as const;

/** The gap the section reads: pupils with an EHC plan against pupils with no SEN. */
const GAP_GROUPS = ['EHC plan', 'No SEN'] as const;

type Codes = Pick<SeriesQuery, 'la' | 'region' | 'neighbours'>;

function absenceSql(codes: Codes): string {
	return comparedSeriesSql({
		table: 'pub_absence_sen',
		measure: 'absence_overall',
		breakdownTopic: 'SEN provision',
		breakdowns: [...GAP_GROUPS, 'SEN support'],
		...codes
	});
}

/** % of children in need (excluding CPP and CLA) with each SEN provision. */
function childrenInNeedSql(codes: Codes): string {
	return comparedSeriesSql({
		table: 'pub_cin_sen',
		measure: 'cin_pc',
		breakdownTopic: 'SEN provision',
		breakdowns: ['EHC plan', 'SEN support', 'No SEN'],
		...codes
	});
}

type LaitOutcome = 'ks2_rwm_expected' | 'ks4_progress8';

function laitOutcomeSql(measure: LaitOutcome, codes: Codes): string {
	return comparedSeriesSql({ table: 'pub_lait_send', measure, breakdownTopic: 'SEN provision', breakdowns: GAP_GROUPS, ...codes });
}

export interface LaitRule {
	measure: string;
	breakdown: string;
	lait_title: string;
	polarity: 'higher_is_better' | 'lower_is_better' | 'no_judgement';
	lait_quartiled: boolean;
	lait_decimals: number | null;
}

const laitRulesSql = `SELECT measure, breakdown, lait_title, polarity, lait_quartiled, lait_decimals FROM lait_send_measures ORDER BY measure, breakdown`;

export interface SchoolOutcomeFigures {
	absence: SeriesPoint[];
	childrenInNeed: SeriesPoint[];
	ks2: SeriesPoint[];
	progress8: SeriesPoint[];
	laitRules: LaitRule[];
}

export async function schoolOutcomeFigures(db: QueryRunner, codes: Codes): Promise<SchoolOutcomeFigures> {
	const [absence, childrenInNeed, ks2, progress8, laitRules] = await Promise.all([
		db.all<SeriesPoint>(absenceSql(codes)),
		db.all<SeriesPoint>(childrenInNeedSql(codes)),
		db.all<SeriesPoint>(laitOutcomeSql('ks2_rwm_expected', codes)),
		db.all<SeriesPoint>(laitOutcomeSql('ks4_progress8', codes)),
		db.all<LaitRule>(laitRulesSql)
	]);
	return { absence, childrenInNeed, ks2, progress8, laitRules };
}
