/** The Needs page's view state in the query string, next to `area`: the local selection and the published focus need (read and written with $lib/sections/kit/url-state). */
import { cleanSelection, SELECTABLE, type LocalSelection } from '$lib/metrics/needs-local';
import { NEED_CODES } from '$lib/metrics/needs-published';

export const FOCUS_PARAM = 'focus';

export function selectionFromUrl(url: URL): LocalSelection {
	return cleanSelection(Object.fromEntries(SELECTABLE.flatMap((d) => (url.searchParams.get(d) ? [[d, url.searchParams.get(d)!]] : []))));
}

/** The published need shown across statistical neighbours; MLD (the Essex letter's question) by default. */
export function focusFromUrl(url: URL): string {
	const v = url.searchParams.get(FOCUS_PARAM)?.toUpperCase() ?? '';
	return (NEED_CODES as readonly string[]).includes(v) ? v : 'MLD';
}
