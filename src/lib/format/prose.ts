/**
 * One sentence builder for generated prose (reports, headlines, summaries). Every number in a sentence goes through
 * `fmt` (rounding happens once, here); a missing value is said in words from its published symbol, never printed as
 * 0 or spliced into a sentence that needs it ("not published of …"); plurals, lists, ranges with equal ends, ties,
 * zero, a single area, missing comparators and direction of travel with polarity are all decided here, so that every
 * caller writes the same true sentence for every area.
 */
import { wilson } from '$lib/stats/proportion';
import { compareInterval } from '$lib/stats/significance';
import { symbolWords } from './figure';

export type ProseUnit = 'count' | 'percent' | 'number' | 'months' | 'weeks' | 'gbp';

export interface FormatOptions {
	/** Decimal places shown (and rounded to): counts 0, percentages 1, numbers 1 unless told. */
	decimals?: number;
}

/** Whether a higher value is good, bad, or neither (a neutral measure gets no better/worse word). */
export type Polarity = 'higher_better' | 'lower_better' | 'neutral';

const FORMATTERS = new Map<number, Intl.NumberFormat>();
function formatter(decimals: number): Intl.NumberFormat {
	let f = FORMATTERS.get(decimals);
	if (!f) {
		f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
		FORMATTERS.set(decimals, f);
	}
	return f;
}

function defaultDecimals(unit: ProseUnit): number {
	return unit === 'count' ? 0 : unit === 'percent' ? 1 : unit === 'number' ? 1 : 0;
}

/** The one rounding rule: half away from zero at `decimals` places (what the reader sees is what is compared). */
export function round(value: number, decimals = 0): number {
	const f = 10 ** decimals;
	const r = (Math.sign(value) * Math.round(Math.abs(value) * f + Number.EPSILON * f)) / f;
	return Object.is(r, -0) ? 0 : r;
}

