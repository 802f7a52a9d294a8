/**
 * The Your data page's queue of uploaded files: each goes through stage → check → commit (see ./loader), one at a
 * time, and ends loaded, waiting for the user (column mapping, or errors to exclude), or refused with a reason.
 * A file that fails never touches the tables loaded before it.
 */
import { getLocalTable, type LocalTable } from './contract';
import { activeExtract } from './active-extract.svelte';
import { checkStaged, commitStaged, discardStaged, LoadCancelled, LoadRefused, stageFile, type CheckOutcome, type Progress, type StagedFile } from './loader';
import { keepFile, type KeptFile } from './kept-files';
import { guessTable, type ColumnMapping } from './mapping';

type EntryStatus = 'queued' | 'reading' | 'refused' | 'identifiers' | 'choose-table' | 'mapping' | 'errors' | 'loaded' | 'cancelled';

export interface UploadEntry {
	id: number;
	fileName: string;
	bytes: number;
	status: EntryStatus;
	message?: string;
	staged?: StagedFile;
	table?: LocalTable;
	outcome?: CheckOutcome;
	loadedRows?: number;
	excluded?: number;
	/** Set when reloading a kept file: its mapping, and whether failing rows were left out before. */
	kept?: Pick<KeptFile, 'mapping' | 'excludeFailing'>;
	/** Whether keeping it in this browser failed (shown; the load itself still counts). */
	keepError?: string;
}

const MAPPING_KEY = 'send-dashboard:column-mapping:';

/** The column mapping saved for a table (reused for every later file of that table). */
function savedMapping(table: string): ColumnMapping {
	try {
		return JSON.parse(localStorage.getItem(MAPPING_KEY + table) ?? '{}') as ColumnMapping;
	} catch {
		return {};
	}
}

