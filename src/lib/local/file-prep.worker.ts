/// <reference lib="webworker" />
/**
 * Web Worker that prepares an uploaded file for DuckDB without blocking the page: sniffs it, checks the whole
 * file is valid UTF-8 (reporting progress), and re-encodes Windows-1252 / UTF-16 files to UTF-8 so accented
 * names are not garbled; Parquet is decoded to CSV here (see ./parquet-to-csv). Valid UTF-8 is passed on as the original File (or a slice without its BOM): no copy.
 * The page cancels by terminating the worker.
 */
import { parquetToCsv } from './parquet-to-csv';
import { sniff, type Delimiter, type TextEncoding } from './sniff';

export type PrepRequest = { file: File };
export type PrepMessage =
	| { type: 'progress'; done: number; total: number; stage: 'checking' | 'converting' | 'parquet' }
	| { type: 'ready'; format: 'csv' | 'parquet'; blob: Blob; encoding: TextEncoding; delimiter: Delimiter; columns: string[] }
	| { type: 'refused'; reason: string }
	| { type: 'failed'; reason: string };

const CHUNK = 8 * 1024 * 1024;
const post = (m: PrepMessage) => (self as DedicatedWorkerGlobalScope).postMessage(m);

async function* chunks(blob: Blob): AsyncGenerator<[Uint8Array, number]> {
	for (let at = 0; at < blob.size; at += CHUNK) {
		const end = Math.min(blob.size, at + CHUNK);
		yield [new Uint8Array(await blob.slice(at, end).arrayBuffer()), end];
	}
}

async function validUtf8(blob: Blob): Promise<boolean> {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		for await (const [bytes, end] of chunks(blob)) {
			decoder.decode(bytes, { stream: true });
			post({ type: 'progress', done: end, total: blob.size, stage: 'checking' });
		}
		decoder.decode();
		return true;
	} catch {
		return false;
	}
}

async function toUtf8(blob: Blob, encoding: TextEncoding): Promise<Blob> {
	const decoder = new TextDecoder(encoding);
	const encoder = new TextEncoder();
	const parts: Uint8Array<ArrayBuffer>[] = [];
	for await (const [bytes, end] of chunks(blob)) {
		parts.push(encoder.encode(decoder.decode(bytes, { stream: true })));
		post({ type: 'progress', done: end, total: blob.size, stage: 'converting' });
	}
	parts.push(encoder.encode(decoder.decode()));
	return new Blob(parts, { type: 'text/csv' });
}

self.onmessage = async (event: MessageEvent<PrepRequest>) => {
	const { file } = event.data;
	try {
		const head = new Uint8Array(await file.slice(0, 65536).arrayBuffer());
		const s = sniff(head, file.size);
		if (s.kind === 'empty' || s.kind === 'binary') return post({ type: 'refused', reason: s.reason });
		if (s.kind === 'parquet') {
			const { blob, columns, rows } = await parquetToCsv(file, (done, total) => post({ type: 'progress', done, total, stage: 'parquet' }));
			if (rows === 0) return post({ type: 'refused', reason: `The Parquet file has ${columns.length} columns but no rows of data.` });
			return post({ type: 'ready', format: 'parquet', blob, encoding: 'utf-8', delimiter: ',', columns });
		}
		const body = file.slice(s.bomBytes);
		let encoding = s.encoding;
		if (encoding === 'utf-8' && !(await validUtf8(body))) encoding = 'windows-1252';
		const blob = encoding === 'utf-8' ? body : await toUtf8(body, encoding);
		post({ type: 'ready', format: 'csv', blob, encoding, delimiter: s.delimiter, columns: s.columns });
	} catch (error) {
		const tooBig = error instanceof RangeError || (error instanceof DOMException && error.name === 'NotReadableError');
		post({
			type: 'failed',
			reason: tooBig
				? `The browser ran out of memory reading this file (${(file.size / 1e6).toFixed(0)} MB). Split it into smaller files, or save it as UTF-8 so it need not be converted.`
				: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`
		});
	}
};
