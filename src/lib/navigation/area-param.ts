/** The chosen area lives in the URL (`?area=E10000012`) so every view is a shareable link. */
import { isAreaCode } from '$lib/metrics/sql';

const AREA_PARAM = 'area';

/** The area code in a URL, or null when absent or not a well-formed code. */
export function areaFromUrl(url: URL): string | null {
	const code = url.searchParams.get(AREA_PARAM)?.trim().toUpperCase() ?? '';
	return isAreaCode(code) ? code : null;
}

const REPORT_PATH = /^(.*\/reports\/[^/]+\/)([A-Z0-9]{9})$/;

/** The area a page is about: a report's is in its path (/reports/<notebook>/<code>), others' in the query string. */
export function areaOfPage(url: URL): string | null {
	return REPORT_PATH.exec(url.pathname)?.[2] ?? areaFromUrl(url);
}

/** Where choosing `code` on the page at `pathname` leads: the same report for that area, or the same page with ?area=. */
export function pathForArea(pathname: string, code: string): string {
	const report = REPORT_PATH.exec(pathname);
	return report ? `${report[1]}${code}` : hrefWithArea(pathname, code);
}

/** `path` with the area (and nothing else) in its query string. */
export function hrefWithArea(path: string, area: string | null): string {
	return area ? `${path}?${AREA_PARAM}=${encodeURIComponent(area)}` : path;
}

export interface NamedArea {
	area_code: string;
	area_name: string;
}

const normalise = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/**
 * Finds the LA a person typed: its code, its exact name, "Name (code)" as the suggestion list shows it, or a name
 * that matches uniquely from its start. Returns the match, or suggestions when there is no single match.
 */
export function resolveArea(text: string, areas: NamedArea[]): { match: NamedArea | null; suggestions: NamedArea[] } {
	const typed = text.trim();
	if (!typed) return { match: null, suggestions: [] };
	const code = /\(([A-Z0-9]{9})\)\s*$/i.exec(typed)?.[1] ?? typed;
	const byCode = areas.find((a) => a.area_code.toUpperCase() === code.toUpperCase());
	if (byCode) return { match: byCode, suggestions: [] };
	const wanted = normalise(typed.replace(/\([^)]*\)\s*$/, ''));
	const exact = areas.find((a) => normalise(a.area_name) === wanted);
	if (exact) return { match: exact, suggestions: [] };
	const starts = areas.filter((a) => normalise(a.area_name).startsWith(wanted));
	if (starts.length === 1) return { match: starts[0] ?? null, suggestions: [] };
	const contains = areas.filter((a) => normalise(a.area_name).includes(wanted));
	if (starts.length === 0 && contains.length === 1) return { match: contains[0] ?? null, suggestions: [] };
	const suggestions = (starts.length > 0 ? starts : contains).slice(0, 8);
	return { match: null, suggestions: suggestions.length > 0 ? suggestions : closestByLetters(wanted, areas) };
}

/** Up to 3 names nearest by edit distance, for "did you mean" after a typo. */
function closestByLetters(wanted: string, areas: NamedArea[]): NamedArea[] {
	const distance = (a: string, b: string) => {
		const row = Array.from({ length: b.length + 1 }, (_, i) => i);
		for (let i = 1; i <= a.length; i++) {
			let prev = row[0]!;
			row[0] = i;
			for (let j = 1; j <= b.length; j++) {
				const tmp = row[j]!;
				row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
				prev = tmp;
			}
		}
		return row[b.length]!;
	};
	return areas
		.map((a) => ({ a, d: distance(wanted, normalise(a.area_name)) }))
		.filter((x) => x.d <= Math.max(2, Math.floor(wanted.length / 3)))
		.sort((x, y) => x.d - y.d)
		.slice(0, 3)
		.map((x) => x.a);
}
