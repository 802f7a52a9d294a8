/**
 * Chart specs for the published autism statistics: all sub-ICB locations ranked, a funnel plot, the monthly trend
 * for chosen areas, and the chosen areas side by side. Titles state the finding; tables hold exactly what is drawn.
 */
import { comparisonChart, type ComparisonRow } from '$lib/charts/comparison-chart';
import { funnelChart } from '$lib/charts/funnel-chart';
import { monthlyTrendChart } from '$lib/charts/monthly-trend-chart';
import { sideBySideChart, type SideBySideRow } from '$lib/charts/side-by-side-chart';
import type { ChartSpec } from '$lib/charts/spec';
import type { DatasetEntry } from '$lib/data/manifest';
import { formatValue } from '$lib/format/values';
import type { SeriesBand, SeriesCell, SnapshotAge, SnapshotCell, SubIcb } from '$lib/metrics/autism-waits';
import { direction, list, MIN_BASE_FOR_SIGNIFICANCE, plural, polarityNote, verb } from '$lib/format/prose';
import { funnelLimits } from '$lib/stats/proportion';
import { competitionRanks, rankLabel } from '$lib/stats/rank';
import { areaFigures, filledSeries, monthsBetween, pooledFigure, WAIT_MEASURES, type AreaFigure, type WaitMeasure } from './published-rows';
import { figureCell, NOT_PUBLISHED } from '$lib/format/figure';

