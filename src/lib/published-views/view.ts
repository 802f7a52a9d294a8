/**
 * A published view: the queries a page runs over published data for one LA, returning plain rows. At build time
 * every view is run for every LA in Node DuckDB and prerendered as `/views/<id>/<area>.json` (src/routes/views), so
 * a page can draw its published charts at once, with no wasm; in the browser DuckDB runs the very same queries only
 * when that file is missing or was built from other data (`load.ts`). Record-level data never goes in a view.
 */
import type { QueryRunner } from '$lib/db/runner';
import type { Manifest } from '$lib/data/manifest';

export interface PublishedView<T> {
	/** The file's folder under /views/. */
	id: string;
	/** Published datasets the queries read. */
	datasets: readonly string[];
	/** 'la' (the default): one file per current LA; 'site': one file, `ALL_AREAS`, for answers that are the same for every LA. */
	scope?: 'la' | 'site';
	query: (db: QueryRunner, area: string) => Promise<T>;
}

/** The area key of a site-wide view's one file. */
export const ALL_AREAS = 'all';

/** What a prerendered view file holds. */
export interface PrerenderedView<T> {
	view: string;
	area: string;
	/** sha256 of each dataset the answers came from, as the manifest lists them. */
	datasets: Record<string, string>;
	data: T;
}

export function viewPath(id: string, area: string): string {
	return `/views/${id}/${area}.json`;
}

/** The sha256 of each of the view's datasets in this manifest (a file built from other data must not be used). */
export function datasetHashes(view: Pick<PublishedView<unknown>, 'datasets'>, manifest: Manifest): Record<string, string> {
	return Object.fromEntries(view.datasets.map((id) => [id, manifest.datasets.find((d) => d.id === id)?.sha256 ?? 'missing']));
}

/**
 * Throws unless every dataset the view reads is published: a prerendered file is public and built before any user's
 * extract exists, so record-level (local) data must never go into one.
 */
export function assertPublishedOnly(view: Pick<PublishedView<unknown>, 'id' | 'datasets'>, manifest: Manifest): void {
	for (const id of view.datasets) {
		const entry = manifest.datasets.find((d) => d.id === id);
		if (!entry) throw new Error(`Published view "${view.id}" reads "${id}", which the manifest does not list`);
		if (entry.layer !== 'published')
			throw new Error(`Published view "${view.id}" reads "${id}", a ${entry.layer} dataset: only published data may be prerendered`);
	}
}

/** Whether a prerendered file answers this view, for this area, from exactly these data. */
export function isCurrent(file: PrerenderedView<unknown>, view: PublishedView<unknown>, area: string, manifest: Manifest): boolean {
	const wanted = datasetHashes(view, manifest);
	return file.view === view.id && file.area === area && view.datasets.every((id) => file.datasets?.[id] === wanted[id] && wanted[id] !== 'missing');
}
