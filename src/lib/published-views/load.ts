/**
 * Loads a published view for an area in the browser: the prerendered answers when they are there and built from the
 * data this site ships (no wasm needed), otherwise the same queries in the browser's DuckDB.
 */
import { asset } from '$app/paths';
import { browserRunner, ensureDatasets, loadManifest } from '$lib/db';
import { isCurrent, viewPath, type PrerenderedView, type PublishedView } from './view';

async function prerendered<T>(view: PublishedView<T>, area: string): Promise<T | null> {
	try {
		// The manifest and the file in parallel: on a first visit each is a round trip.
		const [manifest, res] = await Promise.all([loadManifest(), fetch(asset(viewPath(view.id, area)))]);
		if (!res.ok) return null;
		const file = (await res.json()) as PrerenderedView<T>;
		return isCurrent(file, view, area, manifest) ? file.data : null;
	} catch {
		// Unreadable or unreachable: DuckDB answers instead (and reports its own failures in the data status).
		return null;
	}
}

export async function loadPublishedView<T>(view: PublishedView<T>, area: string): Promise<T> {
	const data = await prerendered(view, area);
	if (data !== null) return data;
	await ensureDatasets(view.datasets);
	return view.query(browserRunner, area);
}
