/**
 * Matching a file's column headings to the contract: exact (case/spacing-insensitive) matches, a mapping the user
 * saved earlier, and "did you mean" suggestions for near names. Pure; the page stores mappings in localStorage.
 */
import type { LocalTable } from './contract';
import { LOCAL_TABLES } from './contract';

/** Contract column → the file's column that holds it. */
export type ColumnMapping = Record<string, string>;

interface MissingColumn {
	column: string;
	required: boolean;
	/** A file column with a near name that is not otherwise used, if any. */
	suggestion?: string;
}

export interface ColumnMatch {
	mapping: ColumnMapping;
	/** Required contract columns the file lacks (and cannot be derived). */
	missingRequired: MissingColumn[];
	/** Optional or derivable contract columns the file lacks (filled with null or derived). */
	missingOptional: MissingColumn[];
	/** File columns the contract does not use (ignored). */
	unused: string[];
}

/** Headings compared ignoring case, spaces, hyphens and dots: "Referral Date" = "referral_date". */
function normaliseHeading(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replace(/[\s\-.]+/g, '_')
		.replace(/_+/g, '_');
}

function editDistance(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0]!;
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const up = prev[j]!;
			prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = up;
		}
	}
	return prev[b.length]!;
}

/** The nearest candidate within a third of the name's length (at least 2 edits), or undefined. */
export function didYouMean(name: string, candidates: readonly string[]): string | undefined {
	const target = normaliseHeading(name);
	let best: { c: string; d: number } | undefined;
	for (const c of candidates) {
		const n = normaliseHeading(c);
		// "ref_date" for "referral_date": one contains the other's words.
		const d = n.includes(target) || target.includes(n) ? Math.abs(n.length - target.length) / 2 : editDistance(n, target);
		if (!best || d < best.d) best = { c, d };
	}
	return best && best.d <= Math.max(2, Math.floor(target.length / 3)) ? best.c : undefined;
}

function canDerive(table: LocalTable, column: string, present: ReadonlySet<string>): boolean {
	const def = table.columns.find((c) => c.name === column);
	return !!def?.derivedFrom && def.derivedFrom.every((d) => present.has(d));
}

/** Matches file headings to a contract table, applying a saved mapping first (entries naming absent columns are ignored). */
export function matchColumns(table: LocalTable, fileColumns: readonly string[], saved: ColumnMapping = {}): ColumnMatch {
	const mapping: ColumnMapping = {};
	const used = new Set<string>();
	for (const col of table.columns) {
		const savedCol = saved[col.name];
		const exact = fileColumns.find((f) => normaliseHeading(f) === col.name);
		const chosen = savedCol && fileColumns.includes(savedCol) && !used.has(savedCol) ? savedCol : exact && !used.has(exact) ? exact : undefined;
		if (chosen) {
			mapping[col.name] = chosen;
			used.add(chosen);
		}
	}
	const present = new Set(Object.keys(mapping));
	const unusedCols = () => fileColumns.filter((f) => !used.has(f));
	const missingRequired: MissingColumn[] = [];
	const missingOptional: MissingColumn[] = [];
	for (const col of table.columns) {
		if (present.has(col.name)) continue;
		const entry: MissingColumn = { column: col.name, required: col.required, suggestion: didYouMean(col.name, unusedCols()) };
		if (col.required && !canDerive(table, col.name, present)) missingRequired.push(entry);
		else missingOptional.push(entry);
	}
	return { mapping, missingRequired, missingOptional, unused: unusedCols() };
}

/**
 * Which contract table a file is: by file name first (ehc_plans.csv, "ASD referrals 2024.csv"), else the table whose
 * columns it matches best. Undefined when nothing matches at least half a table's required columns.
 */
export function guessTable(fileName: string, fileColumns: readonly string[]): LocalTable | undefined {
	const base = normaliseHeading(fileName.replace(/\.[^.]+$/, ''));
	const byName = LOCAL_TABLES.find((t) => base === t.name || base.startsWith(`${t.name}_`) || base.startsWith(`local_${t.name}`));
	if (byName) return byName;
	const headings = new Set(fileColumns.map(normaliseHeading));
	let best: { t: LocalTable; share: number } | undefined;
	for (const t of LOCAL_TABLES) {
		const required = t.columns.filter((c) => c.required);
		const share = required.filter((c) => headings.has(c.name)).length / required.length;
		if (!best || share > best.share) best = { t, share };
	}
	return best && best.share >= 0.5 ? best.t : undefined;
}