export interface PublishedInput {
	period: string;
	cells: SnapshotCell[];
	areas: SubIcb[];
	/** Chosen sub-ICB codes (the LA's by default). */
	chosen: string[];
	/** What the chosen areas are, e.g. "Essex's sub-ICB locations" or "the chosen sub-ICB locations". */
	chosenLabel: string;
	entry: DatasetEntry | undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const monthName = (period: string) => `${MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
const ageText = (age: SnapshotAge) => (age === 'Total' ? 'all ages' : `aged ${age}`);
const pct = (v: number | null, symbol: string | null) => formatValue(v, symbol, 'percent');
const POOLED = 'All sub-ICB locations (derived)';

function pooledNote(pooled: ReturnType<typeof pooledFigure>, measure: WaitMeasure): string {
	return pooled
		? `"${POOLED}" is not a published England figure: the sub-ICB file has no England row, so it is the sum of ${measure.numerator} over the sum of ${measure.denominator} (counts rounded to the nearest 5) for the ${pooled.areas} sub-ICB locations where both are published.`
		: 'No pooled figure: too many counts are suppressed.';
}

function notes(input: PublishedInput, extra: string[]): string[] {
	return [
		...extra,
		`LA ↔ sub-ICB: an LA's sub-ICB locations are those whose July 2022 boundary overlaps it (la_nhs_overlap, vintage 2022; presence, not population share). Cumberland and Westmorland and Furness (formed April 2023) are not in that list: each is given all of Cumbria's sub-ICB locations.`
	];
}

function rangeText(figures: AreaFigure[]): string {
	const values = figures.map((f) => f.value).filter((v): v is number => v !== null);
	if (values.length === 0) return NOT_PUBLISHED;
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	return lo === hi ? `${lo}%` : `${lo}% to ${hi}%`;
}

export function rankedChart(input: PublishedInput, measure: WaitMeasure, age: SnapshotAge): ChartSpec {
	const figures = areaFigures(input.cells, input.areas, measure, age);
	const pooled = pooledFigure(input.cells, measure, age);
	const chosen = figures.filter((f) => input.chosen.includes(f.code));
	const ranked = figures.filter((f) => f.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
	// Only areas with at least MIN_BASE_FOR_SIGNIFICANCE patients are ranked (a % on 5 rounded referrals can't bear
	// a place in order); tied values share a rank: 1 + the number of ranked areas strictly higher.
	const rankable = ranked.filter((f) => f.n !== null && f.n >= MIN_BASE_FOR_SIGNIFICANCE);
	const ranks = new Map(rankable.map((f, i) => [f.code, rankLabel(competitionRanks(rankable.map((r) => r.value))[i] ?? null)]));
	const rankOf = (code: string): string | null => ranks.get(code) ?? null;
	const rankText = (f: AreaFigure) =>
		f.value === null
			? ''
			: rankOf(f.code) === null
				? `, not ranked (${f.n === null ? 'base suppressed' : `${plural(f.n, 'patient')}, fewer than ${MIN_BASE_FOR_SIGNIFICANCE}`})`
				: `, ranked ${rankOf(f.code)} of ${rankable.length}`;
	const month = monthName(input.period);
	const title = `${measure.label}: ${input.chosenLabel} ${rangeText(chosen)}, against ${pooled ? `${pooled.value}%` : 'no pooled figure'} across all sub-ICB locations (${month}, ${ageText(age)})`;
	const rows: ComparisonRow[] = [
		...figures.map((f) => ({
			label: `${f.name} (${f.code})`,
			value: f.value,
			role: input.chosen.includes(f.code) ? ('selected' as const) : ('neighbour' as const)
		})),
		...(pooled ? [{ label: POOLED, value: pooled.value, role: 'england' as const }] : [])
	];
	return {
		id: 'ranked',
		title,
		subtitle: `${measure.definition}, ${ageText(age)}, every sub-ICB location in ${month}, highest first (NHS ${measure.nhsIds})`,
		alt: `Dot chart ranking ${ranked.length} sub-ICB locations by ${measure.label.toLowerCase()} in ${month}, ${ageText(age)}; ${figures.length - ranked.length} are suppressed or not published and listed at the bottom. ${chosen
			.map((f) => `${f.name}: ${pct(f.value, f.symbol)}${rankText(f)}`)
			.join(
				'; '
			)}${chosen.length ? '. ' : ''}${pooled ? `All sub-ICB locations pooled: ${pooled.value}%. ` : ''}Ranks count from the highest (1 = highest; ${polarityNote(measure.polarity)}); ties share a rank; areas with fewer than ${MIN_BASE_FOR_SIGNIFICANCE} patients are not ranked (counts are rounded to the nearest 5).`,
		datasets: ['autism_waits'],
		period: month,
		notes: notes(input, [pooledNote(pooled, measure)]),
		columns: [
			{ key: 'area', label: 'Sub-ICB location' },
			{ key: 'code', label: 'ODS code' },
			{ key: 'rank', label: `Rank (1 = highest; ${polarityNote(measure.polarity)}; ties share a rank)` },
			{ key: 'value', label: `${measure.label} (%)`, unit: 'percent' },
			{ key: 'n', label: `${measure.denominatorLabel} (rounded to 5)`, unit: 'count' }
		],
		rows: [
			...figures.map((f) => ({
				area: f.name,
				code: f.code,
				rank: f.value === null ? null : (rankOf(f.code) ?? 'not ranked (too few)'),
				value: figureCell(f),
				n: figureCell({ value: f.n, symbol: f.nSymbol })
			})),
			...(pooled ? [{ area: POOLED, code: null, rank: null, value: pooled.value, n: pooled.denominator }] : [])
		],
		render: (document) =>
			comparisonChart(rows, { xLabel: `${measure.label} (%)`, percent: true, width: 980, marginLeft: 300, document, ariaDescription: title })
	};
}

export function funnelSpec(input: PublishedInput, measure: WaitMeasure, age: SnapshotAge): ChartSpec | null {
	const pooled = pooledFigure(input.cells, measure, age);
	if (!pooled) return null;
	// Limits around the unrounded pooled proportion, not its % rounded for display.
	const target = pooled.proportion;
	const figures = areaFigures(input.cells, input.areas, measure, age);
	const drawn = figures.filter((f) => f.value !== null && f.n !== null && f.n > 0);
	const verdict = (f: AreaFigure) => {
		const l = funnelLimits(target, f.n!);
		const p = f.value! / 100;
		if (p > l.upper998) return 'above 99.8% limit';
		if (p < l.lower998) return 'below 99.8% limit';
		if (p > l.upper95) return 'above 95% limit';
		if (p < l.lower95) return 'below 95% limit';
		return 'within limits';
	};
	const chosen = drawn.filter((f) => input.chosen.includes(f.code));
	const outside = chosen.filter((f) => verdict(f).includes('99.8'));
	const month = monthName(input.period);
	const title =
		chosen.length === 0
			? `${measure.label}: none of ${input.chosenLabel} can be placed on the funnel (suppressed), ${month}`
			: chosen.length === 1
				? `${measure.label}: ${chosen[0]!.name} lies ${outside.length ? 'outside' : 'within'} the 99.8% limits around ${pooled.value}% (${month}, ${ageText(age)})`
				: `${measure.label}: ${outside.length} of the ${chosen.length} plotted (${input.chosenLabel}) ${verb(outside.length, 'lies', 'lie')} outside the 99.8% limits around ${pooled.value}% (${month}, ${ageText(age)})`;
	return {
		id: 'funnel',
		title,
		subtitle: `${measure.definition}, against the number of ${measure.denominatorLabel.toLowerCase()} (log scale), with 95% and 99.8% limits around the pooled figure for all sub-ICB locations`,
		alt: `Funnel plot of ${plural(drawn.length, 'sub-ICB location')} in ${month}. ${chosen.length ? `${chosen.map((f) => `${f.name}: ${f.value}% of ${f.n}, ${verdict(f)}`).join('; ')}. ` : ''}Areas outside the 99.8% limits differ from the pooled ${pooled.value}% by more than chance explains.`,
		datasets: ['autism_waits'],
		period: month,
		notes: notes(input, [
			pooledNote(pooled, measure),
			'Limits: Wilson score interval of the pooled proportion at each denominator (OHID method). Denominators are NHS England counts rounded to the nearest 5, so limits are approximate for small areas. Areas whose % or denominator is suppressed ("*") are not plotted; they are listed in the table.'
		]),
		columns: [
			{ key: 'area', label: 'Sub-ICB location' },
			{ key: 'code', label: 'ODS code' },
			{ key: 'n', label: `${measure.denominatorLabel} (rounded to 5)`, unit: 'count' },
			{ key: 'value', label: `${measure.label} (%)`, unit: 'percent' },
			{ key: 'verdict', label: 'Against the limits' }
		],
		rows: figures.map((f) => ({
			area: f.name,
			code: f.code,
			n: figureCell({ value: f.n, symbol: f.nSymbol }),
			value: figureCell(f),
			verdict: drawn.includes(f) ? verdict(f) : 'not plotted (suppressed)'
		})),
		render: (document) =>
			funnelChart(
				drawn.map((f) => ({ label: f.name, n: f.n!, p: f.value! / 100, highlight: input.chosen.includes(f.code) })),
				{
					target,
					targetLabel: `Pooled ${pooled.value}%`,
					xLabel: `${measure.denominatorLabel} →`,
					yLabel: `↑ ${measure.label} (%)`,
					document,
					ariaDescription: title
				}
			)
	};
}

export function trendSpec(input: PublishedInput, cells: SeriesCell[], band: SeriesBand): ChartSpec {
	// The series' months: the dataset's published span (its manifest periods), else the cells', never written in.
	const periods = (input.entry?.periods.length ? input.entry.periods : cells.map((c) => c.period)).filter((p) => /^\d{4}-\d{2}$/.test(p)).sort();
	const months = periods.length > 0 ? monthsBetween(periods[0]!, periods[periods.length - 1]!) : [];
	const span = months.length > 0 ? `${monthName(months[0]!)} – ${monthName(months[months.length - 1]!)}` : 'no months published';
	const nameOf = (code: string) => input.areas.find((a) => a.code === code)?.name ?? code;
	const lines = [
		{ key: 'E92000001', label: 'England', points: filledSeries(cells, 'E92000001', band, months) },
		...input.chosen.map((code) => ({ key: code, label: `${nameOf(code)} (${code})`, points: filledSeries(cells, code, band, months) }))
	];
	const shown = lines.slice(0, 6);
	const latest = (pts: (typeof lines)[number]['points']) => [...pts].reverse().find((p) => p.value !== null);
	const eng = latest(lines[0]!.points);
	const gaps = shown.slice(1).map((l) => l.points.filter((p) => p.value === null).length);
	const short = (label: string) => label.replace(/ \(.*\)$/, '');
	const withValue = shown.slice(1).filter((l) => latest(l.points));
	const without = shown.slice(1).filter((l) => !latest(l.points));
	const local =
		withValue.length === 0
			? `no month has a published figure for ${input.chosenLabel} (suppressed or not published)`
			: `${withValue.map((l) => `${short(l.label)} ${latest(l.points)!.value}% in ${monthName(latest(l.points)!.period)}`).join(', ')}${without.length > 0 ? `; none published for ${without.map((l) => short(l.label)).join(', ')}` : ''}`;
	const travel = (pts: (typeof lines)[number]['points']) => {
		const first = pts.find((p) => p.value !== null);
		const last = latest(pts);
		return first && last && first !== last
			? direction({ year: monthName(first.period), value: first.value }, { year: monthName(last.period), value: last.value }, 'percent', 'lower_better', {
					decimals: 0
				}).text
			: 'only one month published, no direction of travel';
	};
	const title = `Aged ${band.replace('Under', 'under')}: ${eng ? `${eng.value}% of England's long waiters had a first appointment only after 13 weeks in ${monthName(eng.period)} (${travel(lines[0]!.points)}; ${polarityNote('lower_better')})` : 'no England figure'}; ${local}`;
	return {
		id: 'trend',
		title,
		subtitle: `Monthly % of patients aged ${band.toLowerCase().replace('under', 'under')} waiting 13 weeks or more whose first appointment came after more than 13 weeks (NHS ${band === '18 to 24' ? 'ASD19g' : 'ASD19e'}), ${span}; gaps are months not published or suppressed`,
		alt: `Line chart by month. ${shown.map((l, i) => `${l.label}: ${latest(l.points) ? `${travel(l.points)}` : 'no month published'}${i > 0 ? `, ${gaps[i - 1]} of ${months.length} months without a figure` : ''}`).join('. ')}. ${polarityNote('lower_better')}.`,
		datasets: ['autism_waits'],
		period: months.length > 0 ? `${monthName(months[0]!)} to ${monthName(months[months.length - 1]!)}` : 'No months published',
		notes: notes(input, [
			'CCGs before July 2022 and sub-ICB locations after share ODS codes: NHS England published the whole series on April 2021 CCG / July 2022 sub-ICB boundaries.',
			`Only this measure is published monthly by CCG, for ${span}. July–September 2022 figures for sub-ICB locations may come from the December 2022 file where the series has none (see the release rule below).`,
			...(lines.length > 6 ? [`Only the first ${shown.length - 1} chosen areas are drawn; all are in the table.`] : [])
		]),
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'period', label: 'Month' },
			{ key: 'value', label: `After 13 weeks, ${band} (%)`, unit: 'percent' }
		],
		rows: lines.flatMap((l) => l.points.map((p) => ({ area: l.label, period: p.period, value: figureCell(p) }))),
		render: (document) => monthlyTrendChart(shown, { yLabel: '↑ After 13 weeks (%)', percent: true, height: 420, document, ariaDescription: title })
	};
}

/**
 * Which chosen area has the highest share of long waiters with no care contact, said only where the figures bear it:
 * a strict maximum, on at least MIN_BASE_FOR_SIGNIFICANCE patients (counts are rounded to the nearest 5, so a share
 * on a handful moves by tens of points); otherwise why not.
 */
function highestTitle(figures: AreaFigure[], chosenLabel: string, when: string): string {
	const known = figures.filter((f) => f.value !== null);
	if (known.length === 0) return `No care contact figures are published for ${chosenLabel} (${when})`;
	const top = Math.max(...known.map((f) => f.value!));
	const leaders = known.filter((f) => f.value === top);
	const shown = (f: AreaFigure) => `${f.name} ${f.value}% of ${f.n === null ? 'a suppressed number of' : plural(f.n, 'patient')}`;
	if (known.length === 1)
		return figures.length === 1
			? `${shown(known[0]!)} waiting 13 weeks or more had no care contact yet (${chosenLabel}, ${when})`
			: `${shown(known[0]!)} waiting 13 weeks or more had no care contact yet: the only one of ${chosenLabel} with a published figure (${when})`;
	const small = known.filter((f) => f.n === null || f.n < MIN_BASE_FOR_SIGNIFICANCE);
	if (leaders.length > 1)
		return `${list(leaders.map((f) => f.name))} share the highest share of long waiters with no care contact among ${chosenLabel} (${top}%, ${when})`;
	if (small.length > 0)
		return `Which of ${chosenLabel} has the most long waiters with no care contact can't be told: ${list(small.map(shown))}, too few to compare (counts rounded to the nearest 5; fewer than ${MIN_BASE_FOR_SIGNIFICANCE}) (${when})`;
	return `${leaders[0]!.name} has the highest share of long waiters with no care contact among ${chosenLabel}: ${top}% (${when})`;
}

