/**
 * Chart specs for statutory timeliness from published data: 20-week trends and neighbours with 95% Wilson intervals,
 * a funnel plot of every LA against England, requests decided within 6 weeks, annual reviews (2024) and the SEND
 * Tribunal appeal rate.
 */
import { funnelChart, type FunnelPoint } from '$lib/charts/funnel-chart';
import { intervalChart, type IntervalRow } from '$lib/charts/interval-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { trendChart } from '$lib/charts/trend-chart';
import type { Area, Comparator } from '$lib/metrics/areas';
import type { AnnualReviewRow, RateRow, TimelinessSeries } from '$lib/metrics/timeliness';
import { funnelBand, targetProportion, wilson } from '$lib/stats/proportion';
import { compareInterval } from '$lib/stats/significance';
import { plural, type Polarity } from '$lib/format/prose';
import { decimalsToShow, roundTo } from '$lib/sections/kit/shown-interval';
import { travelSentence } from '$lib/sections/kit/travel';
import { round } from './common';
import { roleLabel, trendAreas } from '$lib/sections/kit/areas';
import { figureCell, figureLabel } from '$lib/format/figure';

/**
 * Which direction is good, declared once per measure. The appeal rate has none: fewer appeals can mean better
 * decisions or families who do not know their rights.
 */
export const TIMELINESS_POLARITY: Record<'within20' | 'within20Excl' | 'within6' | 'reviewsHeld' | 'decisions4Weeks' | 'appeals', Polarity> = {
	within20: 'higher_better',
	within20Excl: 'higher_better',
	within6: 'higher_better',
	reviewsHeld: 'higher_better',
	decisions4Weeks: 'higher_better',
	appeals: 'neutral'
};

export interface TimelinessInput {
	comparators: Comparator[];
	series: TimelinessSeries;
	allLas20: RateRow[];
	lasByCode: Map<string, Area>;
	reviews: AnnualReviewRow[];
	appeals: RateRow[];
}

const pct = (v: number | null | undefined) => figureLabel({ value: v }, (x) => `${round(x, 1)}%`);
const rowAt = (rows: RateRow[], code: string, year: number) => rows.find((r) => r.area_code === code && r.year === year);
const latest = (rows: RateRow[]) => Math.max(...rows.map((r) => r.year));
const ci = (r: RateRow | undefined) =>
	r && r.numerator !== null && r.denominator !== null && r.denominator > 0 && r.numerator <= r.denominator ? wilson(r.numerator, r.denominator) : null;
const labelOf = (c: Comparator, r: RateRow | undefined) => (r?.computed ? `${c.area_name} (computed)` : c.area_name);

