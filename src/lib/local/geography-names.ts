/**
 * Display names for the extract-specific geography codes (quadrant, locality, CCG / sub-ICB). The shipped synthetic
 * extract has its own named lists (codes.ts); a user's extract brings only codes, so its quadrants and localities are
 * shown as the codes in the file, and its CCG / sub-ICB codes by their NHS name when the published lookup knows them.
 * The synthetic county's names must never label a user's figures, even where the codes coincide ("NORTH").
 * Which extract is in use is set by active-extract.svelte.ts; this module holds no other state. Pure otherwise.
 */
import { SYNTHETIC_CCG, SYNTHETIC_LOCALITY, SYNTHETIC_QUADRANT, type CodeList } from './codes';

export type GeographyList = 'quadrant' | 'locality' | 'ccg';

const SYNTHETIC_LISTS: Record<GeographyList, CodeList> = { quadrant: SYNTHETIC_QUADRANT, locality: SYNTHETIC_LOCALITY, ccg: SYNTHETIC_CCG };

let synthetic = true;
let nhsNames: ReadonlyMap<string, string> = new Map();

/** Called when the extract in use changes: the shipped synthetic one, or the user's own. */
export function useSyntheticNames(on: boolean): void {
	synthetic = on;
}

/** NHS names of CCG / sub-ICB codes (from the published nhs_areas lookup), used for a user's extract. */
export function setNhsAreaNames(names: ReadonlyMap<string, string>): void {
	nhsNames = names;
}

/** The name to show for a geography code of the extract in use; the code itself when there is no name. */
export function geographyName(list: GeographyList, code: string): string {
	if (synthetic) return SYNTHETIC_LISTS[list].codes.find((c) => String(c.code) === code)?.label ?? code;
	if (list === 'ccg') {
		const name = nhsNames.get(code.toUpperCase());
		return name ? `${name} (${code})` : code;
	}
	return code;
}