function saveMapping(table: string, mapping: ColumnMapping): void {
	try {
		localStorage.setItem(MAPPING_KEY + table, JSON.stringify(mapping));
	} catch {
		// Storage full or disabled: the mapping just is not remembered.
	}
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

class Uploads {
	entries = $state<UploadEntry[]>([]);
	progress = $state<(Progress & { fileName: string }) | null>(null);
	/** "Keep in this browser": store each loaded file in IndexedDB. */
	keep = $state(false);
	#queue: { entry: UploadEntry; file: File }[] = [];
	#files = new Map<number, File>();
	#running = false;
	#controller: AbortController | null = null;
	#next = 0;

	add(files: Iterable<File>, kept?: KeptFile[]): void {
		for (const file of files) {
			const k = kept?.find((f) => f.file === file);
			const entry: UploadEntry = {
				id: ++this.#next,
				fileName: file.name,
				bytes: file.size,
				status: 'queued',
				kept: k && { mapping: k.mapping, excludeFailing: k.excludeFailing }
			};
			this.#files.set(entry.id, file);
			this.entries = [...this.entries, entry];
			this.#queue.push({ entry: this.entries.at(-1)!, file });
		}
		void this.#drain();
	}

	cancel(): void {
		this.#controller?.abort();
	}

	/** The signal of the step in progress (a user action after the queue step gets one of its own). */
	#signal(): AbortSignal {
		this.#controller ??= new AbortController();
		return this.#controller.signal;
	}

	async #drain(): Promise<void> {
		if (this.#running) return;
		this.#running = true;
		try {
			for (let item = this.#queue.shift(); item; item = this.#queue.shift()) await this.#process(item.entry, item.file);
		} finally {
			this.#running = false;
			this.progress = null;
		}
	}

	async #process(entry: UploadEntry, file: File): Promise<void> {
		this.#controller = new AbortController();
		entry.status = 'reading';
		try {
			const staged = await stageFile(file, this.#controller.signal, (p) => (this.progress = { ...p, fileName: file.name }));
			entry.staged = staged;
			if (staged.identifiers.length) {
				entry.status = 'identifiers';
				return;
			}
			entry.table = guessTable(file.name, staged.columns);
			if (!entry.table) {
				entry.status = 'choose-table';
				return;
			}
			await this.#check(entry, entry.kept?.mapping ?? savedMapping(entry.table.name));
		} catch (error) {
			if (entry.staged) await discardStaged(entry.staged).catch(() => undefined);
			entry.status = error instanceof LoadCancelled ? 'cancelled' : 'refused';
			entry.message = message(error);
			if (!(error instanceof LoadCancelled) && !(error instanceof LoadRefused)) entry.message = `Could not load this file: ${entry.message}`;
		} finally {
			this.#controller = null;
			this.progress = null;
		}
	}

	async #check(entry: UploadEntry, mapping: ColumnMapping): Promise<void> {
		const table = entry.table!;
		this.progress = { stage: 'Checking every row against the contract…', fraction: null, fileName: entry.fileName };
		try {
			entry.outcome = await checkStaged(entry.staged!, table, $state.snapshot(mapping), this.#signal());
		} finally {
			this.progress = null;
		}
		if (!entry.outcome.result) entry.status = 'mapping';
		else if (entry.outcome.result.issues.length && !entry.kept?.excludeFailing) entry.status = 'errors';
		else await this.#commit(entry, entry.outcome.result.issues.length > 0);
	}

	async #commit(entry: UploadEntry, excludeFailing: boolean): Promise<void> {
		const table = entry.table!;
		const mapping = entry.outcome!.match.mapping;
		this.progress = { stage: 'Loading the checked rows…', fraction: null, fileName: entry.fileName };
		try {
			await activeExtract.useOwnExtract();
			const rows = await commitStaged(entry.staged!, table, mapping, excludeFailing, this.#signal());
			saveMapping(table.name, mapping);
			entry.loadedRows = rows;
			entry.excluded = excludeFailing ? entry.outcome!.result!.failingRows : 0;
			entry.status = 'loaded';
			const file = this.#files.get(entry.id);
			if (this.keep && file) {
				await keepFile({
					table: table.name,
					fileName: entry.fileName,
					file,
					mapping: $state.snapshot(mapping),
					excludeFailing,
					keptAt: new Date().toISOString()
				}).catch((e: unknown) => {
					entry.keepError = `Loaded, but could not keep it in this browser: ${message(e)}`;
				});
			}
			// Last: pages react to this (the Your data page re-reads the kept files too).
			await activeExtract.recordLoaded(table.name, { fileName: entry.fileName, rows, excluded: entry.excluded });
		} finally {
			this.progress = null;
		}
	}

	/** Runs a user action on an entry, showing any failure on that entry (never only in the console). */
	async #act(entry: UploadEntry, action: () => Promise<void>): Promise<void> {
		this.#controller = new AbortController();
		try {
			await action();
		} catch (error) {
			if (entry.staged) await discardStaged(entry.staged).catch(() => undefined);
			entry.status = error instanceof LoadCancelled ? 'cancelled' : 'refused';
			if (error instanceof LoadCancelled) {
				entry.message = message(error);
				return;
			}
			entry.message = `Could not load this file: ${message(error)}`;
		} finally {
			this.#controller = null;
		}
	}

	chooseTable(entry: UploadEntry, name: string): Promise<void> {
		return this.#act(entry, async () => {
			entry.table = getLocalTable(name);
			if (entry.table) await this.#check(entry, savedMapping(name));
		});
	}

	remap(entry: UploadEntry, mapping: ColumnMapping): Promise<void> {
		return this.#act(entry, () => this.#check(entry, mapping));
	}

	loadWithoutFailing(entry: UploadEntry): Promise<void> {
		return this.#act(entry, () => this.#commit(entry, true));
	}

	async discard(entry: UploadEntry): Promise<void> {
		if (entry.staged) await discardStaged(entry.staged).catch(() => undefined);
		this.entries = this.entries.filter((e) => e.id !== entry.id);
		this.#files.delete(entry.id);
	}
}

export const uploads = new Uploads();
