/** The profile's generated sentences, from its rows only, through `$lib/format/prose` (plurals, none, one). */
import { fmt, list, plural, verb } from '$lib/format/prose';
import type { ProfileRow } from './model';

const howMany = (n: number) => (n === 0 ? 'none' : fmt(n, 'count'));

/** Counts of rows by what the profile can say about them. */
export function bandCounts(rows: ProfileRow[]) {
	const withPolarity = rows.filter((r) => r.polarity !== 'none');
	return {
		total: rows.length,
		banded: rows.filter((r) => r.band !== null).length,
		best: rows.filter((r) => r.band === 'A').length,
		worst: rows.filter((r) => r.band === 'D').length,
		noPolarity: rows.length - withPolarity.length,
		/** Rows with a polarity but no figure for the LA in the latest year. */
		noFigure: withPolarity.filter((r) => r.band === null).length,
		better: rows.filter((r) => r.direction === 'better').length,
		worse: rows.filter((r) => r.direction === 'worse').length
	};
}

/**
 * "Essex is in the best quarter of LAs (band A) on 3 of the 13 indicators with a band and in the worst quarter
 * (band D) on 2. No band is given to 6 indicators where neither higher nor lower is better in itself."
 */
export function bandSentence(name: string, rows: ProfileRow[]): string {
	const c = bandCounts(rows);
	const parts: string[] = [];
	if (c.banded === 0) parts.push(`None of the ${plural(c.total, 'indicator')} has a quartile band for ${name}.`);
	else {
		const of = c.banded === 1 ? 'the one indicator with a band' : `the ${plural(c.banded, 'indicator')} with a band`;
		parts.push(`${name} is in the best quarter of LAs (band A) on ${howMany(c.best)} of ${of} and in the worst quarter (band D) on ${howMany(c.worst)}.`);
	}
	const unbanded: string[] = [];
	if (c.noPolarity > 0) unbanded.push(`${plural(c.noPolarity, 'indicator')} where neither higher nor lower is better in itself`);
	if (c.noFigure > 0) unbanded.push(`${plural(c.noFigure, 'indicator')} with no figure for ${name} in the latest year`);
	if (unbanded.length) parts.push(`No band is given to ${list(unbanded)}.`);
	return parts.join(' ');
}

/** "Since each indicator's first published year, 6 have got better and 4 worse (by their polarity)." */
export function travelSummary(rows: ProfileRow[]): string {
	const c = bandCounts(rows);
	const judged = rows.filter((r) => r.polarity !== 'none').length;
	if (judged === 0) return 'No indicator has a better or worse direction.';
	const rest = judged - c.better - c.worse;
	const others = rest === 0 ? '' : `; ${rest === 1 ? 'the other has' : `the other ${fmt(rest, 'count')} have`} not changed as shown, or cannot be compared`;
	const of = judged === 1 ? 'the one indicator' : `the ${plural(judged, 'indicator')}`;
	return `Since each indicator's first published year, ${howMany(c.better)} of ${of} where higher or lower is better ${verb(c.better, 'has', 'have')} got better and ${howMany(c.worse)} worse${others}.`;
}
