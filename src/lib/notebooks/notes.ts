/**
 * Notes under a report's charts, kept short for a committee paper: plain-language notes only (no metric codes, column
 * names or release rules, which belong on About the data), a caution first where a source is a third-party copy, and
 * a pointer to the full notes.
 */
const TECHNICAL = /\b[a-z]+_[a-z0-9_]+\b|\b[A-Z]{2,}\d+[a-z]?\b|\bbreakdown|\bRelease rule|\barea_level\b|\.csv\b/;
const CAUTION = /third[- ]party|not an official/i;
const MAX_NOTES = 3;

export const FULL_NOTES = 'Full notes, metric codes and definitions for each source: About the data.';

export function shortNotes(notes: string[]): string[] {
	const unique = [...new Set(notes)];
	const cautions = unique.filter((n) => CAUTION.test(n));
	const plain = unique.filter((n) => !CAUTION.test(n) && !TECHNICAL.test(n) && n.length <= 240);
	return [...cautions, ...plain].slice(0, Math.max(MAX_NOTES, cautions.length)).concat(FULL_NOTES);
}
