/**
 * "Keep in this browser": the user's loaded files stored in IndexedDB on this computer (never sent anywhere), so
 * they can be loaded again after a reload, and cleared with one click. Files are stored as the File objects the
 * user chose; the column mapping is kept with them.
 */
import type { ColumnMapping } from './mapping';

export interface KeptFile {
	table: string;
	fileName: string;
	file: File;
	mapping: ColumnMapping;
	/** The user chose to leave failing rows out when loading it. */
	excludeFailing: boolean;
	keptAt: string;
}

const DB_NAME = 'send-dashboard-your-data';
const STORE = 'files';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB_NAME, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'table' });
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
	});
}

async function tx<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const req = run(db.transaction(STORE, mode).objectStore(STORE));
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
		});
	} finally {
		db.close();
	}
}

/** Keeps a loaded file (one per table: a later file of the same table replaces it). */
export function keepFile(kept: KeptFile): Promise<unknown> {
	return tx('readwrite', (s) => s.put(kept));
}

export async function keptFiles(): Promise<KeptFile[]> {
	if (typeof indexedDB === 'undefined') return [];
	return tx('readonly', (s) => s.getAll() as IDBRequest<KeptFile[]>);
}

export function clearKeptFiles(): Promise<unknown> {
	return tx('readwrite', (s) => s.clear());
}