function rateTrend(
	input: TimelinessInput,
	la: Comparator,
	rows: RateRow[],
	config: { id: string; what: string; subtitle: string; datasetIds: string[]; extraNotes?: string[]; polarity: Polarity }
): ChartSpec {
	const areas = trendAreas(input.comparators);
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const first = years[0] ?? 0;
	const last = years[years.length - 1] ?? 0;
	const laLast = rowAt(rows, la.area_code, last);
	const eng = areas.find((a) => a.role === 'england');
	const engLast = eng ? rowAt(rows, eng.area_code, last) : undefined;
	const missing = years.filter((y) => rowAt(rows, la.area_code, y)?.pc == null);
	const travel = travelSentence(
		years,
		rows.filter((r) => r.area_code === la.area_code).map((r) => ({ year: r.year, value: r.pc, symbol: r.symbol })),
		{ unit: 'percent', polarity: config.polarity }
	);
	const title =
		laLast?.pc == null
			? `${config.what}: not published for ${la.area_name} in ${last}. ${travel}`
			: `${config.what} in ${la.area_name}: ${pct(laLast.pc)} in ${last}, against ${engLast?.pc == null ? "England's figure not published" : `${pct(engLast.pc)} in England`}. ${travel}`;
	return {
		id: config.id,
		title,
		subtitle: config.subtitle,
		alt: `Line chart, ${first} to ${last}. ${travel} ${areas.map((a) => `${labelOf(a, rowAt(rows, a.area_code, last))}: ${pct(rowAt(rows, a.area_code, first)?.pc)} in ${first}, ${pct(rowAt(rows, a.area_code, last)?.pc)} in ${last}`).join('. ')}.`,
		datasets: config.datasetIds,
		period: `Calendar years ${first} to ${last}`,
		notes: [...(missing.length ? [`Not published for ${la.area_name} in ${missing.join(', ')}: shown as gaps.`] : []), ...(config.extraNotes ?? [])],
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'year', label: 'Year' },
			{ key: 'numerator', label: 'Numerator', unit: 'count' },
			{ key: 'denominator', label: 'Denominator', unit: 'count' },
			{ key: 'pc', label: config.what, unit: 'percent' }
		],
		rows: areas.flatMap((a) =>
			rows
				.filter((r) => r.area_code === a.area_code)
				.map((r) => ({
					area: labelOf(a, r),
					year: r.year,
					numerator: r.numerator,
					denominator: r.denominator,
					pc: figureCell({ value: round(r.pc, 1), symbol: r.symbol })
				}))
		),
		render: (document) =>
			trendChart(
				areas.map((a) => ({
					key: a.area_code,
					label: labelOf(a, rowAt(rows, a.area_code, last)),
					points: rows.filter((r) => r.area_code === a.area_code).map((r) => ({ year: r.year, value: round(r.pc, 1) }))
				})),
				{ yLabel: '%', percent: true, document, ariaDescription: title }
			)
	};
}

/** One or more rates in panels, for the LA, region, England and neighbours, with Wilson intervals. */
function rateIntervals(
	input: TimelinessInput,
	la: Comparator,
	panels: { label: string; rows: RateRow[] }[],
	config: { id: string; what: string; subtitle: string; year: number; datasetIds: string[]; extraNotes?: string[] }
): ChartSpec {
	const drawn: IntervalRow[] = [];
	const table: ChartSpec['rows'] = [];
	for (const panel of panels) {
		for (const c of input.comparators) {
			const r = rowAt(panel.rows, c.area_code, config.year);
			const i = ci(r);
			drawn.push({
				panel: panel.label,
				label: labelOf(c, r),
				role: c.role,
				value: round(r?.pc, 1),
				lower: i ? i.lower * 100 : null,
				upper: i ? i.upper * 100 : null
			});
			table.push({
				area: labelOf(c, r),
				role: roleLabel(c),
				measure: panel.label,
				numerator: r?.numerator ?? null,
				denominator: r?.denominator ?? null,
				pc: figureCell({ value: round(r?.pc, 1), symbol: r?.symbol }),
				lower: i ? round(i.lower * 100, 1) : null,
				upper: i ? round(i.upper * 100, 1) : null
			});
		}
	}
	const laFirst = rowAt(panels[0]!.rows, la.area_code, config.year);
	const eng = input.comparators.find((c) => c.role === 'england');
	const engFirst = eng ? rowAt(panels[0]!.rows, eng.area_code, config.year) : undefined;
	const i = ci(laFirst);
	const engP = targetProportion(engFirst);
	// Too few in the base to judge (the prose rule's smallest base): no significance words.
	const tooFew = laFirst?.denominator != null && laFirst.denominator < 30;
	const comparison = i && engP !== null && !tooFew ? compareInterval(i, engP) : null;
	const verdict = comparison === null ? null : comparison === 'higher' ? 'higher than' : comparison === 'lower' ? 'lower than' : 'not different from';
	// Decimals at which the LA's shown interval and England's figure agree with the words.
	const d = i && comparison && engP !== null ? decimalsToShow(i.lower * 100, i.upper * 100, engP * 100, comparison) : 1;
	const selectedRow = table.find((r) => r.role === 'Selected LA' && r.measure === panels[0]!.label);
	if (selectedRow && i) Object.assign(selectedRow, { lower: roundTo(i.lower * 100, d), upper: roundTo(i.upper * 100, d) });
	const engText = `${roundTo(engP === null ? 0 : engP * 100, d)}%`;
	const title =
		laFirst?.pc == null
			? `${config.what}: not published for ${la.area_name} in ${config.year}`
			: `${config.what} in ${la.area_name}: ${pct(laFirst.pc)} in ${config.year}, ${
					verdict
						? `${verdict} England (${engText})${verdict === 'not different from' ? '' : ' beyond chance'}`
						: tooFew
							? `against England ${pct(engFirst?.pc)}, on too few (${laFirst.denominator}) to judge`
							: `against England ${pct(engFirst?.pc)}`
				}`;
	return {
		id: config.id,
		title,
		subtitle: config.subtitle,
		alt: `Dot chart with 95% intervals for ${la.area_name}, its region, England and 10 statistical neighbours, ${config.year}. ${panels
			.map((p) => `${p.label}: ${input.comparators.map((c) => `${c.area_name} ${pct(rowAt(p.rows, c.area_code, config.year)?.pc)}`).join('; ')}`)
			.join('. ')}.`,
		datasets: [...config.datasetIds, 'statistical_neighbours'],
		period: String(config.year),
		notes: [
			'95% Wilson confidence intervals from the published numerator and denominator. An interval that does not cross England’s dashed line differs from England beyond chance.',
			...(config.extraNotes ?? [])
		],
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'role', label: 'Compared as' },
			{ key: 'measure', label: 'Measure' },
			{ key: 'numerator', label: 'Numerator', unit: 'count' },
			{ key: 'denominator', label: 'Denominator', unit: 'count' },
			{ key: 'pc', label: '%', unit: 'percent' },
			{ key: 'lower', label: '95% CI lower', unit: 'percent' },
			{ key: 'upper', label: '95% CI upper', unit: 'percent' }
		],
		rows: table,
		render: (document) => intervalChart(drawn, { xLabel: '%', document, ariaDescription: title })
	};
}

