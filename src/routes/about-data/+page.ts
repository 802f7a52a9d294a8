import { error } from '@sveltejs/kit';
import { asset } from '$app/paths';
import type { Manifest } from '$lib/data/manifest';
import type { PageLoad } from './$types';

// Prerendered with the manifest's contents, so the list of datasets reads (and prints) without JavaScript;
// DuckDB's own row counts are added in the browser.
export const load: PageLoad = async ({ fetch }) => {
	const res = await fetch(asset('/data/manifest.json'));
	if (!res.ok) error(500, `Could not load data/manifest.json: HTTP ${res.status}`);
	const manifest = (await res.json()) as Manifest;
	return { manifest };
};
