/**
 * An indicator of the area profile: one published figure per LA per year (and England's, where published), with how
 * it reads and which way is better. Each is declared once in `registry.ts`; its SQL is the only SQL for it here.
 */
import type { BandPolarity } from '$lib/stats/quartiles';

type IndicatorUnit = 'count' | 'percent' | 'rate';

export interface Indicator {
	/** Stable id: the profile row's key and anchor. */
	id: string;
	/** What is measured, as a row label. */
	label: string;
	unit: IndicatorUnit;
	/** Decimals the figure is shown to (as its section shows it). */
	decimals: number;
	/** Which way is better; 'none' gets no quartile band (LAIT: "not applicable"). */
	polarity: BandPolarity;
	/** The section page the row links to (a path in the navigation). */
	section: string;
	/** Manifest dataset ids the SQL reads. */
	datasets: readonly string[];
	/**
	 * One SQL over every LA and England, every year: columns `area_code`, `area_level` ('la' | 'national'), `year`,
	 * `period`, `value`, `symbol` (why a value is missing), and for a proportion with an interval `numerator` and
	 * `denominator` (else NULL). England computed from LA rows (no published England figure) sets `computed`.
	 */
	sql: string;
	/** A short note for the row: definition, years, how England was computed. */
	note?: string;
}

/** One row of an indicator's SQL. */
export interface IndicatorRow {
	area_code: string;
	area_level: 'la' | 'national';
	year: number;
	period: string;
	value: number | null;
	symbol: string | null;
	numerator: number | null;
	denominator: number | null;
	computed: boolean;
}
