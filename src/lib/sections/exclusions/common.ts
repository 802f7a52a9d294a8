/** Helpers shared by the Exclusions & timeliness chart builders. */
import type { DatasetEntry } from '$lib/data/manifest';
import { sourceText } from '$lib/data/sources';
import { figureLabel } from '$lib/format/figure';

export type Datasets = Record<string, DatasetEntry | undefined>;

/** Source lines of several datasets, one after the other. */
export function sources(datasets: Datasets, ids: readonly string[]): string {
	return ids.map((id) => sourceText(datasets[id])).join(' ');
}

export function notesOf(datasets: Datasets, ids: readonly string[]): string[] {
	return ids.flatMap((id) => datasets[id]?.notes ?? []);
}

/** Rounds for tables and CSVs: published figures keep their precision up to `digits` places. */
export const round = (v: number | null | undefined, digits = 2): number | null =>
	v === null || v === undefined ? null : Math.round(v * 10 ** digits) / 10 ** digits;

export const fixed = (v: number | null | undefined, digits = 2): string => figureLabel({ value: v }, (x) => x.toFixed(digits));
