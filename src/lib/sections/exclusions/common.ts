/** Helpers shared by the Exclusions & timeliness chart builders. */
import { figureLabel } from '$lib/format/figure';

/** Rounds for tables and CSVs: published figures keep their precision up to `digits` places. */
export const round = (v: number | null | undefined, digits = 2): number | null =>
	v === null || v === undefined ? null : Math.round(v * 10 ** digits) / 10 ** digits;

export const fixed = (v: number | null | undefined, digits = 2): string => figureLabel({ value: v }, (x) => x.toFixed(digits));