export function sideBySideSpec(input: PublishedInput, age: SnapshotAge): ChartSpec {
	const month = monthName(input.period);
	const names = input.chosen.map((code) => `${input.areas.find((a) => a.code === code)?.name ?? code} (${code})`);
	const perMeasure = WAIT_MEASURES.map((m) => ({
		m,
		figures: areaFigures(
			input.cells,
			input.areas.filter((a) => input.chosen.includes(a.code)),
			m,
			age
		)
	}));
	const rows: SideBySideRow[] = perMeasure.flatMap(({ m, figures }) =>
		figures.map((f) => ({ area: `${f.name} (${f.code})`, measure: m.label, value: f.value, symbol: f.symbol }))
	);
	const cell = (code: string, measure: string) => input.cells.find((c) => c.area_code === code && c.measure === measure && c.breakdown === age);
	const count = (code: string, measure: string) => {
		return figureCell(cell(code, measure));
	};
	const title = highestTitle(perMeasure[0]!.figures, input.chosenLabel, `${month}, ${ageText(age)}`);
	return {
		id: 'side-by-side',
		title,
		subtitle: `${input.chosenLabel.charAt(0).toUpperCase()}${input.chosenLabel.slice(1)} side by side, ${ageText(age)}, ${month}: the three waiting measures, with the counts behind them in the table`,
		alt: `Dot chart with one panel per measure. ${perMeasure.map(({ m, figures }) => `${m.label}: ${figures.map((f) => `${f.name} ${pct(f.value, f.symbol)}`).join(', ')}`).join('. ')}.`,
		datasets: ['autism_waits'],
		period: month,
		notes: notes(input, [
			'Counts are rounded to the nearest 5 by NHS England; "*" marks a suppressed small number, never zero. The "open 13 weeks or more" % is derived from those rounded counts.'
		]),
		columns: [
			{ key: 'area', label: 'Sub-ICB location' },
			...WAIT_MEASURES.map((m) => ({ key: m.id, label: `${m.label} (%)`, unit: 'percent' as const })),
			{ key: 'open', label: 'Open referrals', unit: 'count' },
			{ key: 'open13', label: 'Open 13+ weeks', unit: 'count' },
			{ key: 'newRefs', label: 'New referrals', unit: 'count' },
			{ key: 'closed', label: 'Closed referrals', unit: 'count' },
			{ key: 'diagnoses', label: 'Diagnoses', unit: 'count' }
		],
		rows: input.chosen.map((code, i) => ({
			area: names[i]!,
			...Object.fromEntries(
				perMeasure.map(({ m, figures }) => {
					const f = figures.find((x) => x.code === code);
					return [m.id, figureCell(f)];
				})
			),
			open: count(code, 'asd_open_referrals'),
			open13: count(code, 'asd_open_13w_plus'),
			newRefs: count(code, 'asd_new_referrals'),
			closed: count(code, 'asd_closed_referrals'),
			diagnoses: count(code, 'asd_diagnoses')
		})),
		render: (document) => sideBySideChart(rows, { areas: names, measures: WAIT_MEASURES.map((m) => m.label), document, ariaDescription: title })
	};
}
