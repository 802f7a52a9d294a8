/**
 * The one wording of where a chart's figures come from: its source line and notes, read from the manifest entries of
 * the datasets the chart names (ChartSpec.datasets), plus the chart's own notes. ChartFigure calls it for a live
 * chart; a prerendered report calls it when it publishes a chart. Pure (shared by the browser, the reports and tests).
 */
import type { DatasetEntry, LocalExtractInfo, Manifest } from './manifest';
import { getLocalTable } from '$lib/local/contract';

/** What provenance reads of a manifest entry. */
type ProvenanceEntry = Pick<DatasetEntry, 'id' | 'title' | 'layer' | 'table' | 'attribution' | 'notes'> & {
	source: Pick<DatasetEntry['source'], 'publisher' | 'title' | 'release'>;
};

/** What provenance reads of the manifest: its entries and the label of the local extract in use. */
export interface ProvenanceManifest {
	datasets: readonly ProvenanceEntry[];
	local: Pick<LocalExtractInfo, 'label'>;
}

/** Only what provenance reads of a manifest (what the root layout puts in every page's data). */
export function provenanceManifest(manifest: Pick<Manifest, 'datasets' | 'local'>): ProvenanceManifest {
	return {
		datasets: manifest.datasets.map(({ id, title, layer, table, attribution, notes, source: { publisher, title: sourceTitle, release } }) => ({
			id,
			title,
			layer,
			table,
			attribution,
			notes,
			source: { publisher, title: sourceTitle, release }
		})),
		local: { label: manifest.local.label }
	};
}

export interface Provenance {
	source: string;
	notes: string[];
}

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** Groups values by a key, keeping first-seen order of keys and of values. */
function grouped<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return groups;
}

/**
 * Published data: each publisher once, each of its publications once with its releases, then each attribution once.
 * One dataset reads "Department for Education, Education, health and care plans (SEN2) (Reporting year 2025, …). Contains …".
 */
function publishedLine(entries: readonly ProvenanceEntry[]): string {
	const byPublisher = [...grouped(entries, (e) => e.source.publisher)].map(([publisher, ofPublisher]) => {
		const publications = [...grouped(ofPublisher, (e) => e.source.title)].map(
			([title, ofTitle]) => `${title} (${distinct(ofTitle.map((e) => e.source.release)).join('; ')})`
		);
		return `${publisher}, ${publications.join('; ')}.`;
	});
	return [...byPublisher, ...distinct(entries.map((e) => e.attribution))].join(' ');
}

/**
 * Record-level data: always under the label of the extract in use ("Northmoor (synthetic)", or "Your extract" for a
 * user's own files, which are never called synthetic), with the contract tables it draws and their releases (the
 * synthetic extract's seed, or the user's file names).
 */
function localLine(entries: readonly ProvenanceEntry[], label: string): string {
	const table = (e: ProvenanceEntry) => getLocalTable(e.table.replace(/^local_/, ''))?.title ?? e.title;
	const releases = distinct(entries.map((e) => e.source.release));
	const parts = releases.length === 1 ? [...distinct(entries.map(table)), releases[0]] : distinct(entries.map((e) => `${table(e)}, ${e.source.release}`));
	const attributions = distinct(entries.map((e) => e.attribution)).filter((a) => a !== label);
	return [`${label}: local record-level extract (${parts.join('; ')}).`, ...attributions.map((a) => (/[.!?]$/.test(a) ? a : `${a}.`))].join(' ');
}

/**
 * The source line and notes of a chart drawn from `datasets` (manifest ids): its own notes first, then each note of
 * its datasets once (unless `datasetNotes` is false).
 */
export function provenance(
	datasets: readonly string[],
	manifest: ProvenanceManifest,
	chartNotes: readonly string[] = [],
	{ datasetNotes = true } = {}
): Provenance {
	const entries = distinct(datasets).map((id) => ({ id, entry: manifest.datasets.find((d) => d.id === id) }));
	const found = entries.flatMap(({ entry }) => (entry ? [entry] : []));
	const local = found.filter((e) => e.layer === 'local');
	const published = found.filter((e) => e.layer === 'published');
	const missing = entries.filter(({ entry }) => !entry).map(({ id }) => id);
	const source = [
		...(local.length ? [localLine(local, manifest.local.label)] : []),
		...(published.length ? [publishedLine(published)] : []),
		...(missing.length || datasets.length === 0 ? [`Source not recorded${missing.length ? ` (${missing.join(', ')})` : ''}.`] : [])
	].join(' ');
	return { source, notes: distinct([...chartNotes, ...(datasetNotes ? found.flatMap((e) => e.notes) : [])]) };
}
