/**
 * Chart specs for the CCG view (the LA's published plans apportioned to the CCGs that serve it) and for the published
 * unmet-need indicators (LA against England, with 95% Wilson intervals and the difference stated in words).
 */
import { categoryDotChart, type CategoryPoint } from '$lib/charts/category-dot-chart';
import { countBarChart } from '$lib/charts/count-bar-chart';
import type { ChartSpec } from '$lib/charts/spec';
import type { Comparator } from '$lib/metrics/areas';
import type { CcgNeedEstimate } from '$lib/metrics/needs-ccg';
import { NEED_CODES, type UnmetFigure } from '$lib/metrics/needs-published';
import { trendChart } from '$lib/charts/trend-chart';
import { periodLabel, significance, type Polarity } from '$lib/format/prose';
import { decimalsToShow, roundTo } from '$lib/sections/kit/shown-interval';
import { travelSentence } from '$lib/sections/kit/travel';
import { wilson } from '$lib/stats/proportion';
import { needShort } from './profile';
import { figureCell, figureLabel, NOT_PUBLISHED } from '$lib/format/figure';

export const APPORTIONING_NOTE =
	'DfE does not publish EHC plans by CCG. Each CCG’s figure is an estimate: for every LA the CCG overlaps, the LA’s published plans for the need times the share of the LA’s 2011 LSOAs that lie in the CCG (ONS best-fit lookups, CCGs as of April 2020), summed. Limits: LSOAs are counted, not weighted by the number of children or of plans in them, and each LA’s need mix is assumed to be the same in all its parts, so a CCG that lies within one LA gets exactly that LA’s need shares. Treat these as orders of magnitude, not counts.';

const round = (v: number | null) => (v === null ? null : Math.round(v));

export function ccgChart(la: Comparator, rows: CcgNeedEstimate[]): ChartSpec {
	const ccgs = [...new Map(rows.map((r) => [r.ccg_code, r])).values()];
	const total = (code: string, key: 'estimate' | 'from_la') => {
		const own = rows.filter((r) => r.ccg_code === code);
		return own.some((r) => r[key] === null) ? null : own.reduce((s, r) => s + (r[key] ?? 0), 0);
	};
	const nameOf = (r: CcgNeedEstimate) => `${r.ccg_name?.replace(/^NHS /, '') ?? r.ccg_code} (${r.ccg_code})`;
	const largest = [...ccgs].sort((a, b) => b.share_of_la - a.share_of_la)[0];
	// The census the plans were counted at, from the rows (the latest published), never written in.
	const census = rows.find((r) => r.period)?.period;
	const when = census ? periodLabel(census) : 'the latest census';
	const title = largest
		? `${ccgs.length} CCG${ccgs.length === 1 ? ' serves' : 's serve'} ${la.area_name}; ${nameOf(largest)} covers the largest part (${Math.round(largest.share_of_la * 1000) / 10}% of its LSOAs, about ${round(total(largest.ccg_code, 'from_la'))?.toLocaleString('en-GB') ?? 'c'} of its plans)`
		: `No CCG overlap is recorded for ${la.area_name}`;
	return {
		id: 'ccg-needs',
		title,
		subtitle: `Estimated active EHC plans (${when}) from ${la.area_name} in each CCG that serves it, apportioned by share of LSOAs; the table gives each CCG's estimate by primary need`,
		alt: `Bar chart of estimated plans from ${la.area_name} by CCG: ${ccgs.map((c) => `${nameOf(c)} about ${round(total(c.ccg_code, 'from_la'))?.toLocaleString('en-GB') ?? 'not available'} (${Math.round(c.share_of_la * 1000) / 10}% of LSOAs)`).join('; ')}.`,
		datasets: ['ehcp_needs', 'la_nhs_overlap'],
		period: `${census ? periodLabel(census) : 'Latest'} plans; CCG boundaries April 2020`,
		notes: [APPORTIONING_NOTE],
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
				return {
					ccg: nameOf(c),
					share: Math.round(c.share_of_la * 1000) / 10,
					other: c.other_las || 'none',
					need: needShort(need),
					from_la: round(r?.from_la ?? null),
					estimate: round(r?.estimate ?? null)
				};
			})
		),
		render: (document) =>
			countBarChart(
				ccgs.map((c) => ({ category: nameOf(c), value: round(total(c.ccg_code, 'from_la')), note: `${Math.round(c.share_of_la * 1000) / 10}% of LSOAs` })),
				{ xLabel: `Estimated plans from ${la.area_name}`, document, ariaDescription: title }
			)
	};
}

