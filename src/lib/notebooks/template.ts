/**
 * Fills {{ … }} in notebook prose and chart text from query results, so numbers in the text come from the same queries
 * as the charts, and every word around them is chosen by `$lib/format/prose` (one formatter, plurals, missing values
 * in words, ranges with equal ends, ties, direction of travel). Forms (documented in notebooks/README.md):
 *
 * - `{{ area.name }}`, `{{ query.column | filter:arg:arg }}` read the first row of a named query (or the parameters);
 * - `{{ query | filter:arg }}` hands the filter every row of the query (ranges, leaders, direction, counts of areas);
 * - `{{#if query.column}} … {{else}} … {{/if}}` (and `{{#unless …}}`) keep a sentence only when it is true: a value is
 *   true unless it is null, 0, false or ''; `{{#if query}}` is true when the query returned rows;
 * - `{{#known query.column}} … {{else}} … {{/known}}` keeps a sentence only when the value is a published number
 *   (0 included): use it around any sentence that needs the number.
 *
 * A missing query, column or unknown filter fails the build, naming it.
 */
import { directionSummary } from './summary';
import {
	across,
	capitalise,
	chanceFlags,
	countOf,
	fmt,
	fmtSigned,
	fromTo,
	isKnown,
	leaders,
	list,
	MIN_BASE_FOR_SIGNIFICANCE,
	noun,
	plural,
	range,
	sharesNote,
	significanceFromInterval,
	direction,
	type Polarity,
	type ProseUnit
} from '$lib/format/prose';
import { NOT_PUBLISHED, symbolWords } from '$lib/format/figure';

type Row = Record<string, unknown>;
export type TemplateContext = Record<string, Row | undefined>;
/** Every row of each query, for filters over a whole query. */
export type TemplateTables = Record<string, Row[] | undefined>;

