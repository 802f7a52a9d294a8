/**
 * Which local extract a section's local part was drawn from. A section's local part reads `extractKey()` in the
 * effect that loads it, so switching extract (the banner's way back, or a file of the user's loaded) redraws it.
 */
import { untrack } from 'svelte';
import { activeExtract } from '$lib/local/active-extract.svelte';

/** Changes whenever the local extract in use changes; null while it is switching (its tables are half-loaded). */
export function extractKey(): string | null {
	if (activeExtract.switching) return null;
	const files = Object.entries(activeExtract.tables).map(([table, f]) => `${table}=${f.fileName}:${f.rows}`);
	return [activeExtract.mode, ...files].join('|');
}

/**
 * Call while a component initialises: runs `load` in an effect now and again each time the extract in use changes
 * (never while it is half-switched). A load that a newer one has overtaken sees `isCurrent()` turn false and must not
 * write its results, so a slow load of the old extract cannot land on top of the new one; its failure is dropped too.
 */
export function loadForEachExtract(load: (isCurrent: () => boolean) => Promise<void>, onError: (error: unknown) => void): void {
	let generation = 0;
	$effect(() => {
		if (extractKey() === null) return;
		const mine = ++generation;
		const isCurrent = () => mine === generation;
		untrack(() =>
			load(isCurrent).catch((error: unknown) => {
				if (isCurrent()) onError(error);
			})
		);
	});
}
