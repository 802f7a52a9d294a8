/**
 * Parquet → CSV text, in the file-preparation worker, so a Parquet extract goes through exactly the same reading
 * and checks as a CSV one. duckdb-wasm 1.32 does not bundle its parquet extension (and must not fetch it), so the
 * file is decoded with hyparquet (+ hyparquet-compressors for gzip/zstd/brotli/lz4), a slice of rows at a time.
 */
import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

const ROWS_PER_SLICE = 100_000;
const MS_PER_DAY = 86_400_000;

function csvText(value: unknown): string {
	if (value === null || value === undefined) return '';
	let text: string;
	if (value instanceof Date) {
		// A DATE column decodes to UTC midnight: write it as a calendar date, as the contract asks.
		text = value.getTime() % MS_PER_DAY === 0 ? value.toISOString().slice(0, 10) : value.toISOString();
	} else if (typeof value === 'object') text = JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
	else text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function blobBuffer(file: Blob): AsyncBuffer {
	return { byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() };
}

export async function parquetToCsv(
	file: Blob,
	onProgress: (done: number, total: number) => void = () => undefined
): Promise<{ blob: Blob; columns: string[]; rows: number }> {
	const buffer = blobBuffer(file);
	const metadata = await parquetMetadataAsync(buffer);
	const columns = parquetSchema(metadata).children.map((c) => c.element.name);
	const total = Number(metadata.num_rows);
	const encoder = new TextEncoder();
	const parts: Uint8Array<ArrayBuffer>[] = [encoder.encode(columns.map(csvText).join(',') + '\n')];
	for (let start = 0; start < total; start += ROWS_PER_SLICE) {
		const rowEnd = Math.min(total, start + ROWS_PER_SLICE);
		const rows = await new Promise<unknown[][]>((resolve, reject) => {
			parquetRead({ file: buffer, metadata, compressors, rowStart: start, rowEnd, rowFormat: 'array', onComplete: resolve }).catch(reject);
		});
		parts.push(encoder.encode(rows.map((r) => r.map(csvText).join(',')).join('\n') + '\n'));
		onProgress(rowEnd, total);
	}
	return { blob: new Blob(parts, { type: 'text/csv' }), columns, rows: total };
}
