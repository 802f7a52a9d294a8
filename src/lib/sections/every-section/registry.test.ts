/**
 * Sections register themselves: each section folder's `published.ts` is found by glob ($lib/published-views), so the
 * prerender route and the every-LA checks cover a section without a shared list. A folder without one, or a glob
 * that matched nothing, would silently publish and check nothing: these tests fail instead.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_SECTIONS, PUBLISHED_VIEWS } from '$lib/published-views';
import { PARTS } from './parts';

const NOT_SECTIONS = ['kit', 'every-section'];
const folders = readdirSync(new URL('..', import.meta.url), { withFileTypes: true })
	.filter((e) => e.isDirectory() && !NOT_SECTIONS.includes(e.name))
	.map((e) => e.name)
	.sort();

describe('every section registers what it publishes from its own folder', () => {
	it('each section folder has a published.ts with at least one view and one part', () => {
		expect(folders.length).toBeGreaterThanOrEqual(7);
		expect([...PUBLISHED_SECTIONS.keys()]).toEqual(folders);
		for (const [id, s] of PUBLISHED_SECTIONS) {
			expect(s.views.length, id).toBeGreaterThan(0);
			expect(s.parts.length, id).toBeGreaterThan(0);
		}
	});
	it('the views the build prerenders are every section’s, each id once', () => {
		const ids = PUBLISHED_VIEWS.map((v) => v.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ['overview', 'needs', 'waiting-times', 'waiting-times-health', 'post-19', 'exclusions', 'school-outcomes', 'money', 'profile'])
			expect(ids).toContain(id);
	});
	it('each part has its own id and title', () => {
		expect(new Set(PARTS.map((p) => p.id)).size).toBe(PARTS.length);
		expect(new Set(PARTS.map((p) => p.title)).size).toBe(PARTS.length);
	});
});