const BAND_PHRASE: Record<string, string> = {
	'within limits': 'within the range chance explains around',
	'above 95% limit': 'above the 95% (but within the 99.8%) limit around',
	'below 95% limit': 'below the 95% (but within the 99.8%) limit around',
	'above 99.8% limit': 'above the 99.8% limit around',
	'below 99.8% limit': 'below the 99.8% limit around'
};

export function within20FunnelChart(input: TimelinessInput, la: Comparator, year: number): ChartSpec {
	const eng = input.comparators.find((c) => c.role === 'england');
	const engRow = eng ? rowAt(input.series.within20, eng.area_code, year) : undefined;
	// Limits around England's unrounded proportion (its counts), not its published % rounded to one decimal.
	const target = targetProportion(engRow) ?? 0;
	const usable = input.allLas20.filter((r) => r.numerator !== null && r.denominator !== null && r.denominator > 0 && r.numerator <= r.denominator);
	const judged = usable.map((r) => ({
		r,
		p: r.numerator! / r.denominator!,
		band: funnelBand(r.numerator!, r.denominator!, target),
		name: input.lasByCode.get(r.area_code)?.area_name ?? r.area_code
	}));
	const points: FunnelPoint[] = judged.map((j) => ({ label: j.name, n: j.r.denominator!, p: j.p, highlight: j.r.area_code === la.area_code }));
	const own = judged.find((j) => j.r.area_code === la.area_code);
	const above = judged.filter((j) => j.band === 'above 99.8% limit').length;
	const below = judged.filter((j) => j.band === 'below 99.8% limit').length;
	const title = own
		? `${la.area_name}’s ${pct(own.p * 100)} of new plans within 20 weeks in ${year} is ${BAND_PHRASE[own.band]} England’s ${pct(target * 100)}; ${below} LAs are below and ${above} above the 99.8% limits`
		: `New EHC plans within 20 weeks, ${year}: ${below} LAs are below and ${above} above the 99.8% limits around England’s ${pct(target * 100)} (${la.area_name} not published)`;
	return {
		id: 'within-20-weeks-funnel',
		title,
		subtitle: `Funnel plot: % of new EHC plans issued within 20 weeks (including exception cases) against the number issued, every LA, ${year}, with 95% and 99.8% limits around England`,
		alt: `Funnel plot of ${judged.length} LAs. ${own ? `${la.area_name}: ${pct(own.p * 100)} of ${plural(own.r.denominator!, 'plan')}, ${own.band}.` : ''} ${below} LAs below and ${above} above the 99.8% limits around England's ${pct(target * 100)}.`,
		datasets: ['ehcp_timeliness'],
		period: String(year),
		notes: [
			'Limits are Wilson intervals around England’s percentage at each LA’s number of plans issued: outside the 99.8% limits, a difference from England is very unlikely to be chance. LAs with no plans issued, or figures not published, are not drawn.'
		],
		columns: [
			{ key: 'area', label: 'Local authority' },
			{ key: 'issued', label: 'Plans issued', unit: 'count' },
			{ key: 'within', label: 'Within 20 weeks', unit: 'count' },
			{ key: 'pc', label: '% within 20 weeks', unit: 'percent' },
			{ key: 'band', label: 'Against England' }
		],
		rows: judged
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((j) => ({ area: j.name, issued: j.r.denominator, within: j.r.numerator, pc: round(j.r.pc, 1), band: j.band })),
		render: (document) =>
			funnelChart(points, {
				target,
				targetLabel: `England ${pct(target * 100)}`,
				xLabel: 'New EHC plans issued (log scale)',
				yLabel: '% within 20 weeks',
				document,
				ariaDescription: title
			})
	};
}