/**
 * Polarity, declared once per indicator: refusals and assessments without a plan can be right decisions, so neither
 * direction is good in itself; a plan with no recorded placement or awaiting provision is a child without provision.
 */
export const UNMET_INDICATORS: { id: UnmetFigure['indicator']; label: string; explain: string; dataset: string; polarity: Polarity }[] = [
	{
		id: 'refused_assessment',
		label: 'Requests refused assessment',
		explain:
			'Of requests for an EHC needs assessment made in the year, the share the LA decided not to assess: high rates can mean need is being turned away at the door.',
		dataset: 'ehcp_requests_assessments',
		polarity: 'neutral'
	},
	{
		id: 'assessed_no_plan',
		label: 'Assessments not leading to a plan',
		explain: 'Of assessments completed in the year, the share where the LA decided not to issue a plan: need was assessed but not met through a plan.',
		dataset: 'ehcp_requests_assessments',
		polarity: 'neutral'
	},
	{
		id: 'placement_unknown',
		label: 'Plans with placement not recorded',
		explain: 'Of active plans at the January census, the share with no recorded placement: children whose provision the LA cannot account for.',
		dataset: 'ehcp_caseload',
		polarity: 'lower_better'
	},
	{
		id: 'awaiting_provision',
		label: 'Plans awaiting provision',
		explain: 'Of active plans at the January census, the share awaiting provision (published to January 2022 only).',
		dataset: 'ehcp_caseload',
		polarity: 'lower_better'
	}
];

const VERDICT = {
	'significantly higher': 'higher',
	'significantly lower': 'lower',
	'not significantly different': 'similar',
	'too few to judge': 'too few'
} as const;

/** The indicator's % for an area and year (0–100), from the published counts; null when either is missing. */
const rateOf = (f: UnmetFigure | undefined) => (f && f.numerator !== null && f.denominator ? (f.numerator / f.denominator) * 100 : null);

/** Each indicator's change since its first published year and since 2019, in words with its polarity. */
function unmetTravel(la: Comparator, figures: UnmetFigure[]): { label: string; sentence: string }[] {
	return UNMET_INDICATORS.map((ind) => {
		const own = figures.filter((f) => f.indicator === ind.id);
		const years = own.filter((f) => rateOf(f) !== null).map((f) => f.year);
		const points = own.filter((f) => f.area_code === la.area_code).map((f) => ({ year: f.year, value: rateOf(f) }));
		return {
			label: ind.label,
			sentence: travelSentence(years, points, {
				unit: 'percent',
				polarity: ind.polarity,
				label: (y) => (ind.dataset === 'ehcp_caseload' ? `January ${y}` : String(y))
			})
		};
	});
}

const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;

