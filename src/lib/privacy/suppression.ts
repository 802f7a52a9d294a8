/**
 * Small-count suppression for figures computed from record-level data: counts of 1–4 are never shown (primary
 * suppression) and, wherever a group of cells adds up to a figure that is shown, one more cell is hidden so a
 * suppressed count cannot be recovered by subtraction (secondary suppression). Published data keeps its own symbols
 * and never passes through here.
 */

/** The symbol shown in place of a suppressed count, as DfE uses it. */
export const SUPPRESSED = 'c';
const SMALL_COUNT_MAX = 4;

export interface CountCell {
	/** The cell's position on each dimension, e.g. { quadrant: 'North', need: 'ASD' }; a margin uses the value 'Total'. */
	dims: Record<string, string>;
	count: number;
}

export interface SafeCell extends CountCell {
	/** The count, or null when suppressed. */
	shown: number | null;
	/** 'c' when suppressed, else null. */
	symbol: typeof SUPPRESSED | null;
	/** Why: 'small' (1–4) or 'secondary' (hidden to protect another cell). */
	reason: 'small' | 'secondary' | null;
}

export const isSmallCount = (n: number) => n >= 1 && n <= SMALL_COUNT_MAX;

/**
 * Suppresses a table of counts. Cells that share every dimension but one form a group (they and their 'Total' cell, if
 * present, are linked by addition); no group may end with exactly one hidden cell. Secondary suppression hides the
 * smallest non-zero visible cell of such a group (totals last), repeating until every group is safe.
 */
export function suppressCounts(cells: CountCell[]): SafeCell[] {
	const out: SafeCell[] = cells.map((c) => ({ ...c, shown: c.count, symbol: null, reason: null }));
	for (const c of out) if (isSmallCount(c.count)) hide(c, 'small');
	const dims = [...new Set(cells.flatMap((c) => Object.keys(c.dims)))];
	const groups: SafeCell[][] = [];
	for (const d of dims) {
		const byRest = new Map<string, SafeCell[]>();
		for (const c of out) {
			const key = dims
				.filter((x) => x !== d)
				.map((x) => `${x}=${c.dims[x] ?? ''}`)
				.join('|');
			byRest.set(key, [...(byRest.get(key) ?? []), c]);
		}
		for (const g of byRest.values()) if (g.length > 1) groups.push(g);
	}
	for (let changed = true; changed;) {
		changed = false;
		for (const g of groups) {
			if (g.filter((c) => c.shown === null).length !== 1) continue;
			const candidates = g.filter((c) => c.shown !== null && c.count > 0);
			if (candidates.length === 0) continue; // the rest are zeros: nothing to subtract from.
			candidates.sort((a, b) => Number(isTotal(a)) - Number(isTotal(b)) || a.count - b.count);
			hide(candidates[0]!, 'secondary');
			changed = true;
		}
	}
	return out;
}

function isTotal(c: CountCell): boolean {
	return Object.values(c.dims).includes('Total');
}

function hide(c: SafeCell, reason: 'small' | 'secondary') {
	c.shown = null;
	c.symbol = SUPPRESSED;
	c.reason = reason;
}
