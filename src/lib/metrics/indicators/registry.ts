/**
 * Every headline indicator the site's sections show, once each, for the area profile. Polarity is the section's own
 * (a test holds each to it); `section` is the page that shows the indicator in detail.
 */
import { computedExclusionsBySenSql } from '../exclusions';
import { NEET_MEASURES } from '../neet-definition';
import { countRatioSql, publishedRateSql, publishedValueSql } from './sql';
import type { Indicator } from './types';

/** Suspensions / exclusions by SEN provision: LA rows as published; England Σ counts ÷ Σ headcounts over the LAs. */
function exclusionSql(measure: 'susp_rate' | 'perm_excl_rate', group: 'EHC plan' | 'SEN support'): string {
	return `
		SELECT area_code, area_level, year, period, value, symbol, NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator, false AS computed
		FROM pub_exclusions_sen WHERE measure = '${measure}' AND breakdown_topic = 'SEN provision' AND breakdown = '${group}' AND area_level = 'la'
		UNION ALL
		SELECT area_code, 'national', CAST(substr(period, 1, 4) AS INTEGER) + 1, period, ${measure}, NULL, NULL, NULL, true
		FROM (${computedExclusionsBySenSql}) WHERE area_code = 'E92000001' AND "group" = '${group}'`;
}

const EXCLUSIONS_NOTE = 'England is computed as Σ counts ÷ Σ headcounts over the LAs in the re-cut (it has no England row).';

/** NEET or activity not known, % of 16–17-year-olds (NCCIS), one SEN group. */
const neetSql = (group: 'EHC plan' | 'SEN support') =>
	publishedValueSql('pub_neet_send', 'neet_nk_pc', { breakdown: { topic: 'SEN provision', value: group } });

