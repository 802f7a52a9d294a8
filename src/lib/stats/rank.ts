/**
 * Competition ranking ("1224"): equal values share the best rank, and the next rank skips ("=3, =3, =3, 6").
 * Rank the values as shown (already rounded), so that figures a reader sees as equal never get different ranks.
 */
export interface Rank {
	rank: number;
	/** Another item has the same value. */
	tied: boolean;
}

/** Ranks of `values` (null = not ranked), highest first unless `order` is 'asc'. Index-aligned with `values`. */
export function competitionRanks(values: readonly (number | null)[], order: 'desc' | 'asc' = 'desc'): (Rank | null)[] {
	const present = values.filter((v): v is number => v !== null);
	return values.map((v) => {
		if (v === null) return null;
		const better = present.filter((o) => (order === 'desc' ? o > v : o < v)).length;
		const same = present.filter((o) => o === v).length;
		return { rank: better + 1, tied: same > 1 };
	});
}

/** "3", or "=3" when tied. */
export function rankLabel(r: Rank | null): string | null {
	return r === null ? null : `${r.tied ? '=' : ''}${r.rank}`;
}
