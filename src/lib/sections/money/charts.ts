/**
 * The Money section's chart specs: the DSG cumulative balance as a % of income, and specialist high-needs spend per
 * head aged 2–18 in state and in independent or non-maintained provision, each over time against the region, England
 * and the statistical neighbours. Polarity is declared here, once per measure.
 */
import type { ChartSpec } from '$lib/charts/spec';
import type { Comparator } from '$lib/metrics/areas';
import type { FinanceFigures, SpendCategory } from '$lib/metrics/finance';

/** The manifest's entries by id (missing ones read as 'Source not recorded'). */
import { comparedTrendSpec } from '$lib/sections/kit/compared-trend';

export const DSG_POLARITY_WORDS =
	'a negative balance is a deficit; the more negative the balance (the larger the deficit as a share of income), the worse for the authority’s finances, so higher is better';
export const SPEND_POLARITY_WORDS =
	'neither higher nor lower is better in itself. More spend per head on independent or non-maintained places is usually read as a cost pressure, since those places generally cost more, but the source makes no judgement: it is context, not a verdict, and depends on local need and the state places available';

function dsgChart(f: FinanceFigures, comps: Comparator[]): ChartSpec {
	return comparedTrendSpec(f.dsg, comps, {
		id: 'dsg-balance',
		what: 'DSG cumulative balance as a % of DSG income',
		subtitle: 'Balance at the end of each financial year as a % of total Dedicated Schools Grant income; below 0 is a deficit.',
		breakdown: 'Total',
		unit: 'percent',
		decimals: 2,
		polarity: 'higher_better',
		polarityWords: DSG_POLARITY_WORDS,
		yLabel: 'Balance, % of income',
		periodKind: 'Financial years',
		datasets: ['dsg_balance'],
		zero: false
	});
}

const CATEGORY_WORDS: Record<SpendCategory, { id: string; what: string }> = {
	State: { id: 'spend-state', what: 'High-needs spend per head on state specialist provision' },
	'Independent or non-maintained': { id: 'spend-independent', what: 'High-needs spend per head on independent or non-maintained specialist provision' }
};

function spendChart(f: FinanceFigures, comps: Comparator[], category: SpendCategory): ChartSpec {
	const words = CATEGORY_WORDS[category];
	return comparedTrendSpec(f.spend, comps, {
		id: words.id,
		what: words.what,
		subtitle: `£ per head of the population aged 2–18 (${category.toLowerCase()} specialist places and top-ups). The file has no region or England figures: those lines are medians of LAs.`,
		breakdown: category,
		unit: 'gbp',
		decimals: 0,
		polarity: 'neutral',
		polarityWords: SPEND_POLARITY_WORDS,
		yLabel: '£ per head aged 2–18',
		periodKind: 'Financial years',
		datasets: ['specialist_spend']
	});
}

export function moneyCharts(f: FinanceFigures, comps: Comparator[]): ChartSpec[] {
	return [dsgChart(f, comps), spendChart(f, comps, 'State'), spendChart(f, comps, 'Independent or non-maintained')];
}