export function unmetChart(comparators: Comparator[], figures: UnmetFigure[]): ChartSpec {
	const la = comparators.find((c) => c.role === 'selected')!;
	const england = comparators.find((c) => c.role === 'england')!;
	const latest = UNMET_INDICATORS.map((ind) => {
		const own = figures.filter((f) => f.indicator === ind.id && f.area_code === la.area_code && f.numerator !== null && f.denominator);
		const year = Math.max(...own.map((f) => f.year));
		const f = own.find((x) => x.year === year);
		const e = figures.find((x) => x.indicator === ind.id && x.area_code === england.area_code && x.year === year);
		const ci = f ? wilson(f.numerator!, f.denominator!) : null;
		const ref = e?.numerator != null && e.denominator ? e.numerator / e.denominator : null;
		const verdict = f && ref !== null ? VERDICT[significance(f.numerator, f.denominator, ref * 100)] : null;
		// Decimals at which the shown interval and England's rate agree with the words.
		const d = ci && ref !== null && verdict && verdict !== 'too few' ? decimalsToShow(ci.lower * 100, ci.upper * 100, ref * 100, verdict) : 1;
		return { ind, year: f ? year : null, f, e, ci, ref, verdict, d };
	});
	const words = (v: string | null) =>
		v === 'higher'
			? 'significantly higher than England'
			: v === 'lower'
				? 'significantly lower than England'
				: v === 'similar'
					? 'not significantly different from England'
					: v === 'too few'
						? 'too few to judge against England'
						: 'no comparison';
	const period = (r: (typeof latest)[number]) => (r.year === null ? NOT_PUBLISHED : r.ind.dataset === 'ehcp_caseload' ? `January ${r.year}` : String(r.year));
	const sentence = (r: (typeof latest)[number]) =>
		r.f
			? `${r.ind.label}: ${pct(r.f.numerator!, r.f.denominator!)}% in ${period(r)} (${r.f.numerator!.toLocaleString('en-GB')} of ${r.f.denominator!.toLocaleString('en-GB')}), England ${figureLabel({ value: r.ref }, (v) => `${roundTo(v * 100, r.d)}%`)} — ${words(r.verdict)}`
			: `${r.ind.label}: not published`;
	const refused = latest[0]!;
	const title = refused.f
		? `${la.area_name} refused assessment for ${pct(refused.f.numerator!, refused.f.denominator!)}% of requests in ${refused.year}, ${words(refused.verdict)} (${figureLabel({ value: refused.ref }, (v) => `${roundTo(v * 100, refused.d)}%`)})`
		: `Unmet-need indicators for ${la.area_name}: refusals of assessment are not published`;
	const travel = unmetTravel(la, figures);
	const points: CategoryPoint[] = latest.flatMap((r) => [
		{
			category: r.ind.label,
			series: la.area_name,
			value: r.ci ? Math.round(r.ci.p * 1000) / 10 : null,
			lower: r.ci ? Math.round(r.ci.lower * 1000) / 10 : null,
			upper: r.ci ? Math.round(r.ci.upper * 1000) / 10 : null
		},
		{ category: r.ind.label, series: 'England', value: r.ref === null ? null : Math.round(r.ref * 1000) / 10 }
	]);
	return {
		id: 'unmet-need',
		title,
		subtitle: `Four published indicators of unmet need, latest year published for each, ${la.area_name} with its 95% confidence interval against England`,
		alt: `Dot chart. ${latest.map(sentence).join('. ')}. Direction of travel: ${travel.map((t) => `${t.label}: ${t.sentence}`).join(' ')}`,
		datasets: ['ehcp_requests_assessments', 'ehcp_caseload'],
		period: latest.map((r) => `${r.ind.label}: ${period(r)}`).join('; '),
		notes: [
			...travel.map((t) => `Direction of travel, ${t.label.toLowerCase()}: ${t.sentence}`),
			...UNMET_INDICATORS.map((i) => `${i.label}: ${i.explain}`),
			'Percentages are computed from the published counts; 95% Wilson intervals; "significantly" means England’s rate lies outside the LA’s interval; with fewer than 30 in the denominator no judgement is made ("too few to judge"). Where the interval and England’s rate would look equal at one decimal, both are shown to two.'
		],
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
			numerator: figureCell({ value: r.f?.numerator }),
			denominator: r.f?.denominator ?? null,
			pc: r.f ? pct(r.f.numerator!, r.f.denominator!) : null,
			lower: r.ci ? roundTo(r.ci.lower * 100, r.d) : null,
			upper: r.ci ? roundTo(r.ci.upper * 100, r.d) : null,
			england: r.ref === null ? null : roundTo(r.ref * 100, r.d),
			verdict: words(r.verdict)
		})),
		render: (document) =>
			categoryDotChart(points, {
				xLabel: '% (see notes for each denominator)',
				percent: true,
				series: [la.area_name, 'England'],
				categories: UNMET_INDICATORS.map((i) => i.label),
				rowLabels: Object.fromEntries(
					latest.map((r) => [
						r.ind.label,
						r.verdict === 'higher'
							? '▲ significantly higher'
							: r.verdict === 'lower'
								? '▼ significantly lower'
								: r.verdict === 'similar'
									? 'not significantly different'
									: r.verdict === 'too few'
										? 'too few to judge'
										: NOT_PUBLISHED
					])
				),
				document,
				ariaDescription: title
			})
	};
}

