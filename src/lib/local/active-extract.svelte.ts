/**
 * Which local extract the site is using: the shipped synthetic one, or the user's own files. Read by the site-wide
 * banner and by any page that labels local figures. Switching to the user's extract empties every local_* table
 * first (a table the user has not loaded must not silently stay synthetic), then each loaded file replaces its
 * table; going back reloads the shipped files.
 */
import { ensureDatasets, forgetDatasets, loadManifest, markDatasetsProvided } from '$lib/db';
import type { DatasetEntry, LocalExtractInfo } from '$lib/data/manifest';
import type { ProvenanceManifest } from '$lib/data/provenance';
import { localDatasets } from '$lib/metrics/local-extract';
import { NHS_AREA_NAME_DATASETS, nhsAreaNames } from '$lib/metrics/local-geography';
import { getLocalTable } from './contract';
import { setNhsAreaNames, useSyntheticNames } from './geography-names';
import { ownExtractEntry } from './own-extract-entries';
import { emptyTableSql } from './validation-sql';
import { loaderRunner } from './loader';

import type { LoadedFile as LoadedTable } from './own-extract-entries';

/** Label for figures from the user's extract (replaces manifest.local.label while it is in use). */
const YOUR_EXTRACT_LABEL = 'Your extract';

class ActiveExtract {
	mode = $state<'synthetic' | 'yours'>('synthetic');
	/** By contract table name: the user's files loaded so far. */
	tables = $state<Record<string, LoadedTable>>({});
	switching = $state(false);
	/** By dataset id: the entries describing the user's tables while their extract is in use (charts' sources read them). */
	#ownEntries = $state<Record<string, DatasetEntry>>({});
	#shipped: LocalExtractInfo | null = null;
	/** The shipped extract's manifest entries, restored on the way back (they say where its files are). */
	#shippedEntries = new Map<string, DatasetEntry>();

	/** Empties every local table and marks them as the user's, once, before the first file is committed. */
	async useOwnExtract(): Promise<void> {
		if (this.mode === 'yours') return;
		const manifest = await loadManifest();
		const datasets = localDatasets(manifest);
		// Let any load of the shipped files finish first, so it cannot land on top of the user's tables.
		await ensureDatasets(datasets.map((d) => d.id));
		const db = await loaderRunner();
		for (const d of datasets) {
			const table = getLocalTable(d.table.replace(/^local_/, ''));
			if (table) await db.all(emptyTableSql(d.table, table));
		}
		await markDatasetsProvided(datasets.map((d) => d.id));
		// Names for the user's CCG / sub-ICB codes (the synthetic county's names must never label them).
		await ensureDatasets([...NHS_AREA_NAME_DATASETS]);
		setNhsAreaNames(await nhsAreaNames(db));
		useSyntheticNames(false);
		this.#shipped = { ...manifest.local };
		// Every chart's source and notes come from these entries: describe the user's (empty so far) tables.
		for (const d of datasets) {
			this.#shippedEntries.set(d.id, { ...d });
			Object.assign(d, ownExtractEntry(d, undefined));
		}
		this.#ownEntries = Object.fromEntries(datasets.map((d) => [d.id, { ...d }]));
		// Every page labels local figures with manifest.local.label: point it at the user's extract.
		manifest.local.id = 'your-extract';
		manifest.local.label = YOUR_EXTRACT_LABEL;
		manifest.local.synthetic = false;
		this.mode = 'yours';
	}

	async recordLoaded(table: string, loaded: LoadedTable): Promise<void> {
		const manifest = await loadManifest();
		const entry = localDatasets(manifest).find((d) => d.table === `local_${table}`);
		const shipped = entry && this.#shippedEntries.get(entry.id);
		if (entry && shipped) {
			Object.assign(entry, ownExtractEntry(shipped, loaded));
			this.#ownEntries = { ...this.#ownEntries, [entry.id]: { ...entry } };
		}
		this.tables = { ...this.tables, [table]: loaded };
	}

	/** Drops the user's tables and reloads the shipped synthetic extract. */
	async backToSynthetic(): Promise<void> {
		if (this.mode === 'synthetic') return;
		this.switching = true;
		try {
			const manifest = await loadManifest();
			const local = localDatasets(manifest);
			for (const d of local) Object.assign(d, this.#shippedEntries.get(d.id) ?? {});
			useSyntheticNames(true);
			const ids = local.map((d) => d.id);
			forgetDatasets(ids);
			await ensureDatasets(ids);
			if (this.#shipped) Object.assign(manifest.local, this.#shipped);
			this.#ownEntries = {};
			this.tables = {};
			this.mode = 'synthetic';
		} finally {
			this.switching = false;
		}
	}

	/**
	 * The manifest a chart's source and notes are read from: the site's as built (`page.data.provenance`), with the
	 * user's extract in place of the shipped one while it is in use, so their figures are never labelled synthetic.
	 */
	provenance(built: ProvenanceManifest): ProvenanceManifest {
		if (this.mode !== 'yours') return built;
		const own = this.#ownEntries;
		return { datasets: built.datasets.map((d) => own[d.id] ?? d), local: { label: YOUR_EXTRACT_LABEL } };
	}
}

export const activeExtract = new ActiveExtract();