export const INDICATORS: readonly Indicator[] = [
	{
		id: 'ehc-plans',
		label: 'Active EHC plans',
		unit: 'count',
		decimals: 0,
		polarity: 'none',
		section: '/',
		datasets: ['ehcp_caseload'],
		sql: publishedValueSql('pub_ehcp_caseload', 'ehc_plans', { fromYear: 2019 }),
		note: 'January census, 2019 onwards (one consistent definition).'
	},
	{
		id: 'pupils-with-plan',
		label: 'Pupils with an EHC plan',
		unit: 'percent',
		decimals: 1,
		polarity: 'none',
		section: '/',
		datasets: ['pupils_sen'],
		sql: publishedValueSql('pub_pupils_sen', 'pc_pupils_ehc_plan', { fromYear: 2019 }),
		note: 'School census, % of pupils.'
	},
	{
		id: 'within-20-weeks',
		label: 'New EHC plans issued within 20 weeks',
		unit: 'percent',
		decimals: 1,
		polarity: 'higher-better',
		section: '/',
		datasets: ['ehcp_timeliness'],
		sql: publishedRateSql('pub_ehcp_timeliness', 'pc_within_20_weeks', 'plans_within_20_weeks', ['plans_issued'], { fromYear: 2014 }),
		note: 'Including exception cases.'
	},
	{
		id: 'within-20-weeks-excl',
		label: 'New EHC plans within 20 weeks, excluding exceptions',
		unit: 'percent',
		decimals: 1,
		polarity: 'higher-better',
		section: '/exclusions',
		datasets: ['ehcp_timeliness'],
		sql: publishedRateSql(
			'pub_ehcp_timeliness',
			'pc_within_20_weeks_excl_exceptions',
			'plans_within_20_weeks_excl_exceptions',
			['plans_issued_excl_exceptions'],
			{ fromYear: 2014 }
		)
	},
	{
		id: 'within-6-weeks',
		label: 'Requests for assessment decided within 6 weeks',
		unit: 'percent',
		decimals: 1,
		polarity: 'higher-better',
		section: '/exclusions',
		datasets: ['ehcp_requests_assessments'],
		sql: publishedRateSql('pub_ehcp_requests_assessments', 'requests_decided_within_6_weeks_pc', 'requests_decided_within_6_weeks', [
			'requests_decided_within_6_weeks',
			'requests_decided_after_6_weeks'
		])
	},
	{
		id: 'refused-assessment',
		label: 'Requests refused assessment',
		unit: 'percent',
		decimals: 1,
		polarity: 'none',
		section: '/needs',
		datasets: ['ehcp_requests_assessments'],
		sql: countRatioSql('pub_ehcp_requests_assessments', ['requests_decided_not_to_assess'], 'requests', { fromYear: 2019 }),
		note: 'Of requests made in the year; a refusal can be the right decision, so neither direction is better in itself.'
	},
	{
		id: 'assessed-no-plan',
		label: 'Assessments not leading to a plan',
		unit: 'percent',
		decimals: 1,
		polarity: 'none',
		section: '/needs',
		datasets: ['ehcp_requests_assessments'],
		sql: countRatioSql('pub_ehcp_requests_assessments', ['assessments_plan_not_issued'], 'assessments', { fromYear: 2019 }),
		note: 'Of assessments completed in the year.'
	},
	{
		id: 'placement-unknown',
		label: 'Plans with placement not recorded',
		unit: 'percent',
		decimals: 1,
		polarity: 'lower-better',
		section: '/needs',
		datasets: ['ehcp_caseload'],
		sql: countRatioSql('pub_ehcp_caseload', ['ehc_plans_placement_unknown'], 'ehc_plans', { fromYear: 2019 })
	},
	{
		id: 'awaiting-provision',
		label: 'Plans awaiting provision',
		unit: 'percent',
		decimals: 1,
		polarity: 'lower-better',
		section: '/needs',
		datasets: ['ehcp_caseload'],
		sql: countRatioSql('pub_ehcp_caseload', ['ehc_plans_awaiting_provision'], 'ehc_plans', { fromYear: 2019 }),
		note: 'Published to January 2022 only.'
	},
	{
		id: 'plans-neet',
		label: 'Plans held by young people who are NEET',
		unit: 'percent',
		decimals: 1,
		polarity: 'lower-better',
		section: '/needs',
		datasets: ['ehcp_caseload'],
		sql: countRatioSql('pub_ehcp_caseload', NEET_MEASURES, 'ehc_plans', { fromYear: 2023 }),
		note: 'All four of DfE’s NEET columns, from January 2023 (the first year all are published).'
	},
	{
		id: 'reviews-held',
		label: 'Annual reviews held for the year’s round',
		unit: 'percent',
		decimals: 1,
		polarity: 'higher-better',
		section: '/exclusions',
		datasets: ['ehcp_annual_reviews'],
		sql: countRatioSql('pub_ehcp_annual_reviews', ['review_meetings_2024', 'review_meetings_2025'], 'reviews_expected'),
		note: 'Meetings recorded in 2024 or 2025 for reviews due in 2024, of reviews due.'
	},
	{
		id: 'review-decisions-4-weeks',
		label: 'Annual review decisions within 4 weeks',
		unit: 'percent',
		decimals: 1,
		polarity: 'higher-better',
		section: '/exclusions',
		datasets: ['ehcp_annual_reviews'],
		sql: publishedRateSql('pub_ehcp_annual_reviews', 'review_decisions_within_4_weeks_pc', 'review_decisions_within_4_weeks', [
			'review_decisions_within_4_weeks',
			'review_decisions_after_4_weeks'
		])
	},
	{
		id: 'appeal-rate',
		label: 'SEND Tribunal appeal rate',
		unit: 'percent',
		decimals: 1,
		polarity: 'none',
		section: '/exclusions',
		datasets: ['send_tribunal_appeals'],
		// An appeals cell "-" is nil (the rate is published as 0), so it counts as 0 appeals.
		sql: `
			SELECT area_code, area_level, year, any_value(period) AS period,
			       max(CASE WHEN measure = 'appeal_rate' THEN value END) AS value,
			       max(CASE WHEN measure = 'appeal_rate' THEN symbol END) AS symbol,
			       max(CASE WHEN measure = 'appeals_registered' THEN coalesce(value, CASE WHEN symbol = '-' THEN 0 END) END) AS numerator,
			       max(CASE WHEN measure = 'appealable_decisions' THEN value END) AS denominator, false AS computed
			FROM pub_send_tribunal_appeals
			WHERE breakdown_topic = 'Total' AND measure IN ('appeal_rate', 'appeals_registered', 'appealable_decisions') AND area_level IN ('la', 'national')
			GROUP BY area_code, area_level, year`,
		note: 'Appeals registered ÷ appealable decisions.'
	},
	{
		id: 'suspensions-ehc-plan',
		label: 'Suspensions per 100 pupils with an EHC plan',
		unit: 'rate',
		decimals: 2,
		polarity: 'lower-better',
		section: '/exclusions',
		datasets: ['exclusions_sen', 'areas'],
		sql: exclusionSql('susp_rate', 'EHC plan'),
		note: EXCLUSIONS_NOTE
	},
	{
		id: 'suspensions-sen-support',
		label: 'Suspensions per 100 pupils on SEN support',
		unit: 'rate',
		decimals: 2,
		polarity: 'lower-better',
		section: '/exclusions',
		datasets: ['exclusions_sen', 'areas'],
		sql: exclusionSql('susp_rate', 'SEN support'),
		note: EXCLUSIONS_NOTE
	},
	{
		id: 'permanent-exclusions-ehc-plan',
		label: 'Permanent exclusions per 100 pupils with an EHC plan',
		unit: 'rate',
		decimals: 2,
		polarity: 'lower-better',
		section: '/exclusions',
		datasets: ['exclusions_sen', 'areas'],
		sql: exclusionSql('perm_excl_rate', 'EHC plan'),
		note: EXCLUSIONS_NOTE
	},
	{
		id: 'neet-ehc-plan',
		label: '16–17-year-olds with an EHC plan NEET or not known',
		unit: 'percent',
		decimals: 1,
		polarity: 'lower-better',
		section: '/post-19',
		datasets: ['neet_send'],
		sql: neetSql('EHC plan')
	},
	{
		id: 'neet-sen-support',
		label: '16–17-year-olds on SEN support NEET or not known',
		unit: 'percent',
		decimals: 1,
		polarity: 'lower-better',
		section: '/post-19',
		datasets: ['neet_send'],
		sql: neetSql('SEN support')
	},
	{
		id: 'sustained-destination-ehc-plan',
		label: 'Pupils with an EHC plan in a sustained destination after year 11',
		unit: 'percent',
		decimals: 1,
		polarity: 'higher-better',
		section: '/post-19',
		datasets: ['ks4_destinations_sen'],
		sql: publishedValueSql('pub_ks4_destinations_sen', 'sustained_pc', { breakdown: { topic: 'SEN provision', value: 'EHC plan or Statement' } }),
		note: 'Published for LAs and regions only: no England figure.'
	},
	{
		id: 'absence-ehc-plan',
		label: 'Absence of pupils with an EHC plan (% of sessions)',
		unit: 'percent',
		decimals: 1,
		polarity: 'lower-better',
		section: '/exclusions',
		datasets: ['absence_sen'],
		sql: publishedValueSql('pub_absence_sen', 'absence_overall', { breakdown: { topic: 'SEN provision', value: 'EHC plan' } }),
		note: 'Overall absence, autumn and spring terms.'
	},
	{
		id: 'ks2-rwm-ehc-plan',
		label: 'Pupils with an EHC plan reaching the expected standard in reading, writing and maths at key stage 2',
		unit: 'percent',
		decimals: 0,
		polarity: 'higher-better',
		section: '/exclusions',
		datasets: ['lait_send'],
		sql: publishedValueSql('pub_lait_send', 'ks2_rwm_expected', { breakdown: { topic: 'SEN provision', value: 'EHC plan' } }),
		note: 'As LAIT publishes it (LAIT: higher is better).'
	},
	{
		id: 'progress8-ehc-plan',
		label: 'Progress 8 score of pupils with an EHC plan',
		unit: 'rate',
		decimals: 2,
		polarity: 'higher-better',
		section: '/exclusions',
		datasets: ['lait_send'],
		sql: publishedValueSql('pub_lait_send', 'ks4_progress8', { breakdown: { topic: 'SEN provision', value: 'EHC plan' } }),
		note: 'As LAIT publishes it (LAIT: higher is better).'
	},
	{
		id: 'dsg-balance',
		label: 'DSG cumulative balance as a % of DSG income',
		unit: 'percent',
		decimals: 2,
		polarity: 'higher-better',
		section: '/money',
		datasets: ['dsg_balance'],
		sql: publishedValueSql('pub_dsg_balance', 'dsg_balance_pct_income'),
		note: 'Below 0 is a deficit; the more negative, the larger the deficit relative to income.'
	},
	{
		id: 'independent-spend-per-head',
		label: 'High-needs spend on independent or non-maintained specialist places, £ per head aged 2–18',
		unit: 'count',
		decimals: 0,
		polarity: 'none',
		section: '/money',
		datasets: ['specialist_spend'],
		sql: publishedValueSql('pub_specialist_spend', 'specialist_spend_per_head', {
			breakdown: { topic: 'Specialist provision', value: 'Independent or non-maintained' }
		}),
		note: 'Context, not a verdict: no band. The source has no England figure.'
	}
];

/** Every dataset the registry reads. */
export const INDICATOR_DATASETS: readonly string[] = [...new Set(INDICATORS.flatMap((i) => i.datasets))];