/** The unmet-need indicators over every published year: the LA's rate against England's, one line each. */
function unmetTrendChart(comparators: Comparator[], figures: UnmetFigure[]): ChartSpec {
	const la = comparators.find((c) => c.role === 'selected')!;
	const england = comparators.find((c) => c.role === 'england')!;
	const travel = unmetTravel(la, figures);
	const pick = (ind: (typeof UNMET_INDICATORS)[number], code: string) =>
		figures.filter((f) => f.indicator === ind.id && f.area_code === code).sort((a, b) => a.year - b.year);
	const lines = UNMET_INDICATORS.flatMap((ind) => [
		{
			key: `${ind.id}-la`,
			label: `${ind.label}: ${la.area_name}`,
			points: pick(ind, la.area_code).map((f) => ({ year: f.year, value: rateOf(f) === null ? null : roundTo(rateOf(f)!, 1) }))
		},
		{
			key: `${ind.id}-england`,
			label: `${ind.label}: England`,
			points: pick(ind, england.area_code).map((f) => ({ year: f.year, value: rateOf(f) === null ? null : roundTo(rateOf(f)!, 1) }))
		}
	]).filter((l) => l.points.some((p) => p.value !== null));
	const placement = travel.find((t) => t.label === 'Plans with placement not recorded');
	const title = `Unmet need over time in ${la.area_name}. Plans with placement not recorded: ${placement?.sentence ?? `${NOT_PUBLISHED}.`}`;
	const years = figures.map((f) => f.year);
	return {
		id: 'unmet-need-trend',
		title,
		subtitle: `The four unmet-need indicators in every year published, ${la.area_name} against England (% of each indicator's own denominator)`,
		alt: `Line chart, ${Math.min(...years)} to ${Math.max(...years)}. ${travel.map((t) => `${t.label}: ${t.sentence}`).join(' ')}`,
		datasets: ['ehcp_requests_assessments', 'ehcp_caseload'],
		period: `${Math.min(...years)} to ${Math.max(...years)}`,
		notes: [
			...UNMET_INDICATORS.map((i) => `${i.label}: ${i.explain}`),
			'Requests and assessments are calendar years; placements are January censuses. Percentages are computed from the published counts.'
		],
		columns: [
			{ key: 'indicator', label: 'Indicator' },
			{ key: 'area', label: 'Area' },
			{ key: 'year', label: 'Year' },
			{ key: 'numerator', label: 'Count', unit: 'count' },
			{ key: 'denominator', label: 'Out of', unit: 'count' },
			{ key: 'pc', label: '%', unit: 'percent' }
		],
		rows: UNMET_INDICATORS.flatMap((ind) =>
			[la, england].flatMap((a) =>
				pick(ind, a.area_code).map((f) => ({
					indicator: ind.label,
					area: a.area_name,
					year: f.year,
					numerator: figureCell({ value: f.numerator }),
					denominator: f.denominator ?? null,
					pc: rateOf(f) === null ? null : roundTo(rateOf(f)!, 1)
				}))
			)
		),
		render: (document) => trendChart(lines, { yLabel: '%', percent: true, document, ariaDescription: title })
	};
}

export function unmetCharts(comparators: Comparator[], figures: UnmetFigure[]): ChartSpec[] {
	return [unmetChart(comparators, figures), unmetTrendChart(comparators, figures)];
}
