/**
 * The one-page summary that opens a report: each headline measure's direction of travel, grouped into what improved,
 * what got worse, what changed (measures with no good direction) and what can't be told (with why), beside England
 * and the statistical neighbours. Every sentence is `$lib/format/prose`'s `direction`, so it says what the data say.
 */
import { direction, fmt, isKnown, list, MIN_BASE_FOR_SIGNIFICANCE, plural, polarityNote, type Polarity, type ProseUnit } from '$lib/format/prose';
import { symbolWords } from '$lib/format/figure';

interface SummaryRow {
	label: string;
	unit: ProseUnit;
	polarity: Polarity;
	from_year: unknown;
	from_value: unknown;
	from_symbol?: unknown;
	to_year: unknown;
	to_value: unknown;
	to_symbol?: unknown;
	england_from_value?: unknown;
	england_to_value?: unknown;
	neighbours_to_value?: unknown;
	/** The counts a percentage is out of, where published: a change on a few cases is not read as a direction. */
	from_base?: unknown;
	to_base?: unknown;
}

const GROUPS = [
	['better', 'What improved'],
	['worse', 'What got worse'],
	['changed', 'What changed (neither better nor worse in itself)'],
	['same', 'No change'],
	['unknown', 'What can’t be told, and why']
] as const;

/** Markdown: a short heading and list per group that has any measure. */
export function directionSummary(rows: Record<string, unknown>[]): string {
	const groups = new Map<string, string[]>();
	for (const raw of rows) {
		const r = raw as unknown as SummaryRow;
		const unit = r.unit;
		const small = [r.from_base, r.to_base].filter((b): b is number => isKnown(b) && b < MIN_BASE_FOR_SIGNIFICANCE);
		const d0 = direction(
			{ year: String(r.from_year), value: r.from_value, symbol: r.from_symbol },
			{ year: String(r.to_year), value: r.to_value, symbol: r.to_symbol },
			unit,
			r.polarity
		);
		// Too few cases at either end: say the numbers, not a direction.
		const d =
			small.length > 0 && d0.direction !== 'unknown'
				? {
						direction: 'unknown' as const,
						text: `can't be told: ${d0.text.replace(/^(better|worse): /, '')}, but on too few cases to judge (${list([r.from_base, r.to_base].filter(isKnown).map((b) => plural(b, 'case')))})`
					}
				: d0;
		const group = d.direction === 'up' || d.direction === 'down' ? 'changed' : d.direction;
		let text = d.text.replace(/^(better|worse|can't be told): /, '');
		// One published year, and no figure here for it: say both.
		if (String(r.from_year) === String(r.to_year) && !isKnown(r.to_value)) text += `, and the figure here for it is ${symbolWords(r.to_symbol)}`;
		const parts = [`**${r.label}** (${polarityNote(r.polarity)}): ${text}.`];
		if (d.direction !== 'unknown' || String(r.from_year) !== String(r.to_year)) {
			const england = direction(
				{ year: String(r.from_year), value: r.england_from_value },
				{ year: String(r.to_year), value: r.england_to_value },
				unit,
				r.polarity
			);
			parts.push(`England: ${england.text}.`);
		} else if (isKnown(r.england_to_value)) {
			parts.push(`England: ${fmt(r.england_to_value, unit)} in ${r.to_year}.`);
		}
		if (isKnown(r.neighbours_to_value)) parts.push(`Statistical neighbours’ median, ${r.to_year}: ${fmt(r.neighbours_to_value, unit)}.`);
		groups.set(group, [...(groups.get(group) ?? []), `- ${parts.join(' ')}`]);
	}
	return GROUPS.filter(([key]) => groups.has(key))
		.map(([key, heading]) => `**${heading}**\n\n${groups.get(key)!.join('\n')}\n`)
		.join('\n');
}