/** True when a value is a real number (not null, undefined, NaN or a symbol string). */
export function isKnown(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/** A known number as text: "14,240", "48.3%", "62 months". */
export function fmt(value: number, unit: ProseUnit = 'number', options: FormatOptions = {}): string {
	const decimals = options.decimals ?? defaultDecimals(unit);
	const text = formatter(decimals).format(round(value, decimals));
	switch (unit) {
		case 'percent':
			return `${text}%`;
		case 'months':
			return `${text} ${round(value, decimals) === 1 ? 'month' : 'months'}`;
		case 'weeks':
			return `${text} ${round(value, decimals) === 1 ? 'week' : 'weeks'}`;
		case 'gbp':
			// Pounds: "£134", "−£5" (the sign before the symbol).
			return text.startsWith('-') ? `−£${text.slice(1)}` : `£${text}`;
		default:
			return text;
	}
}

/** A signed change: "+59.1%", "−3 plans" style without the noun: "+1,234", "−2.5 percentage points" is left to callers. */
export function fmtSigned(value: number, unit: ProseUnit = 'number', options: FormatOptions = {}): string {
	const decimals = options.decimals ?? defaultDecimals(unit);
	const r = round(value, decimals);
	const body = fmt(Math.abs(r), unit, { decimals });
	return r > 0 ? `+${body}` : r < 0 ? `−${body}` : body;
}

/** A value for a sentence: the formatted number, or its missing words. Use `needs` when a sentence cannot stand without it. */
export function valueText(value: unknown, symbol: unknown, unit: ProseUnit = 'number', options: FormatOptions = {}): string {
	return isKnown(value) ? fmt(value, unit, options) : symbolWords(symbol);
}

/**
 * A sentence that needs every listed value: the sentence when all are numbers, otherwise a sentence that says which
 * figure is missing and why ("The figure for annual reviews within 4 weeks is suppressed to protect confidentiality.").
 */
export function needs(values: { label: string; value: unknown; symbol?: unknown }[], sentence: () => string): string {
	const missing = values.filter((v) => !isKnown(v.value));
	if (missing.length === 0) return sentence();
	return missing.map((m) => capitalise(`the figure for ${m.label} is ${symbolWords(m.symbol)}.`)).join(' ');
}

/** "1 young person", "2 young people", "0 NHS areas", "1,234 EHC plans". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
	return `${fmt(n, 'count')} ${round(n, 0) === 1 ? singular : pluralForm}`;
}

/** The noun alone, agreeing with n: noun(1, 'need') → "need", noun(2, 'need') → "needs". */
export function noun(n: number, singular: string, pluralForm = `${singular}s`): string {
	return round(n, 0) === 1 ? singular : pluralForm;
}

/** "is"/"are" agreeing with n. */
export function verb(n: number, one: string, many: string): string {
	return round(n, 0) === 1 ? one : many;
}

/** "A", "A and B", "A, B and C"; "" for none. */
export function list(items: string[], conjunction = 'and'): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "between 62% and 66%", or "66%" when the ends are equal as shown; order-insensitive. */
export function range(a: number, b: number, unit: ProseUnit = 'number', options: FormatOptions = {}): string {
	const [lo, hi] = a <= b ? [a, b] : [b, a];
	const loText = fmt(lo, unit, options);
	const hiText = fmt(hi, unit, options);
	if (loText === hiText) return loText;
	return `between ${unitless(loText, unit)} and ${hiText}`;
}

/** "from 62 to 70 months"; "62 months" (no "from … to") when the ends are equal as shown. */
export function fromTo(a: number, b: number, unit: ProseUnit = 'number', options: FormatOptions = {}): string {
	const [lo, hi] = a <= b ? [a, b] : [b, a];
	const loText = fmt(lo, unit, options);
	const hiText = fmt(hi, unit, options);
	if (loText === hiText) return loText;
	return `from ${unitless(loText, unit)} to ${hiText}`;
}

// "62 months to 70 months" reads badly: the unit word is said once, at the upper end (a % stays on both).
function unitless(text: string, unit: ProseUnit): string {
	return unit === 'months' || unit === 'weeks' ? text.replace(/ (months?|weeks?)$/, '') : text;
}

export interface Item {
	label: string;
	value: unknown;
	symbol?: unknown;
}

/**
 * The largest (or smallest) of a set of values, with ties as shown: "ASD (24.2%)", "ASD and SEMH (both 24.2%)".
 * Missing values are left out and said: "…; 2 are suppressed". Null when no value is known.
 */
export function leaders(items: Item[], unit: ProseUnit = 'number', options: FormatOptions & { smallest?: boolean } = {}) {
	const known = items.filter((i): i is Item & { value: number } => isKnown(i.value));
	if (known.length === 0) return null;
	const shown = (v: number) => fmt(v, unit, options);
	const pick = options.smallest ? Math.min : Math.max;
	const best = shown(pick(...known.map((i) => round(i.value, options.decimals ?? defaultDecimals(unit)))));
	const top = known.filter((i) => shown(i.value) === best);
	const text = top.length === 1 ? `${top[0]!.label} (${best})` : `${list(top.map((t) => t.label))} (${top.length === 2 ? 'both' : 'each'} ${best})`;
	return { labels: top.map((t) => t.label), value: best, tie: top.length > 1, text, missing: items.length - known.length };
}

export interface Comparison {
	/** Text such as "above England (45.9%)", "the same as England (45.9%)", or "England's figure is not published". */
	text: string;
	relation: 'above' | 'below' | 'same' | 'unknown';
}

/** The area's value beside a comparator's, as shown (equal when they round to the same text). */
export function compareTo(
	value: unknown,
	comparator: unknown,
	comparatorName: string,
	unit: ProseUnit = 'number',
	options: FormatOptions = {},
	comparatorSymbol?: unknown
): Comparison {
	if (!isKnown(comparator)) return { text: `${possessive(comparatorName)} figure is ${symbolWords(comparatorSymbol)}`, relation: 'unknown' };
	const c = fmt(comparator, unit, options);
	if (!isKnown(value)) return { text: `${comparatorName}: ${c}`, relation: 'unknown' };
	const v = round(value, options.decimals ?? defaultDecimals(unit));
	const r = round(comparator, options.decimals ?? defaultDecimals(unit));
	if (v === r) return { text: `the same as ${comparatorName} (${c})`, relation: 'same' };
	return v > r ? { text: `above ${comparatorName} (${c})`, relation: 'above' } : { text: `below ${comparatorName} (${c})`, relation: 'below' };
}

export function possessive(name: string): string {
	return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

export interface Point {
	year: string | number;
	value: unknown;
	symbol?: unknown;
}

export type Direction = 'better' | 'worse' | 'up' | 'down' | 'same' | 'unknown';

/**
 * Direction of travel in words with its polarity: "worse: down from 75.8% in 2019 to 48.3% in 2024",
 * "better: up from …", "up from …" for a neutral measure, "no change: 48.3% in 2019 and in 2024", and for a missing
 * end "can't be told: the 2019 figure is suppressed to protect confidentiality". Equal means equal as shown.
 */
export function direction(from: Point, to: Point, unit: ProseUnit, polarity: Polarity, options: FormatOptions = {}): { direction: Direction; text: string } {
	if (String(from.year) === String(to.year)) return { direction: 'unknown', text: `can't be told: only ${to.year} is published` };
	const missing = [from, to].filter((p) => !isKnown(p.value));
	if (missing.length > 0) {
		const why = missing.map((p) => `the ${p.year} figure is ${symbolWords(p.symbol)}`);
		return { direction: 'unknown', text: `can't be told: ${list(why)}` };
	}
	const a = fmt(from.value as number, unit, options);
	const b = fmt(to.value as number, unit, options);
	if (a === b) return { direction: 'same', text: `no change: ${b} in ${from.year} and in ${to.year}` };
	const up = round(to.value as number, options.decimals ?? defaultDecimals(unit)) > round(from.value as number, options.decimals ?? defaultDecimals(unit));
	const movement = `${up ? 'up' : 'down'} from ${a} in ${from.year} to ${b} in ${to.year}`;
	if (polarity === 'neutral') return { direction: up ? 'up' : 'down', text: movement };
	const good = up === (polarity === 'higher_better');
	return { direction: good ? 'better' : 'worse', text: `${good ? 'better' : 'worse'}: ${movement}` };
}

/** Which end is good, for ranking sentences: "(higher is better)". */
export function polarityNote(polarity: Polarity): string {
	return polarity === 'higher_better' ? 'higher is better' : polarity === 'lower_better' ? 'lower is better' : 'neither higher nor lower is better in itself';
}

/**
 * "In 1 of the 5 NHS areas", honest about missing ones: with 4 of 5 suppressed, "Of the 5 NHS areas, 4 are
 * suppressed; in the 1 published, …" rather than "In 0 of the 5". Returns the lead-in; the caller finishes the clause.
 */
export function countOf(matching: number, known: number, total: number, singular: string, pluralForm = `${singular}s`): string {
	if (total === 1) return known === 1 ? `In the one ${singular}` : `The one ${singular} has no published figure, so this can't be told`;
	const missing = total - known;
	if (missing === 0) return `In ${fmt(matching, 'count')} of the ${plural(total, singular, pluralForm)}`;
	if (known === 0) return `None of the ${plural(total, singular, pluralForm)} has a published figure, so this can't be told`;
	return `Of the ${plural(total, singular, pluralForm)}, ${fmt(missing, 'count')} ${verb(missing, 'has', 'have')} no published figure; in ${fmt(matching, 'count')} of the ${fmt(known, 'count')} that ${verb(known, 'does', 'do')}`;
}

/** "across the 3 NHS sub-ICB locations" / "in its one NHS sub-ICB location". */
export function across(n: number, singular: string, pluralForm = `${singular}s`): string {
	return n === 1 ? `in its one ${singular}` : `across the ${plural(n, singular, pluralForm)}`;
}

/** A note when shares that should make a whole do not sum to 100% as shown (rounding, or overlapping categories). */
export function sharesNote(shares: unknown[], decimals = 1): string {
	const known = shares.filter(isKnown);
	if (known.length === 0) return '';
	const total = round(
		known.reduce((s, v) => s + v, 0),
		decimals
	);
	const missing = shares.length - known.length;
	if (missing > 0)
		return `${plural(missing, 'share')} ${verb(missing, 'is', 'are')} not published, so the shown shares sum to ${fmt(total, 'percent', { decimals })}.`;
	if (Math.abs(total - 100) <= 0.05 * known.length + 1e-9)
		return total === 100 ? '' : `The shares sum to ${fmt(total, 'percent', { decimals })} because each is rounded.`;
	return `The shares sum to ${fmt(total, 'percent', { decimals })}, not 100%: they are separate measures that can overlap, not parts of one whole.`;
}

/** Below this many in the base, a significance test says too little to be worth a word either way. */
export const MIN_BASE_FOR_SIGNIFICANCE = 30;

export type Significance = 'significantly higher' | 'significantly lower' | 'not significantly different' | 'too few to judge';

/** Words for the one significance rule (`compareInterval` in src/lib/stats/significance.ts). */
function words(c: 'higher' | 'lower' | 'similar'): Significance {
	return c === 'higher' ? 'significantly higher' : c === 'lower' ? 'significantly lower' : 'not significantly different';
}

/**
 * Significance in words, for a count out of a base against a reference (0–100): the site's one rule (the reference
 * outside the 95% Wilson interval, src/lib/stats/significance.ts), and "too few to judge" under
 * MIN_BASE_FOR_SIGNIFICANCE cases.
 */
export function significance(count: unknown, base: unknown, reference: unknown): Significance {
	if (!isKnown(count) || !isKnown(base) || !isKnown(reference) || base < MIN_BASE_FOR_SIGNIFICANCE) return 'too few to judge';
	return words(compareInterval(wilson(count, base), reference / 100));
}

/** Words from a drawn interval (same scale as the reference): the same rule, for when the interval is at hand. */
export function significanceFromInterval(lower: unknown, upper: unknown, reference: unknown, base?: unknown): Significance {
	if (!isKnown(lower) || !isKnown(upper) || !isKnown(reference)) return 'too few to judge';
	if (base !== undefined && (!isKnown(base) || base < MIN_BASE_FOR_SIGNIFICANCE)) return 'too few to judge';
	return words(compareInterval({ lower, upper }, reference));
}

/** How many of `tests` comparisons chance alone would flag at 95%: "about 0.65 of 13 (1 in 20 each)". */
export function chanceFlags(tests: number, level = 0.95): string {
	const expected = tests * (1 - level);
	return `with ${plural(tests, 'comparison')} at the 95% level, chance alone would flag about ${fmt(expected, 'number', { decimals: expected < 1 ? 2 : 1 })} of them (1 in 20 each)`;
}

/** Why a ranking is not given: figures rounded to 5, or too few to order. Null when a ranking is safe. */
export function whyNoRanking(values: unknown[], { roundedTo = 1, minCount = 0 }: { roundedTo?: number; minCount?: number } = {}): string | null {
	const known = values.filter(isKnown);
	if (known.length < values.length) return 'some figures are not published, so the areas cannot be put in order';
	if (known.length < 2) return 'there is only one area, so there is nothing to rank it against';
	if (roundedTo > 1) return `the counts are rounded to the nearest ${roundedTo}, so small differences between areas are not real`;
	if (minCount > 0 && known.some((v) => v < minCount)) return `some counts are below ${minCount}, too few to put areas in order`;
	return null;
}

/** A published period as it reads: '2025-01' → 'January 2025'; other labels ('2024', '2022/23') as they are. */
export function periodLabel(period: string): string {
	const month = /^(\d{4})-(\d{2})$/.exec(period);
	if (!month) return period;
	return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
