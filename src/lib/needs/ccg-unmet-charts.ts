/**
 * Chart specs for the CCG view (the LA's published plans apportioned to the CCGs that serve it) and for the published
 * unmet-need indicators (LA against England, with 95% Wilson intervals and the difference stated in words).
 */
import { categoryDotChart, type CategoryPoint } from '$lib/charts/category-dot-chart';
import { countBarChart } from '$lib/charts/count-bar-chart';
import type { ChartSpec } from '$lib/charts/spec';
import type { DatasetEntry } from '$lib/data/manifest';
import type { Comparator } from '$lib/metrics/areas';
import type { CcgNeedEstimate } from '$lib/metrics/needs-ccg';
import { NEED_CODES, type UnmetFigure } from '$lib/metrics/needs-published';
import { sourceText } from '$lib/overview/build-charts';
import { compareWithReference, wilson } from '$lib/stats/proportion';
import { needShort } from './profile';

export const APPORTIONING_NOTE =
	'DfE does not publish EHC plans by CCG. Each CCG’s figure is an estimate: for every LA the CCG overlaps, the LA’s published plans for the need times the share of the LA’s 2011 LSOAs that lie in the CCG (ONS best-fit lookups, CCGs as of April 2020), summed. Limits: LSOAs are counted, not weighted by the number of children or of plans in them, and each LA’s need mix is assumed to be the same in all its parts, so a CCG that lies within one LA gets exactly that LA’s need shares. Treat these as orders of magnitude, not counts.';

const round = (v: number | null) => (v === null ? null : Math.round(v));

export function ccgChart(la: Comparator, rows: CcgNeedEstimate[], datasets: Record<string, DatasetEntry | undefined>): ChartSpec {
	const ccgs = [...new Map(rows.map((r) => [r.ccg_code, r])).values()];
	const total = (code: string, key: 'estimate' | 'from_la') => {
		const own = rows.filter((r) => r.ccg_code === code);
		return own.some((r) => r[key] === null) ? null : own.reduce((s, r) => s + (r[key] ?? 0), 0);
	};
	const nameOf = (r: CcgNeedEstimate) => `${r.ccg_name?.replace(/^NHS /, '') ?? r.ccg_code} (${r.ccg_code})`;
	const largest = [...ccgs].sort((a, b) => b.share_of_la - a.share_of_la)[0];
	const title = largest
		? `${ccgs.length} CCG${ccgs.length === 1 ? '' : 's'} serve ${la.area_name}; ${nameOf(largest)} covers the largest part (${Math.round(largest.share_of_la * 1000) / 10}% of its LSOAs, about ${round(total(largest.ccg_code, 'from_la'))?.toLocaleString('en-GB') ?? 'c'} of its plans)`
		: `No CCG overlap is recorded for ${la.area_name}`;
	return {
		id: 'ccg-needs',
		title,
		subtitle: `Estimated active EHC plans (January 2025) from ${la.area_name} in each CCG that serves it, apportioned by share of LSOAs; the table gives each CCG's estimate by primary need`,
		alt: `Bar chart of estimated plans from ${la.area_name} by CCG: ${ccgs.map((c) => `${nameOf(c)} about ${round(total(c.ccg_code, 'from_la'))?.toLocaleString('en-GB') ?? 'not available'} (${Math.round(c.share_of_la * 1000) / 10}% of LSOAs)`).join('; ')}.`,
		source: `${sourceText(datasets.ehcp_needs)} LA–CCG overlap: ${sourceText(datasets.la_nhs_overlap)}`,
		period: 'January 2025 plans; CCG boundaries April 2020',
		notes: [APPORTIONING_NOTE, ...(datasets.la_nhs_overlap?.notes ?? [])],
		columns: [
			{ key: 'ccg', label: 'CCG' },
			{ key: 'share', label: `% of ${la.area_name}'s LSOAs`, unit: 'percent' },
			{ key: 'other', label: 'Other LAs it overlaps' },
			{ key: 'need', label: 'Primary need' },
			{ key: 'from_la', label: `Estimated plans from ${la.area_name}`, unit: 'count' },
			{ key: 'estimate', label: 'Estimated plans, all LAs', unit: 'count' }
		],
		rows: ccgs.flatMap((c) =>
			NEED_CODES.map((need) => {
				const r = rows.find((x) => x.ccg_code === c.ccg_code && x.need === need);
				return { ccg: nameOf(c), share: Math.round(c.share_of_la * 1000) / 10, other: c.other_las || 'none', need: needShort(need), from_la: round(r?.from_la ?? null), estimate: round(r?.estimate ?? null) };
			})
		),
		render: (document) =>
			countBarChart(
				ccgs.map((c) => ({ category: nameOf(c), value: round(total(c.ccg_code, 'from_la')), note: `${Math.round(c.share_of_la * 1000) / 10}% of LSOAs` })),
				{ xLabel: `Estimated plans from ${la.area_name}`, document, ariaDescription: title }
			)
	};
}

export const UNMET_INDICATORS: { id: UnmetFigure['indicator']; label: string; explain: string; dataset: string }[] = [
	{ id: 'refused_assessment', label: 'Requests refused assessment', explain: 'Of requests for an EHC needs assessment made in the year, the share the LA decided not to assess: high rates can mean need is being turned away at the door.', dataset: 'ehcp_requests_assessments' },
	{ id: 'assessed_no_plan', label: 'Assessments not leading to a plan', explain: 'Of assessments completed in the year, the share where the LA decided not to issue a plan: need was assessed but not met through a plan.', dataset: 'ehcp_requests_assessments' },
	{ id: 'placement_unknown', label: 'Plans with placement not recorded', explain: 'Of active plans at the January census, the share with no recorded placement: children whose provision the LA cannot account for.', dataset: 'ehcp_caseload' },
	{ id: 'awaiting_provision', label: 'Plans awaiting provision', explain: 'Of active plans at the January census, the share awaiting provision (published to January 2022 only).', dataset: 'ehcp_caseload' }
];

