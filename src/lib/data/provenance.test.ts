import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownExtractEntry } from '$lib/local/own-extract-entries';
import type { Manifest } from './manifest';
import { provenance, provenanceManifest } from './provenance';

// The manifest `npm run data` writes: real entries, published and the shipped synthetic extract's.
const MANIFEST = join(process.cwd(), 'static/data/manifest.json');
if (!existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: run npm run data first (npm run test:unit does)`);
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
const entry = (id: string) => manifest.datasets.find((d) => d.id === id)!;
const OGL = 'Contains public sector information licensed under the Open Government Licence v3.0.';

describe('provenance', () => {
	it('words one published dataset as its publisher, publication and release, then its attribution, with its notes after the chart’s', () => {
		const caseload = entry('ehcp_caseload');
		const { source, notes } = provenance(['ehcp_caseload'], manifest, ['A chart note.']);
		expect(source).toBe(`Department for Education, Education, health and care plans (SEN2) (Reporting year 2025, published June 2025). ${OGL}`);
		expect(notes).toEqual(['A chart note.', ...caseload.notes]);
	});

	it('names each publisher once, each publication once with its releases, and the attribution once', () => {
		const { source, notes } = provenance(['ehcp_needs', 'statistical_neighbours', 'ehcp_age_groups', 'ehcp_needs'], manifest);
		expect(source).toBe(
			`Department for Education, Education, health and care plans (SEN2) (Reporting year 2025, published June 2025; ${entry('ehcp_age_groups').source.release}); Children’s services statistical neighbour benchmarking tool (CSSNBT) (May 2025). ${OGL}`
		);
		expect(source.match(/Open Government Licence/g)).toHaveLength(1);
		expect(notes).toEqual([...new Set([...entry('ehcp_needs').notes, ...entry('statistical_neighbours').notes, ...entry('ehcp_age_groups').notes])]);
	});

	it('lists publishers in the order the chart names its datasets', () => {
		const { source } = provenance(['ehcp_needs', 'la_nhs_overlap'], manifest);
		expect(source.indexOf('Department for Education, Education')).toBe(0);
		expect(source).toContain(
			`${entry('la_nhs_overlap').source.publisher}, ${entry('la_nhs_overlap').source.title} (${entry('la_nhs_overlap').source.release}).`
		);
	});

	it('labels the shipped extract’s figures with its label, the tables drawn and its seed, and says they are synthetic', () => {
		const { source, notes } = provenance(['local_ehc_plans', 'local_post16_places'], manifest, ['Suppression note.']);
		expect(source).toBe(
			'Northmoor (synthetic): local record-level extract (EHC plans (SEN2-shaped caseload); Commissioned post-16 and post-19 places; seed 20250116, scale 1). Synthetic data: not real children or services.'
		);
		// The synthetic extract's caveats are the same on every table: each once.
		expect(notes).toEqual(['Suppression note.', ...new Set([...entry('local_ehc_plans').notes, ...entry('local_post16_places').notes])]);
	});

	it('labels a user’s own extract as theirs, by file, never as synthetic', () => {
		const plans = ownExtractEntry(entry('local_ehc_plans'), { fileName: 'plans.csv', rows: 1200, excluded: 0 });
		const places = ownExtractEntry(entry('local_post16_places'), undefined);
		const own = { datasets: [plans, places], local: { label: 'Your extract' } };
		const { source, notes } = provenance(['local_ehc_plans', 'local_post16_places'], own);
		expect(source).toBe(
			'Your extract: local record-level extract (EHC plans (SEN2-shaped caseload), plans.csv; Commissioned post-16 and post-19 places, not loaded).'
		);
		expect(`${source} ${notes.join(' ')}`).not.toMatch(/synthetic|Northmoor/i);
		expect(notes).toEqual([...plans.notes, ...places.notes]);
	});

	it('puts record-level sources before published ones when a chart draws both', () => {
		const { source } = provenance(['ehcp_caseload', 'local_ehc_plans'], manifest);
		expect(source).toMatch(
			/^Northmoor \(synthetic\): local record-level extract \(EHC plans .*\)\. Synthetic data: not real children or services\. Department for Education, /
		);
	});

	it('says when a named dataset is not in the manifest, and can leave the datasets’ notes out', () => {
		expect(provenance(['ehcp_caseload', 'no_such_dataset'], manifest).source).toMatch(/\. Source not recorded \(no_such_dataset\)\.$/);
		expect(provenance([], manifest).source).toBe('Source not recorded.');
		expect(provenance(['ehcp_caseload'], manifest, ['Own.'], { datasetNotes: false }).notes).toEqual(['Own.']);
	});

	it('reads the same from the trimmed entries the layout puts in every page', () => {
		const ids = ['ehcp_needs', 'statistical_neighbours', 'local_ehc_plans'];
		expect(provenance(ids, provenanceManifest(manifest), ['x'])).toEqual(provenance(ids, manifest, ['x']));
	});
});
