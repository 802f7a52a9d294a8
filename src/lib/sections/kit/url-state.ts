/**
 * A section's view state lives in the query string beside `?area=`, so every view is a shareable link. Query strings
 * are read in the browser only: each page is prerendered once and serves every area, so while prerendering every
 * parameter reads as absent. Writing replaces the history entry (a choice of filter is not a page to go back to).
 *
 *   const focus = $derived(fromUrl(focusFromUrl, 'MLD'));      // read, typed by the section's parser
 *   setParams({ focus: 'ASD', need: null });                   // write: set, or remove with null
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { areaFromUrl } from '$lib/navigation/area-param';

/** A value for each parameter to set; null removes it ('' is kept: an empty choice is a choice, e.g. no CCGs). */
export type ParamValues = Record<string, string | null>;

/** `url` with several parameters set or removed at once (one navigation, so none is lost), everything else kept. */
export function withParams(url: URL, values: ParamValues): URL {
	const next = new URL(url);
	for (const [key, value] of Object.entries(values)) {
		if (value !== null) next.searchParams.set(key, value);
		else next.searchParams.delete(key);
	}
	return next;
}

/** A URL as a same-site link: path, query and hash. */
export function hrefOf(url: URL): string {
	return `${url.pathname}${url.search}${url.hash}`;
}

/** The page's state read by `read`, or `fallback` while prerendering. Reactive: read it in `$derived`. */
export function fromUrl<T>(read: (url: URL) => T, fallback: T): T {
	return browser ? read(page.url) : fallback;
}

/** The chosen area (`?area=`), or null when there is none or while prerendering. */
export function urlArea(): string | null {
	return fromUrl(areaFromUrl, null);
}

/** Writes parameters into the page's URL, replacing the history entry; resolves once the page shows the new state. */
export function setParams(values: ParamValues): Promise<void> {
	return replaceUrl(withParams(page.url, values));
}

/** Goes to `url` (the same page with other parameters) without a new history entry, keeping focus and scroll. */
function replaceUrl(url: URL): Promise<void> {
	return goto(url, { replaceState: true, keepFocus: true, noScroll: true });
}
