/**
 * Every section's published views and parts, found by glob from each section's `published.ts` (the
 * `PublishedSection` of sections/kit/published-section.ts), so a new section is registered by its own folder alone.
 * The views are prerendered for every LA by src/routes/views/[view]/[area].json; the parts are what the every-LA
 * prose checks (sections/every-section) build for each LA.
 */
import type { PublishedSection } from '$lib/sections/kit/published-section';
import type { PublishedView } from './view';

const modules = import.meta.glob<PublishedSection>('../sections/*/published.ts', { eager: true, import: 'published' });

/** Section folder name → what it publishes, in folder order. */
export const PUBLISHED_SECTIONS: ReadonlyMap<string, PublishedSection> = new Map(
	Object.entries(modules)
		.map(([path, section]) => [path.split('/').at(-2)!, section] as const)
		.sort(([a], [b]) => a.localeCompare(b))
);

export const PUBLISHED_VIEWS: readonly PublishedView<unknown>[] = [...PUBLISHED_SECTIONS.values()].flatMap((s) => s.views);
