/** Small shared pieces of the 19–25 chart specs: the input they read and percentages. */
import type { Comparator } from '$lib/metrics/areas';
import type { Post19Published } from '$lib/metrics/post19';

export interface Post19Input {
	comparators: Comparator[];
	data: Post19Published;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
/** part ÷ whole as a percentage to 1 dp; null when either is missing or the whole is 0. */
export const pct = (part: number | null | undefined, whole: number | null | undefined) => (part == null || !whole ? null : round1((part / whole) * 100));
