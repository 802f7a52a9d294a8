/**
 * Which local extract a section's local part was drawn from. A section's local part reads `extractKey()` in the
 * effect that loads it, so switching extract (the banner's way back, or a file of the user's loaded) redraws it.
 */
import { activeExtract } from '$lib/local/active-extract.svelte';

/** Changes whenever the local extract in use changes; null while it is switching (its tables are half-loaded). */
export function extractKey(): string | null {
	if (activeExtract.switching) return null;
	const files = Object.entries(activeExtract.tables).map(([table, f]) => `${table}=${f.fileName}:${f.rows}`);
	return [activeExtract.mode, ...files].join('|');
}
