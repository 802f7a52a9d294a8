/**
 * Chart specs for absence, children in need and attainment by SEN provision: each over time for the LA against its
 * region, England and its neighbours, and the absence gap between pupils with an EHC plan and pupils with no SEN.
 * Polarity: absence, lower is better; attainment and progress, higher is better (LAIT's own polarity, read from
 * lait_send_measures); the share of children in need with an EHC plan is context, neither good nor bad.
 */
import type { ChartSpec } from '$lib/charts/spec';
import type { Polarity } from '$lib/format/prose';
import type { Comparator } from '$lib/metrics/areas';
import type { SeriesPoint } from '$lib/metrics/compared-series';
import type { LaitRule, SchoolOutcomeFigures } from '$lib/metrics/school-outcomes';

/** The manifest's entries by id (missing ones read as 'Source not recorded'). */
import { comparedTrendSpec } from '$lib/sections/kit/compared-trend';

/**
 * EHC plan minus no SEN, in percentage points, for each line whose two figures are both published in the same year
 * (a difference of two medians is not a median of differences, so median lines are left out).
 */
function absenceGap(points: readonly SeriesPoint[]): SeriesPoint[] {
	const out: SeriesPoint[] = [];
	for (const a of points.filter((p) => p.breakdown === 'EHC plan' && p.basis === 'published')) {
		const b = points.find((p) => p.breakdown === 'No SEN' && p.series === a.series && p.year === a.year && p.basis === 'published');
		if (!b) continue;
		const value = a.value !== null && b.value !== null ? Math.round((a.value - b.value) * 100) / 100 : null;
		out.push({ ...a, breakdown: 'Gap', value, symbol: value === null ? (a.symbol ?? b.symbol) : null });
	}
	return out;
}

const polarityOf = (rules: readonly LaitRule[], measure: string): Polarity => {
	const p = rules.find((r) => r.measure === measure && r.breakdown === 'EHC plan')?.polarity;
	return p === 'higher_is_better' ? 'higher_better' : p === 'lower_is_better' ? 'lower_better' : 'neutral';
};
const polarityWords = (p: Polarity, source: string) =>
	p === 'higher_better'
		? `higher is better (${source})`
		: p === 'lower_better'
			? `lower is better (${source})`
			: `neither higher nor lower is better in itself (${source})`;

export function schoolOutcomeCharts(f: SchoolOutcomeFigures, comps: Comparator[]): ChartSpec[] {
	const absence = ['absence_sen'];
	const ks2Polarity = polarityOf(f.laitRules, 'ks2_rwm_expected');
	const p8Polarity = polarityOf(f.laitRules, 'ks4_progress8');
	return [
		comparedTrendSpec(f.absence, comps, {
			id: 'absence-ehcp',
			what: 'Overall absence of pupils with an EHC plan',
			subtitle: '% of possible sessions missed, autumn and spring terms, state-funded schools; there is no 2019/20.',
			breakdown: 'EHC plan',
			unit: 'percent',
			decimals: 2,
			polarity: 'lower_better',
			polarityWords: polarityWords('lower_better', 'fewer sessions missed'),
			yLabel: '% of sessions missed',
			periodKind: 'Academic years',
			datasets: absence
		}),
		comparedTrendSpec(absenceGap(f.absence), comps, {
			id: 'absence-gap',
			what: 'Absence gap between pupils with an EHC plan and pupils with no SEN',
			subtitle:
				'Overall absence of pupils with an EHC plan minus that of pupils with no SEN, in percentage points (computed here from the published rates); published figures only.',
			breakdown: 'Gap',
			unit: 'number',
			decimals: 2,
			polarity: 'lower_better',
			polarityWords: polarityWords('lower_better', 'a smaller gap'),
			yLabel: 'Gap, percentage points',
			periodKind: 'Academic years',
			datasets: absence,
			extraNotes: [
				'The gap is computed here: the EHC plan rate minus the no-SEN rate, in percentage points, only where both are published for the same area and year.'
			],
			zero: false
		}),
		comparedTrendSpec(f.childrenInNeed, comps, {
			id: 'cin-ehcp',
			what: 'Children in need with an EHC plan',
			subtitle: '% of children in need (excluding those on a child protection plan or looked after) at 31 March who have an EHC plan or statement.',
			breakdown: 'EHC plan',
			unit: 'percent',
			decimals: 1,
			polarity: 'neutral',
			polarityWords: polarityWords('neutral', 'it describes need, not performance'),
			yLabel: '% with an EHC plan',
			periodKind: 'Years ending 31 March,',
			datasets: ['cin_sen']
		}),
		comparedTrendSpec(f.ks2, comps, {
			id: 'ks2-rwm-ehcp',
			what: 'Pupils with an EHC plan meeting the expected standard in reading, writing and maths at key stage 2',
			subtitle: '% of pupils with an EHC plan at the end of key stage 2, as published in LAIT; no tests in 2019/20 or 2020/21.',
			breakdown: 'EHC plan',
			unit: 'percent',
			decimals: 0,
			polarity: ks2Polarity,
			polarityWords: polarityWords(ks2Polarity, 'LAIT’s polarity'),
			yLabel: '% at the expected standard',
			periodKind: 'Academic years',
			datasets: ['lait_send', 'lait_send_measures']
		}),
		comparedTrendSpec(f.progress8, comps, {
			id: 'progress8-ehcp',
			what: 'Progress 8 of pupils with an EHC plan',
			subtitle:
				'Average Progress 8 score per pupil with an EHC plan at the end of key stage 4, as published in LAIT (0 is the national average of all pupils); none for 2019/20 or 2020/21.',
			breakdown: 'EHC plan',
			unit: 'number',
			decimals: 2,
			polarity: p8Polarity,
			polarityWords: polarityWords(p8Polarity, 'LAIT’s polarity'),
			yLabel: 'Progress 8 score',
			periodKind: 'Academic years',
			datasets: ['lait_send', 'lait_send_measures'],
			zero: false
		})
	];
}
