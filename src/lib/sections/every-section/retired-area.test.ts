/**
 * A retired LA code (Northamptonshire, E10000021, split in April 2021) still has published years: its overview must
 * say which figures are not published for it, never "grew by not available" or a number made of a missing one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRunner } from '../../../../data/lib/node-runner';
import { testModel } from '../../../../data/pipeline/test-model';
import { PUBLISHED_DATASETS } from '../../../../data/pipeline/datasets/index';
import { part, type SectionSpecs } from './parts';

let db: NodeRunner;
let found: SectionSpecs;

beforeAll(async () => {
	db = await testModel(PUBLISHED_DATASETS);
	found = { section: 'overview', ...(await part('overview').build(db, { area_code: 'E10000021', area_name: 'Northamptonshire' }, undefined)) };
}, 300_000);
afterAll(async () => db?.close());

describe('the overview for a retired code (E10000021)', () => {
	it('draws its charts and never puts a missing figure inside a sentence', () => {
		expect(found.specs.length).toBeGreaterThan(0);
		for (const spec of found.specs) {
			const text = [spec.title, spec.subtitle, spec.alt].join(' ');
			expect(text, spec.id).not.toMatch(/by not available|not available per|not published of|grew by not|NaN|undefined|null/);
		}
	});
});
