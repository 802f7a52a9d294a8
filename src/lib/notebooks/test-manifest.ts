/** Test support: a manifest of the published datasets' sources and notes; no files (tables are built in memory). */
import { PUBLISHED_DATASETS } from '../../../data/pipeline/datasets/index';
import type { Manifest } from '$lib/data/manifest';

export function testManifest(periods: string[] = []): Manifest {
	return {
		schemaVersion: 1,
		contentHash: 'test',
		local: { id: 'synthetic', label: 'synthetic', synthetic: true },
		datasets: PUBLISHED_DATASETS.map((d) => ({
			id: d.id,
			title: d.title,
			layer: 'published',
			table: d.table,
			file: '',
			format: 'arrow-ipc',
			rows: 0,
			bytes: 0,
			sha256: '',
			periods,
			columns: [],
			source: d.source,
			licence: 'OGL',
			attribution: 'OGL',
			notes: d.notes
		}))
	};
}
