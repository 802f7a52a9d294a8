/**
 * Test support: every section's published parts (each section's `published.ts`, found by `$lib/published-views`),
 * run for one LA over a QueryRunner exactly as the pages build them: the same views and spec builders. Used by the
 * prose checks over all LAs; no DOM, so charts are never rendered.
 */
import type { ChartSpec } from '$lib/charts/spec';
import type { QueryRunner } from '$lib/db/runner';
import { PUBLISHED_SECTIONS } from '$lib/published-views';
import type { AreaName, PublishedPart } from '../kit/published-section';

export interface SectionSpecs {
	/** The part's id (e.g. 'overview', 'health-waits'). */
	section: string;
	specs: ChartSpec[];
	/** Extra sentences a page prints outside the specs (e.g. the profile's travel summary). */
	sentences: string[];
}

/** Every part of every section's published page, in section-folder order. */
export const PARTS: readonly PublishedPart[] = [...PUBLISHED_SECTIONS.values()].flatMap((s) => s.parts);

export function part(id: string): PublishedPart {
	const found = PARTS.find((p) => p.id === id);
	if (!found) throw new Error(`No published part "${id}": parts are ${PARTS.map((p) => p.id).join(', ')}`);
	return found;
}

/** Each part's site-wide rows, queried once (parts without a base get undefined). */
export async function partBases(db: QueryRunner, parts: readonly PublishedPart[] = PARTS): Promise<Map<string, unknown>> {
	return new Map(await Promise.all(parts.map(async (p) => [p.id, await p.base?.(db)] as const)));
}

/** What each part prints for one LA. */
export async function partSpecs(db: QueryRunner, la: AreaName, bases: Map<string, unknown>, parts: readonly PublishedPart[] = PARTS): Promise<SectionSpecs[]> {
	return Promise.all(parts.map(async (p) => ({ section: p.id, ...(await p.build(db, la, bases.get(p.id))) })));
}