// An argument is a bare word or a quoted phrase ("…" in prose; '…' inside a YAML double-quoted string).
const ARG = String.raw`(?:"[^"]*"|'[^']*'|[^\s:}"']+)`;
const PLACEHOLDER = new RegExp(String.raw`\{\{\s*([a-z_][a-z0-9_]*)(?:\.([a-z_][a-z0-9_]*))?\s*(?:\|\s*([a-z_]+)((?::${ARG})*)\s*)?\}\}`, 'gi');
// Innermost first: the body may not itself contain an opening {{#if / {{#unless / {{#known.
const CONDITIONAL = /\{\{#(if|unless|known)\s+([a-z_][a-z0-9_]*)(?:\.([a-z_][a-z0-9_]*))?\s*\}\}((?:(?!\{\{#(?:if|unless|known)\s)[\s\S])*?)\{\{\/\1\}\}/gi;

const UNITS = new Set<ProseUnit>(['count', 'percent', 'number', 'months', 'weeks']);
const POLARITIES = new Set<Polarity>(['higher_better', 'lower_better', 'neutral']);

function parseArgs(raw: string | undefined): string[] {
	if (!raw) return [];
	return [...raw.matchAll(new RegExp(`:(${ARG})`, 'g'))].map((m) => m[1]!.replace(/^["']|["']$/g, ''));
}

function unitArg(arg: string | undefined, fallback: ProseUnit = 'number'): ProseUnit {
	if (arg === undefined) return fallback;
	if (!UNITS.has(arg as ProseUnit)) throw new Error(`unknown unit "${arg}" (use ${[...UNITS].join(', ')})`);
	return arg as ProseUnit;
}

function decimalsArg(arg: string | undefined): { decimals?: number } {
	if (arg === undefined) return {};
	const d = Number(arg);
	if (!Number.isInteger(d) || d < 0 || d > 3) throw new Error(`decimals must be 0 to 3 (found "${arg}")`);
	return { decimals: d };
}

/** Filters on one value (with its `<column>_symbol`, if the query returned one). */
function valueFilter(value: unknown, symbol: unknown, name: string | undefined, args: string[]): string {
	switch (name) {
		case undefined:
		case 'text':
			if (value === null || value === undefined) return symbolWords(symbol);
			// Whole numbers (years, codes) as they are; others through the one formatter.
			return typeof value === 'number' && !Number.isInteger(value) ? fmt(value, 'number') : String(value);
		case 'capitalise':
			return capitalise(value === null || value === undefined ? '' : String(value));
		case 'count':
		case 'percent':
		case 'number':
		case 'months':
		case 'weeks':
			return isKnown(value) ? fmt(value, name, decimalsArg(args[0])) : symbolWords(symbol);
		case 'signed':
			// A percentage change, e.g. growth since the first year: "+59.1%".
			return isKnown(value) ? fmtSigned(value, 'percent', decimalsArg(args[0])) : symbolWords(symbol);
		case 'signed_number':
			return isKnown(value) ? fmtSigned(value, unitArg(args[0]), decimalsArg(args[1])) : symbolWords(symbol);
		case 'chance':
			// How many of this many tests chance alone would flag at 95%.
			return isKnown(value) ? chanceFlags(value) : symbolWords(symbol);
		case 'plural':
		case 'across':
		case 'noun': {
			if (!args[0]) throw new Error(`${name} needs the singular noun, e.g. ${name}:"young person":"young people"`);
			if (!isKnown(value)) return symbolWords(symbol);
			const fn = name === 'plural' ? plural : name === 'across' ? across : noun;
			return args[1] ? fn(value, args[0], args[1]) : fn(value, args[0]);
		}
		default:
			throw new Error(
				`unknown format "${name}" (use count, percent, number, months, weeks, signed, signed_number, plural, across, noun, chance, capitalise, text)`
			);
	}
}

/** Filters over every row of a query. */
function tableFilter(rows: Row[], name: string | undefined, args: string[]): string {
	const values = () => rows.map((r) => r.value);
	const known = () => values().filter(isKnown);
	switch (name) {
		case 'range':
		case 'from_to': {
			// Rows' `value`; equal ends as shown read as one value ("66%", not "between 66% and 66%").
			const v = known();
			if (v.length === 0) return NOT_PUBLISHED;
			return (name === 'range' ? range : fromTo)(Math.min(...v), Math.max(...v), unitArg(args[0]), decimalsArg(args[1]));
		}
		case 'leaders':
		case 'lowest': {
			// Rows' `label` and `value` (with `value_symbol`): the largest (or smallest), ties named together.
			const top = leaders(
				rows.map((r) => ({ label: String(r.label), value: r.value, symbol: r.value_symbol })),
				unitArg(args[0]),
				{ ...decimalsArg(args[1]), smallest: name === 'lowest' }
			);
			return top ? top.text : NOT_PUBLISHED;
		}
		case 'list':
			return list(
				rows.map((r) => String(r.label)),
				args[0] ?? 'and'
			);
		case 'direction': {
			// First row: from_year, from_value, from_symbol, to_year, to_value, to_symbol.
			const r = rows[0] ?? {};
			const polarity = (args[1] ?? 'neutral') as Polarity;
			if (!POLARITIES.has(polarity)) throw new Error(`direction needs a polarity: ${[...POLARITIES].join(', ')}`);
			for (const key of ['from_year', 'to_year'])
				if (rows.length > 0 && !(key in r)) throw new Error(`direction needs columns from_year, from_value, to_year, to_value (no "${key}")`);
			return direction(
				{ year: String(r.from_year ?? 'first'), value: r.from_value, symbol: r.from_symbol },
				{ year: String(r.to_year ?? 'latest'), value: r.to_value, symbol: r.to_symbol },
				unitArg(args[0]),
				polarity,
				decimalsArg(args[2])
			).text;
		}
		case 'count_of': {
			// First row: matching, known, total ("In 1 of the 5 NHS areas", honest about suppressed ones).
			const r = rows[0] ?? {};
			if (!args[0]) throw new Error('count_of needs the singular noun, e.g. count_of:"NHS area"');
			return countOf(Number(r.matching ?? 0), Number(r.known ?? 0), Number(r.total ?? 0), args[0], args[1]);
		}
		case 'shares_note':
			return sharesNote(values(), decimalsArg(args[0]).decimals ?? 1);
		case 'summary':
			return directionSummary(rows);
		case 'significance': {
			// First row: lower, upper (the drawn 95% interval), reference, base; args: the comparator's name, unit.
			const r = rows[0] ?? {};
			const name = args[0] ?? 'England';
			const ref = isKnown(r.reference)
				? `${name} (${fmt(r.reference, unitArg(args[1], 'percent'))})`
				: `${name}, whose figure is ${symbolWords(r.reference_symbol)}`;
			const words = significanceFromInterval(r.lower, r.upper, r.reference, r.base);
			if (words === 'too few to judge') {
				return isKnown(r.base) && r.base < MIN_BASE_FOR_SIGNIFICANCE
					? `based on too few cases (${fmt(r.base, 'count')}, under ${MIN_BASE_FOR_SIGNIFICANCE}) to judge against ${ref}`
					: `not possible to judge against ${ref}`;
			}
			return `${words === 'not significantly different' ? 'not significantly different from' : `${words} than`} ${ref}`;
		}
		case 'rows':
			return fmt(rows.length, 'count');
		default:
			throw new Error(
				`unknown filter "${name}" over a whole query (use range, from_to, leaders, lowest, list, direction, count_of, shares_note, summary, significance, rows)`
			);
	}
}

function truthy(value: unknown): boolean {
	return !(value === null || value === undefined || value === false || value === 0 || value === '' || (typeof value === 'number' && Number.isNaN(value)));
}

function resolveRow(context: TemplateContext, scope: string): Row {
	const row = context[scope];
	if (!row) throw new Error(`no parameter or query named "${scope}"`);
	return row;
}

function fillConditionals(text: string, context: TemplateContext, tables: TemplateTables): string {
	let previous: string;
	let current = text;
	do {
		previous = current;
		current = current.replace(CONDITIONAL, (whole, kind: string, scope: string, key: string | undefined, body: string) => {
			let test: boolean;
			if (key === undefined) {
				const rows = tables[scope];
				if (!rows && !context[scope]) throw new Error(`{{#${kind} ${scope}}}: no query named "${scope}"`);
				test = (rows ?? []).length > 0;
			} else {
				const row = context[scope];
				if (!row) throw new Error(`{{#${kind} ${scope}.${key}}}: no parameter or query named "${scope}"`);
				if (Object.keys(row).length > 0 && !(key in row))
					throw new Error(`{{#${kind} ${scope}.${key}}}: "${scope}" has no column "${key}" (it has ${Object.keys(row).join(', ')})`);
				// {{#known}} asks whether a value was published (0 is a value); {{#if}} whether it is non-zero.
				test = kind === 'known' ? isKnown(row[key]) : truthy(row[key]);
			}
			if (kind === 'unless') test = !test;
			const [yes, no = ''] = body.split(/\{\{else\}\}/);
			return test ? yes! : no;
		});
	} while (current !== previous);
	const stray = /\{\{[#/][^}]*\}\}|\{\{else\}\}/.exec(current);
	if (stray) throw new Error(`an {{#if}} / {{else}} / {{/if}} is not matched: ${stray[0]}`);
	return current;
}

export function fillTemplate(text: string, context: TemplateContext, tables: TemplateTables = {}): string {
	return fillConditionals(text, context, tables).replace(
		PLACEHOLDER,
		(whole, scope: string, key: string | undefined, name: string | undefined, rawArgs: string | undefined) => {
			const args = parseArgs(rawArgs);
			try {
				if (key === undefined) {
					const rows = tables[scope];
					if (!rows) throw new Error(`no query named "${scope}" (a whole query needs a filter such as range or leaders)`);
					return tableFilter(rows, name, args);
				}
				const row = resolveRow(context, scope);
				if (!(key in row)) {
					// A query that returned no rows has no columns: its values are simply not published.
					if (Object.keys(row).length === 0 && tables[scope]) return valueFilter(null, null, name, args);
					throw new Error(`"${scope}" has no column "${key}" (it has ${Object.keys(row).join(', ')})`);
				}
				return valueFilter(row[key], row[`${key}_symbol`], name, args);
			} catch (e) {
				throw new Error(`${whole}: ${(e as Error).message}`);
			}
		}
	);
}
