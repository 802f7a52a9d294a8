/**
 * Loads a published view for an area in the browser: the prerendered answers when they are there and built from the
 * data this site ships (no wasm needed), otherwise the same queries in the browser's DuckDB.
 */
import { asset } from '$app/paths';
import { browserRunner, ensureDatasets, loadManifest } from '$lib/db';
import { isCurrent, viewPath, type PrerenderedView, type PublishedView } from './view';

export interface LoadedView<T> {
	data: T;
	/** Where the answers came from: the build (prerendered) or DuckDB in this browser. */
	from: 'prerendered' | 'duckdb';
}

async function prerendered<T>(view: PublishedView<T>, area: string): Promise<T | null> {
	const manifest = await loadManifest();
	try {
		const res = await fetch(asset(viewPath(view.id, area)));
		if (!res.ok) return null;
		const file = (await res.json()) as PrerenderedView<T>;
		return isCurrent(file, view, area, manifest) ? file.data : null;
	} catch {
		// Unreadable or unreachable: DuckDB answers instead.
		return null;
	}
}

export async function loadPublishedView<T>(view: PublishedView<T>, area: string): Promise<LoadedView<T>> {
	const data = await prerendered(view, area);
	if (data !== null) return { data, from: 'prerendered' };
	await ensureDatasets(view.datasets);
	return { data: await view.query(browserRunner, area), from: 'duckdb' };
}
