/**
 * The profile's spine chart spec: the rows drawn (normalised, better end right), the table of every figure, and the
 * words from `words.ts`. Table cells are written out per row, since units differ between indicators.
 */
import { spineChart, type SpineRow } from '$lib/charts/spine-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { fmt, list, polarityNote } from '$lib/format/prose';
import { INDICATOR_DATASETS } from '$lib/metrics/indicators';
import { BAND_MEANING } from '$lib/stats/quartiles';
import { PROSE_POLARITY, PROSE_UNIT, spinePosition, type ProfileRow } from './model';
import { bandSentence, travelSummary } from './words';
import { NOT_PUBLISHED, symbolWords } from '$lib/format/figure';

/** Why the NHS figures are not rows of the profile. */
export const NHS_NOTE =
	'Autism waits, children’s community health waits and mental health access (MHS95) are published for NHS areas (sub-ICB locations and ICBs), not for LAs, and an LA’s NHS areas also serve other LAs, so they are not in the profile: see Waiting times.';

export const BAND_RULE =
	'Quartile bands follow DfE’s Local Authority Interactive Tool: the cut points are the quartiles of every LA’s figure in the latest year (not regions or England); a figure on a cut point is in the band below it; A is the best quarter and D the worst by the indicator’s polarity. An indicator where neither higher nor lower is better has no band (–).';

const UNIT_WORDS = { count: '', percent: '', rate: ' per 100' } as const;

/** A figure as it reads in the table: "16.2%", "14,240", "21.87 per 100"; missing in words. */
export function figureText(row: Pick<ProfileRow, 'unit' | 'decimals'>, value: number | null, symbol: string | null = null): string {
	if (value === null) return symbolWords(symbol);
	return `${fmt(value, PROSE_UNIT[row.unit], { decimals: row.decimals })}${UNIT_WORDS[row.unit]}`;
}

export function bandText(row: ProfileRow): string {
	if (row.band) return `${row.band} (${BAND_MEANING[row.band]})`;
	if (row.polarity === 'none') return '– (no better direction)';
	return '– (no figure)';
}

export function spineRows(rows: ProfileRow[]): SpineRow[] {
	return rows.map((r) => ({
		label: r.label,
		area: spinePosition(r.value, r),
		england: spinePosition(r.england, r),
		q1: r.cuts ? spinePosition(r.cuts.q1, r) : null,
		median: r.cuts ? spinePosition(r.cuts.median, r) : null,
		q3: r.cuts ? spinePosition(r.cuts.q3, r) : null,
		band: r.band ?? '–',
		missing: r.value === null ? symbolWords(r.symbol) : undefined
	}));
}

export interface ProfileInput {
	name: string;
	rows: ProfileRow[];
}

export function profileSpec(input: ProfileInput): ChartSpec {
	const { name, rows } = input;
	const periods = [...new Set(rows.map((r) => r.period).filter((p): p is string => p !== null))];
	const sentence = bandSentence(name, rows);
	return {
		id: 'area-profile',
		title: sentence,
		subtitle: `Every indicator on this site for ${name}, each in its latest published year, against the range across LAs (the middle half darker, the median in white) and England (dark tick); the better end is on the right. Indicators where neither higher nor lower is better run from lowest (left) to highest (right).`,
		alt: `${sentence} ${travelSummary(rows)}`,
		datasets: INDICATOR_DATASETS.filter((id) => id !== 'areas'),
		// Every indicator's dataset: their notes are under each section's charts and on About the data, not repeated here.
		datasetNotes: false,
		period: periods.length === 1 ? periods[0]! : `Each indicator’s latest year: ${list(periods)}`,
		notes: [
			BAND_RULE,
			'Significance: a proportion with published counts is compared with England by its 95% Wilson interval (significantly higher or lower only when England lies outside it; too few to judge under 30 cases).',
			'Direction of travel: from the first year the indicator is published (or the LA’s first published year) to the latest.',
			NHS_NOTE
		],
		columns: [
			{ key: 'indicator', label: 'Indicator' },
			{ key: 'period', label: 'Latest year' },
			{ key: 'value', label: name },
			{ key: 'england', label: 'England' },
			{ key: 'range', label: 'Range across LAs' },
			{ key: 'band', label: 'Quartile band' },
			{ key: 'polarity', label: 'Polarity' },
			{ key: 'significance', label: 'Against England' },
			{ key: 'direction', label: 'Since the first year' }
		],
		rows: rows.map((r) => ({
			indicator: r.label,
			period: r.period ?? NOT_PUBLISHED,
			value: figureText(r, r.value, r.symbol),
			england: `${figureText(r, r.england)}${r.england !== null && r.englandComputed ? ' (computed from LAs)' : ''}`,
			range: r.cuts
				? r.cuts.min === r.cuts.max
					? figureText(r, r.cuts.min)
					: `${figureText(r, r.cuts.min)} to ${figureText(r, r.cuts.max)} (${fmt(r.cuts.n, 'count')} LAs)`
				: NOT_PUBLISHED,
			band: bandText(r),
			polarity: polarityNote(PROSE_POLARITY[r.polarity]),
			significance: r.significance ?? 'no interval',
			direction: r.directionText
		})),
		render: (document) => spineChart(spineRows(rows), { areaLabel: name, document, ariaDescription: sentence })
	};
}
