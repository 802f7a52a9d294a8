/** The Needs page's view state in the query string, next to `area`: the local selection and the published focus need. */
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

/** `url` with one parameter set (or removed when value is null), everything else kept. */
export function withParam(url: URL, key: string, value: string | null): string {
	return withParams(url, { [key]: value });
}

/** `url` with several parameters set or removed at once (one navigation, so none is lost). */
export function withParams(url: URL, values: Record<string, string | null>): string {
	const next = new URL(url);
	for (const [key, value] of Object.entries(values)) {
		if (value) next.searchParams.set(key, value);
		else next.searchParams.delete(key);
	}
	return `${next.pathname}${next.search}${next.hash}`;
}
