/**
 * What the manifest says about each local dataset while the user's own extract is in use. Every chart's source and
 * notes are read from these entries, so the shipped synthetic extract's (its county, seed and caveats) must never be
 * left on them: the entries are rewritten from the files the user loaded. Pure.
 */
import type { DatasetEntry } from '$lib/data/manifest';
import { plural } from '$lib/format/prose';
import { getLocalTable } from './contract';

export interface LoadedFile {
	fileName: string;
	rows: number;
	/** Rows left out because they failed a check. */
	excluded: number;
}

/** The entry for a local dataset of the user's extract: from `loaded`, or saying the table is empty when not loaded. */
export function ownExtractEntry(shipped: DatasetEntry, loaded: LoadedFile | undefined): DatasetEntry {
	const title = getLocalTable(shipped.table.replace(/^local_/, ''))?.title ?? shipped.table;
	const notes = loaded
		? [
				`Your own file ${loaded.fileName}, loaded in this browser: ${plural(loaded.rows, 'row')}${loaded.excluded ? `, leaving out ${plural(loaded.excluded, 'row')} that failed the checks` : ''}. It is never sent anywhere.`
			]
		: ['Not loaded: this table of your extract is empty, so figures that need it are not shown.'];
	return {
		...shipped,
		title: `${title}: your extract`,
		rows: loaded?.rows ?? 0,
		// Held in this browser's DuckDB, not a file of the site (the shipped entry is restored on the way back).
		file: loaded ? loaded.fileName : 'not loaded',
		sha256: '',
		periods: [],
		source: { publisher: 'Your organisation', title: 'Your extract (loaded in this browser)', release: loaded ? loaded.fileName : 'not loaded', files: [] },
		licence: 'Your own data (held only in this browser)',
		attribution: 'Your extract',
		notes
	};
}
