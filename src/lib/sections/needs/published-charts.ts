/**
 * Chart specs for the published needs profile: plans by primary need (all plans and new plans) for the LA beside its
 * region, England and the median of its statistical neighbours, with 95% Wilson intervals and the England flag in
 * words; and one need across the LA's statistical neighbours.
 */
import { categoryDotChart, type CategoryPoint } from '$lib/charts/category-dot-chart';
import { comparisonChart, type ComparisonRow } from '$lib/charts/comparison-chart';
import type { ChartSpec } from '$lib/charts/spec';
import type { Comparator } from '$lib/metrics/areas';
import { NEED_CODES, type NeedCountRow, type PlanKind } from '$lib/metrics/needs-published';
import { roleLabel } from '$lib/sections/kit/areas';
import { periodLabel, chanceFlags, leaders, list, plural, verb, type Polarity } from '$lib/format/prose';
import { rankAmong, rankWords } from '$lib/sections/kit/rank';
import { decimalsToShow, roundTo } from '$lib/sections/kit/shown-interval';
import { englandShares, flagSentence, NEED_LABELS, needShares, needShort, type NeedShare } from './profile';
import { figureCell, figureLabel, NOT_PUBLISHED } from '$lib/format/figure';

/** A need's share of plans has no good direction: a higher share is a different mix, not better or worse. */
const NEED_SHARE_POLARITY: Polarity = 'neutral';

