/**
 * What a section publishes, declared once in its folder (`src/lib/sections/<id>/published.ts`): the published views
 * the build prerenders for every LA, and its pages' chart specs and sentences for one LA, built by the pages' own
 * builders. The registry (`$lib/published-views`) finds every section's file by glob, so adding a section touches no
 * shared list: the prerender route and the every-LA prose test pick it up.
 */
import type { ChartSpec } from '$lib/charts/spec';
import type { QueryRunner } from '$lib/db/runner';
import type { PublishedView } from '$lib/published-views/view';

/** An LA as the every-LA checks pass it. */
export interface AreaName {
	area_code: string;
	area_name: string;
}

/** What one part of a page prints for one LA: its chart specs and any sentences it prints outside them. */
export interface PartSpecs {
	specs: ChartSpec[];
	sentences: string[];
}

/** One part of a section's published page (a section may have several, e.g. waiting times and health waits). */
export interface PublishedPart<B = unknown> {
	/** Names the part in test output. */
	id: string;
	title: string;
	/** True when an LA may rightly have no chart here (e.g. no sub-ICB location matched to it). */
	mayBeEmpty?: boolean;
	/** Site-wide rows the part needs, queried once per run (a 'site' view). */
	base?: (db: QueryRunner) => Promise<B>;
	build: (db: QueryRunner, la: AreaName, base: B) => Promise<PartSpecs>;
}

export interface PublishedSection {
	views: readonly PublishedView<unknown>[];
	parts: readonly PublishedPart[];
}

/** Declares a part with a typed base (the registry holds parts with their base type erased). */
export function publishedPart<B>(part: PublishedPart<B>): PublishedPart {
	return part as unknown as PublishedPart;
}

export const noSpecs = (): PartSpecs => ({ specs: [], sentences: [] });
