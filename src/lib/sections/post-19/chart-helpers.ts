/** Small shared pieces of the 19–25 chart specs: the input they read, percentages, and source/notes text. */
import type { DatasetEntry } from '$lib/data/manifest';
import type { Comparator } from '$lib/metrics/areas';
import type { Post19Published } from '$lib/metrics/post19';
import { sourceText } from '$lib/data/sources';

export interface Post19Input {
	comparators: Comparator[];
	data: Post19Published;
	/** Manifest entries by dataset id, for source and notes. */
	datasets: Record<string, DatasetEntry | undefined>;
}

export const round1 = (v: number) => Math.round(v * 10) / 10;
/** part ÷ whole as a percentage to 1 dp; null when either is missing or the whole is 0. */
export const pct = (part: number | null | undefined, whole: number | null | undefined) => (part == null || !whole ? null : round1((part / whole) * 100));
export const notesOf = (input: Post19Input, ...ids: string[]) => ids.flatMap((id) => input.datasets[id]?.notes ?? []);
export const sourcesOf = (input: Post19Input, ...ids: string[]) => ids.map((id) => sourceText(input.datasets[id])).join(' ');