export interface PublishedNeedsInput {
	comparators: Comparator[];
	counts: NeedCountRow[];
}

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
const median = (values: number[]) => {
	const s = [...values].sort((a, b) => a - b);
	if (s.length === 0) return null;
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const FLAG_MARK = {
	higher: '▲ significantly higher',
	lower: '▼ significantly lower',
	similar: 'not significantly different',
	'too few': 'too few to judge'
} as const;

const KIND_WHAT: Record<PlanKind, string> = { all: 'active EHC plans', new: 'new EHC plans' };

/** The words for a kind of plan at the period its rows carry (the latest published), never a year written in. */
function kindText(kind: PlanKind, counts: NeedCountRow[]): { what: string; period: string; subtitle: string } {
	const period = counts.find((r) => r.kind === kind)?.period;
	const when = period ? periodLabel(period) : 'the latest period';
	return kind === 'all'
		? { what: KIND_WHAT.all, period: `${period ? when : 'Latest'} (SEN2 census)`, subtitle: `Share of all active EHC plans in ${when} by primary need` }
		: {
				what: KIND_WHAT.new,
				period: period ? `Calendar year ${when}` : 'Latest calendar year',
				subtitle: `Share of new EHC plans made in ${when} by primary need`
			};
}

export function needFlags(input: PublishedNeedsInput, kind: PlanKind): { la: NeedShare; england: NeedShare | undefined; sentence: string }[] {
	const la = input.comparators.find((c) => c.role === 'selected');
	const eng = input.comparators.find((c) => c.role === 'england');
	const shares = needShares(input.counts, kind, eng?.area_code);
	return NEED_CODES.flatMap((need) => {
		const own = shares.find((s) => s.area_code === la?.area_code && s.need === need);
		const england = shares.find((s) => s.area_code === eng?.area_code && s.need === need);
		return own ? [{ la: own, england, sentence: flagSentence(own, england, KIND_WHAT[kind]) }] : [];
	});
}

export function needProfileChart(input: PublishedNeedsInput, kind: PlanKind): ChartSpec {
	const la = input.comparators.find((c) => c.role === 'selected')!;
	const region = input.comparators.find((c) => c.role === 'region');
	const england = input.comparators.find((c) => c.role === 'england');
	const neighbours = input.comparators.filter((c) => c.role === 'neighbour');
	const shares = needShares(input.counts, kind, england?.area_code);
	const shareOf = (code: string | undefined, need: string) => shares.find((s) => s.area_code === code && s.need === need);
	const flags = needFlags(input, kind);
	const text = kindText(kind, input.counts);
	const series = [la.area_name, region?.area_name ?? 'Region', 'England', 'Statistical neighbours (median)'];
	const categories = NEED_CODES.map((n) => NEED_LABELS[n]!);
	const neighbourMedian = (need: string) =>
		median(neighbours.flatMap((n) => ((shareOf(n.area_code, need)?.share ?? null) === null ? [] : [shareOf(n.area_code, need)!.share!])));
	const points: CategoryPoint[] = NEED_CODES.flatMap((need) => {
		const own = shareOf(la.area_code, need);
		const category = NEED_LABELS[need]!;
		return [
			{ category, series: series[0]!, value: round1(own?.share ?? null), lower: round1(own?.lower ?? null), upper: round1(own?.upper ?? null) },
			{ category, series: series[1]!, value: round1(shareOf(region?.area_code, need)?.share ?? null) },
			{ category, series: 'England', value: round1(shareOf(england?.area_code, need)?.share ?? null) },
			{ category, series: series[3]!, value: round1(neighbourMedian(need)) }
		];
	});
	const rowLabels = Object.fromEntries(flags.map((f) => [NEED_LABELS[f.la.need]!, f.la.vsEngland ? FLAG_MARK[f.la.vsEngland] : NOT_PUBLISHED]));
	const higher = flags.filter((f) => f.la.vsEngland === 'higher').map((f) => needShort(f.la.need));
	const lower = flags.filter((f) => f.la.vsEngland === 'lower').map((f) => needShort(f.la.need));
	const engExact = englandShares(input.counts, kind, england?.area_code);
	const total = flags.find((f) => f.la.total !== null)?.la.total ?? null;
	const tested = flags.filter((f) => f.la.vsEngland === 'higher' || f.la.vsEngland === 'lower' || f.la.vsEngland === 'similar').length;
	const tooFew = flags.filter((f) => f.la.vsEngland === 'too few').length;
	const top = leaders(
		flags.filter((f) => f.la.need !== 'UNKNOWN').map((f) => ({ label: needShort(f.la.need), value: f.la.count, symbol: f.la.symbol })),
		'count'
	);
	const topFlag = top ? flags.find((f) => needShort(f.la.need) === top.labels[0]) : undefined;
	const share = (f: (typeof flags)[number] | undefined) => f?.la.published_pc ?? round1(f?.la.share ?? null);
	const engShare = topFlag?.england?.published_pc ?? round1(topFlag?.england?.share ?? null);
	const lead = !top
		? null
		: top.tie
			? `${list(top.labels)} are equally the most common primary need in ${la.area_name}'s ${text.what} (each ${plural(Number(top.value.replace(/,/g, '')), 'plan')}, ${share(topFlag)}%)`
			: `${top.labels[0]} is the most common primary need in ${la.area_name}'s ${text.what} (${share(topFlag)}%, England ${figureLabel({ value: engShare }, (v) => `${v}%`)})`;
	const flagged =
		tested === 0
			? `there are too few ${text.what} (${total ?? 0}) to judge any need against England`
			: `${higher.length === 0 ? 'no' : higher.length} ${higher.length === 1 ? 'need' : 'needs'} ${verb(higher.length, 'is', 'are')} significantly above England's share, ${lower.length === 0 ? 'none' : lower.length} below`;
	const title = lead ? `${lead}; ${flagged}` : `Primary needs of ${text.what} are not published for ${la.area_name}`;
	const chance = tested > 0 ? `${plural(tested, 'need')} tested against England: ${chanceFlags(tested)}, so a single flag may be chance.` : '';
	// Decimals that make the shown interval and England's share agree with the verdict beside them.
	const shown = (own: NeedShare | undefined) => {
		const ref = engExact.get(own?.need ?? '');
		const d =
			own && own.lower !== null && own.upper !== null && ref !== undefined && own.vsEngland && own.vsEngland !== 'too few'
				? decimalsToShow(own.lower, own.upper, ref, own.vsEngland)
				: 1;
		return {
			d,
			lower: own?.lower == null ? null : roundTo(own.lower, d),
			upper: own?.upper == null ? null : roundTo(own.upper, d),
			england: ref === undefined ? null : roundTo(ref, d)
		};
	};
	return {
		id: `need-profile-${kind}`,
		title,
		subtitle: `${text.subtitle}: ${la.area_name} with its 95% confidence interval (bar), against ${region?.area_name ?? 'its region'}, England and the median of its ${plural(neighbours.length, 'statistical neighbour')}`,
		alt: `Dot chart of the share of ${text.what} by primary need. ${flags.map((f) => f.sentence).join('. ')}.`,
		datasets: ['ehcp_needs', 'statistical_neighbours'],
		period: text.period,
		notes: [
			`Shares are computed from the published counts (count ÷ all ${text.what} in the area) and match DfE's published percentages; the 95% interval is a Wilson score interval. A need is "significantly higher" or "lower" when England's share lies outside the area's interval (England's own interval is negligibly narrow). With fewer than 30 ${text.what} in the area, no need is judged ("too few to judge"). Where the interval and England's share would look equal at one decimal, both are shown to two.`,
			`Above-England needs: ${higher.join(', ') || 'none'}. Below-England needs: ${lower.join(', ') || 'none'}.${tooFew > 0 ? ` Too few to judge: ${plural(tooFew, 'need')}.` : ''}`,
			...(chance ? [chance] : [])
		],
		columns: [
			{ key: 'need', label: 'Primary need' },
			{ key: 'count', label: `${la.area_name}: plans`, unit: 'count' },
			{ key: 'pc', label: `${la.area_name}: % (DfE)`, unit: 'percent' },
			{ key: 'lower', label: '95% CI lower', unit: 'percent' },
			{ key: 'upper', label: '95% CI upper', unit: 'percent' },
			{ key: 'flag', label: 'Against England' },
			{ key: 'region', label: `${region?.area_name ?? 'Region'} %`, unit: 'percent' },
			{ key: 'england', label: 'England % (from the counts)', unit: 'percent' },
			{ key: 'neighbours', label: 'Neighbours median %', unit: 'percent' }
		],
		rows: NEED_CODES.map((need) => {
			const own = shareOf(la.area_code, need);
			const ci = shown(own);
			return {
				need: NEED_LABELS[need]!,
				count: figureCell({ value: own?.count, symbol: own?.symbol }),
				pc: figureCell({ value: own?.published_pc, symbol: own?.symbol }),
				lower: ci.lower,
				upper: ci.upper,
				flag: own?.vsEngland ? FLAG_MARK[own.vsEngland] : NOT_PUBLISHED,
				region: shareOf(region?.area_code, need)?.published_pc ?? null,
				england: ci.england,
				neighbours: round1(neighbourMedian(need))
			};
		}),
		render: (document) =>
			categoryDotChart(points, { xLabel: `Share of ${text.what} (%)`, percent: true, series, categories, rowLabels, document, ariaDescription: title })
	};
}

/** One need's share for the LA and each of its statistical neighbours, ranked, with England and region as rules. */
export function needNeighboursChart(input: PublishedNeedsInput, need: string): ChartSpec {
	const la = input.comparators.find((c) => c.role === 'selected')!;
	const shares = needShares(input.counts, 'all', input.comparators.find((c) => c.role === 'england')?.area_code);
	const rows = input.comparators.map((c) => ({ c, s: shares.find((s) => s.area_code === c.area_code && s.need === need) }));
	const value = (s: NeedShare | undefined) => s?.published_pc ?? round1(s?.share ?? null);
	const comparison: ComparisonRow[] = rows.map(({ c, s }) => ({ label: c.area_name, value: value(s), role: c.role }));
	const ranked = rows
		.filter(({ c, s }) => (c.role === 'selected' || c.role === 'neighbour') && value(s) !== null)
		.sort((a, b) => (value(b.s) ?? 0) - (value(a.s) ?? 0));
	const label = NEED_LABELS[need] ?? need;
	const own = value(rows.find((r) => r.c.role === 'selected')?.s);
	const title =
		own !== null && own !== undefined
			? `${la.area_name} ${rankWords(
					rankAmong(
						own,
						ranked.map((r) => value(r.s)!)
					),
					NEED_SHARE_POLARITY,
					`the share of plans for ${label}`,
					`${own}%`
				)}`
			: `${label}: not published for ${la.area_name}, so it cannot be ranked among its statistical neighbours`;
	return {
		id: 'need-neighbours',
		title,
		subtitle: `Share of active EHC plans in ${kindText('all', input.counts).period.replace(' (SEN2 census)', '')} with ${label} as the primary need, ${la.area_name} and its ${plural(input.comparators.filter((c) => c.role === 'neighbour').length, 'statistical neighbour')}, highest first`,
		alt: `Dot chart ranking ${la.area_name} and its statistical neighbours by the share of plans for ${label}: ${ranked.map(({ c, s }) => `${c.area_name} ${value(s)}%`).join('; ')}.`,
		datasets: ['ehcp_needs', 'statistical_neighbours'],
		period: kindText('all', input.counts).period,
		notes: [],
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'role', label: 'Compared as' },
			{ key: 'count', label: 'Plans with this need', unit: 'count' },
			{ key: 'pc', label: 'Share of plans (DfE)', unit: 'percent' },
			{ key: 'flag', label: 'Against England' }
		],
		rows: rows.map(({ c, s }) => ({
			area: c.area_name,
			role: roleLabel(c),
			count: figureCell({ value: s?.count, symbol: s?.symbol }),
			pc: figureCell({ value: s?.published_pc, symbol: s?.symbol }),
			flag: s?.vsEngland ? FLAG_MARK[s.vsEngland] : ''
		})),
		render: (document) => comparisonChart(comparison, { xLabel: `Share of plans: ${needShort(need)} (%)`, percent: true, document, ariaDescription: title })
	};
}
