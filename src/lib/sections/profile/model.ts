/**
 * The area profile of one LA: every registry indicator's latest value beside England and the range across LAs, its
 * quartile band (LAIT's rules, `$lib/stats/quartiles`), its significance against England where the figure is a
 * proportion with published counts (`$lib/format/prose` significance, the one rule), and its direction since the
 * first published year (`kit/travel`). Pure: rows in, rows out.
 */
import { periodLabel, significance, type Direction, type Polarity, type ProseUnit, type Significance } from '$lib/format/prose';
import type { Indicator, IndicatorAcrossLas, IndicatorRow } from '$lib/metrics/indicators';
import { sinceFirst } from '$lib/sections/kit/travel';
import { wilson } from '$lib/stats/proportion';
import { quartileBand, quartileCuts, type QuartileBand, type QuartileCuts } from '$lib/stats/quartiles';

export interface ProfileRow {
	id: string;
	label: string;
	unit: Indicator['unit'];
	decimals: number;
	polarity: Indicator['polarity'];
	section: string;
	note: string | null;
	/** The latest year with an LA figure, as the data name it ("2022/23", "January 2025"). */
	period: string | null;
	value: number | null;
	symbol: string | null;
	england: number | null;
	englandComputed: boolean;
	/** The cut points over every LA with a figure in that year (min … max); null when none has one. */
	cuts: QuartileCuts | null;
	band: QuartileBand | null;
	/** The 95% Wilson interval (%), for a proportion with published counts. */
	interval: { lower: number; upper: number } | null;
	/** Against England, from the interval; null where there is no interval or no England figure. */
	significance: Significance | null;
	direction: Direction;
	/** e.g. "better: up from 64.3% in 2014 to 78.0% in 2024", or "only 2024 is published". */
	directionText: string;
}

export const PROSE_POLARITY: Record<Indicator['polarity'], Polarity> = { 'higher-better': 'higher_better', 'lower-better': 'lower_better', none: 'neutral' };
export const PROSE_UNIT: Record<Indicator['unit'], ProseUnit> = { count: 'count', percent: 'percent', rate: 'number' };

/** "2024" stays; "2025-01" (a January census) reads "January 2025"; "2022/23" stays. */
function periodName(period: string | null): string | null {
	return period === null ? null : periodLabel(period);
}

export function profileRow(indicator: Indicator, across: IndicatorAcrossLas, own: IndicatorRow[]): ProfileRow {
	const year = across.latestYear;
	const latest = year === null ? undefined : own.find((r) => r.year === year);
	const englandRow = year === null ? undefined : across.england.find((r) => r.year === year);
	const cuts = quartileCuts(across.las.map((l) => l.value));
	const value = latest?.value ?? null;
	const england = englandRow?.value ?? null;
	const proportion =
		latest &&
		latest.numerator !== null &&
		latest.denominator !== null &&
		latest.denominator > 0 &&
		latest.numerator >= 0 &&
		latest.numerator <= latest.denominator;
	const ci = proportion ? wilson(latest.numerator!, latest.denominator!) : null;
	const interval = ci ? { lower: ci.lower * 100, upper: ci.upper * 100 } : null;
	const labelOf = (y: number) =>
		periodName(own.find((r) => r.year === y)?.period ?? across.england.find((r) => r.year === y)?.period ?? String(y)) ?? String(y);
	const travel = sinceFirst(
		across.years,
		own.map((r) => ({ year: r.year, value: r.value, symbol: r.symbol })),
		{
			unit: PROSE_UNIT[indicator.unit],
			polarity: PROSE_POLARITY[indicator.polarity],
			decimals: indicator.decimals,
			label: labelOf
		}
	);
	return {
		id: indicator.id,
		label: indicator.label,
		unit: indicator.unit,
		decimals: indicator.decimals,
		polarity: indicator.polarity,
		section: indicator.section,
		note: indicator.note ?? null,
		period: periodName(across.latestPeriod),
		value,
		symbol: value === null ? (latest?.symbol ?? null) : null,
		england,
		englandComputed: englandRow?.computed ?? false,
		cuts,
		band: quartileBand(value, cuts, indicator.polarity),
		interval,
		significance: interval && england !== null ? significance(latest!.numerator, latest!.denominator, england) : null,
		direction: travel.direction,
		directionText: travel.text
	};
}

/**
 * Where a value sits in the range across LAs, 0–1, turned so that 1 is the better end (for a measure with no
 * polarity, 1 is the highest). Equal ends put every value in the middle.
 */
export function spinePosition(value: number | null, row: Pick<ProfileRow, 'cuts' | 'polarity'>): number | null {
	if (value === null || row.cuts === null) return null;
	const { min, max } = row.cuts;
	const t = max === min ? 0.5 : Math.min(1, Math.max(0, (value - min) / (max - min)));
	return row.polarity === 'lower-better' ? 1 - t : t;
}