const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;

export function unmetChart(comparators: Comparator[], figures: UnmetFigure[], datasets: Record<string, DatasetEntry | undefined>): ChartSpec {
	const la = comparators.find((c) => c.role === 'selected')!;
	const england = comparators.find((c) => c.role === 'england')!;
	const latest = UNMET_INDICATORS.map((ind) => {
		const own = figures.filter((f) => f.indicator === ind.id && f.area_code === la.area_code && f.numerator !== null && f.denominator);
		const year = Math.max(...own.map((f) => f.year));
		const f = own.find((x) => x.year === year);
		const e = figures.find((x) => x.indicator === ind.id && x.area_code === england.area_code && x.year === year);
		const ci = f ? wilson(f.numerator!, f.denominator!) : null;
		const ref = e?.numerator != null && e.denominator ? e.numerator / e.denominator : null;
		const verdict = f && ref !== null ? compareWithReference(f.numerator!, f.denominator!, ref) : null;
		return { ind, year: f ? year : null, f, e, ci, ref, verdict };
	});
	const words = (v: string | null) => (v === 'higher' ? 'significantly higher than England' : v === 'lower' ? 'significantly lower than England' : v === 'similar' ? 'not significantly different from England' : 'no comparison');
	const period = (r: (typeof latest)[number]) => (r.year === null ? 'not published' : r.ind.dataset === 'ehcp_caseload' ? `January ${r.year}` : String(r.year));
	const sentence = (r: (typeof latest)[number]) =>
		r.f ? `${r.ind.label}: ${pct(r.f.numerator!, r.f.denominator!)}% in ${period(r)} (${r.f.numerator!.toLocaleString('en-GB')} of ${r.f.denominator!.toLocaleString('en-GB')}), England ${r.ref === null ? 'not published' : `${Math.round(r.ref * 1000) / 10}%`} — ${words(r.verdict)}` : `${r.ind.label}: not published`;
	const refused = latest[0]!;
	const title = refused.f ? `${la.area_name} refused assessment for ${pct(refused.f.numerator!, refused.f.denominator!)}% of requests in ${refused.year}, ${words(refused.verdict)} (${refused.ref === null ? 'not published' : `${Math.round(refused.ref * 1000) / 10}%`})` : `Unmet-need indicators for ${la.area_name}`;
	const points: CategoryPoint[] = latest.flatMap((r) => [
		{ category: r.ind.label, series: la.area_name, value: r.ci ? Math.round(r.ci.p * 1000) / 10 : null, lower: r.ci ? Math.round(r.ci.lower * 1000) / 10 : null, upper: r.ci ? Math.round(r.ci.upper * 1000) / 10 : null },
		{ category: r.ind.label, series: 'England', value: r.ref === null ? null : Math.round(r.ref * 1000) / 10 }
	]);
	return {
		id: 'unmet-need',
		title,
		subtitle: `Four published indicators of unmet need, latest year published for each, ${la.area_name} with its 95% confidence interval against England`,
		alt: `Dot chart. ${latest.map(sentence).join('. ')}.`,
		source: `${sourceText(datasets.ehcp_requests_assessments)} ${sourceText(datasets.ehcp_caseload)}`,
		period: latest.map((r) => `${r.ind.label}: ${period(r)}`).join('; '),
		notes: [...UNMET_INDICATORS.map((i) => `${i.label}: ${i.explain}`), 'Percentages are computed from the published counts; 95% Wilson intervals; "significantly" means England’s rate lies outside the LA’s interval.', ...(datasets.ehcp_requests_assessments?.notes ?? [])],
		columns: [
			{ key: 'indicator', label: 'Indicator' },
			{ key: 'period', label: 'Period' },
			{ key: 'numerator', label: 'Count', unit: 'count' },
			{ key: 'denominator', label: 'Out of', unit: 'count' },
			{ key: 'pc', label: `${la.area_name} %`, unit: 'percent' },
			{ key: 'lower', label: '95% CI lower', unit: 'percent' },
			{ key: 'upper', label: '95% CI upper', unit: 'percent' },
			{ key: 'england', label: 'England %', unit: 'percent' },
			{ key: 'verdict', label: 'Against England' }
		],
		rows: latest.map((r) => ({
			indicator: r.ind.label,
			period: period(r),
			numerator: r.f?.numerator ?? 'not published',
			denominator: r.f?.denominator ?? null,
			pc: r.f ? pct(r.f.numerator!, r.f.denominator!) : null,
			lower: r.ci ? Math.round(r.ci.lower * 1000) / 10 : null,
			upper: r.ci ? Math.round(r.ci.upper * 1000) / 10 : null,
			england: r.ref === null ? null : Math.round(r.ref * 1000) / 10,
			verdict: words(r.verdict)
		})),
		render: (document) =>
			categoryDotChart(points, {
				xLabel: '% (see notes for each denominator)',
				percent: true,
				series: [la.area_name, 'England'],
				categories: UNMET_INDICATORS.map((i) => i.label),
				rowLabels: Object.fromEntries(latest.map((r) => [r.ind.label, r.verdict === 'higher' ? '▲ significantly higher' : r.verdict === 'lower' ? '▼ significantly lower' : r.verdict === 'similar' ? 'not significantly different' : 'not published'])),
				document,
				ariaDescription: title
			})
	};
}