/** Annual reviews (2024): reviews held of those due, and decisions within 4 weeks of the meeting. */
export function reviewRates(reviews: AnnualReviewRow[]): { held: RateRow[]; decided: RateRow[] } {
	const held = reviews.map((r) => ({
		area_code: r.area_code,
		year: r.year,
		numerator: r.review_meetings_held,
		denominator: r.reviews_expected,
		pc: r.review_meetings_held !== null && r.reviews_expected ? (r.review_meetings_held / r.reviews_expected) * 100 : null,
		symbol: r.symbol,
		computed: false
	}));
	const decided = reviews.map((r) => ({
		area_code: r.area_code,
		year: r.year,
		numerator: r.decisions_within_4_weeks,
		denominator: r.decisions_within_4_weeks !== null && r.decisions_after_4_weeks !== null ? r.decisions_within_4_weeks + r.decisions_after_4_weeks : null,
		pc: r.decisions_within_4_weeks_pc,
		symbol: r.symbol,
		computed: false
	}));
	return { held, decided };
}

export function timelinessCharts(input: TimelinessInput): ChartSpec[] {
	const la = input.comparators.find((c) => c.role === 'selected');
	if (!la) return [];
	const s = input.series;
	const year20 = latest(s.within20);
	const year6 = latest(s.within6);
	const { held, decided } = reviewRates(input.reviews);
	const appealYear = latest(input.appeals);
	const reviewYear = latest(held);
	const la0 = la.area_code;
	const reviewTravel = travelSentence(
		held.map((r) => r.year),
		held.filter((r) => r.area_code === la0).map((r) => ({ year: r.year, value: r.pc, symbol: r.symbol })),
		{ unit: 'percent', polarity: TIMELINESS_POLARITY.reviewsHeld }
	);
	const appealNote =
		'Appeal rate = appeals registered ÷ appealable decisions (refusals to assess + decisions not to issue a plan + plans held in January + plans ceased because needs were met). The region is computed as Σ appeals ÷ Σ appealable decisions over its LAs (the file has no region rows); an LA with no appeals (“-”) counts as 0 appeals.';
	return [
		rateTrend(input, la, s.within20, {
			id: 'within-20-weeks-trend',
			what: 'New EHC plans issued within 20 weeks',
			subtitle: `% of new EHC plans issued within 20 weeks, including exception cases, by calendar year, ${la.area_name} against its region and England`,
			datasetIds: ['ehcp_timeliness'],
			polarity: TIMELINESS_POLARITY.within20
		}),
		rateTrend(input, la, s.within20Excl, {
			id: 'within-20-weeks-excl-trend',
			what: 'New EHC plans within 20 weeks, excluding exceptions',
			subtitle: `% of new EHC plans issued within 20 weeks, excluding cases where an exception to the time limit applies, by calendar year`,
			datasetIds: ['ehcp_timeliness'],
			polarity: TIMELINESS_POLARITY.within20Excl
		}),
		rateIntervals(
			input,
			la,
			[
				{ label: 'Including exceptions', rows: s.within20 },
				{ label: 'Excluding exceptions', rows: s.within20Excl }
			],
			{
				id: 'within-20-weeks-neighbours',
				what: 'New EHC plans issued within 20 weeks',
				subtitle: `% of new EHC plans issued within 20 weeks in ${year20}, with and without exception cases, with 95% intervals`,
				year: year20,
				datasetIds: ['ehcp_timeliness']
			}
		),
		within20FunnelChart(input, la, year20),
		rateTrend(input, la, s.within6, {
			id: 'requests-within-6-weeks-trend',
			what: 'Requests for an EHC needs assessment decided within 6 weeks',
			subtitle: `% of requests for an EHC needs assessment decided within 6 weeks, of those decided, by calendar year, ${la.area_name} against its region and England`,
			datasetIds: ['ehcp_requests_assessments'],
			polarity: TIMELINESS_POLARITY.within6
		}),
		rateIntervals(input, la, [{ label: 'Decided within 6 weeks', rows: s.within6 }], {
			id: 'requests-within-6-weeks',
			what: 'Requests for an EHC needs assessment decided within 6 weeks',
			subtitle: `% of requests for an EHC needs assessment decided within 6 weeks, of those decided (within + after 6 weeks), ${year6}`,
			year: year6,
			datasetIds: ['ehcp_requests_assessments']
		}),
		rateIntervals(
			input,
			la,
			[
				{ label: 'Review held, of those due', rows: held },
				{ label: 'Decision within 4 weeks', rows: decided }
			],
			{
				id: 'annual-reviews',
				what: 'Annual reviews held when due',
				subtitle: `Annual reviews in ${reviewYear}: % of plans with a review due that had a review meeting in ${reviewYear} or ${reviewYear + 1}, and % of review decisions made within 4 weeks of the meeting`,
				year: reviewYear,
				datasetIds: ['ehcp_annual_reviews'],
				extraNotes: [
					`“Held” = review meetings recorded in ${reviewYear} or ${reviewYear + 1} ÷ reviews due in ${reviewYear}, computed here from the published counts (DfE publishes no such percentage); meetings recorded before ${reviewYear} belong to an earlier year’s review and are not counted; “within 4 weeks” is DfE’s published percentage (decisions within 4 weeks ÷ decisions within + after 4 weeks).`,
					`Direction of travel, reviews held: ${reviewTravel}`
				]
			}
		),
		rateTrend(input, la, input.appeals, {
			id: 'appeal-rate-trend',
			what: 'SEND Tribunal appeal rate',
			subtitle: `Appeals registered with the SEND Tribunal as a % of appealable decisions, by calendar year, ${la.area_name} against its region (computed) and England`,
			datasetIds: ['send_tribunal_appeals'],
			extraNotes: [appealNote],
			polarity: TIMELINESS_POLARITY.appeals
		}),
		rateIntervals(input, la, [{ label: 'Appeal rate', rows: input.appeals }], {
			id: 'appeal-rate-neighbours',
			what: 'The SEND Tribunal appeal rate',
			subtitle: `Appeals registered as a % of appealable decisions, ${appealYear}, with 95% intervals`,
			year: appealYear,
			datasetIds: ['send_tribunal_appeals'],
			extraNotes: [appealNote]
		})
	];
}
