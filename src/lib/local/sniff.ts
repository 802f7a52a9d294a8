/**
 * First look at an uploaded file's bytes, before anything is parsed: is it empty, binary (or a spreadsheet or
 * Parquet file with a .csv name), which text encoding, which delimiter. Pure, so it is unit-tested in Node; the
 * file-preparation worker calls it.
 */
export type SniffResult =
	| { kind: 'empty'; reason: string }
	| { kind: 'binary'; reason: string }
	| { kind: 'parquet' }
	| { kind: 'text'; encoding: TextEncoding; bomBytes: number; delimiter: Delimiter; columns: string[] };

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type Delimiter = ',' | ';' | '\t' | '|';

const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' };
export function delimiterName(d: Delimiter): string {
	return DELIMITER_NAMES[d];
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

/** Whether these bytes are valid UTF-8 (a multi-byte character cut off at the end of a prefix is allowed). */
function isUtf8(bytes: Uint8Array, isPrefix: boolean): boolean {
	try {
		const d = new TextDecoder('utf-8', { fatal: true });
		d.decode(bytes, { stream: isPrefix });
		return true;
	} catch {
		return false;
	}
}

/** The delimiter used most in the heading line, outside quotes (comma when there is none: a one-column file). */
export function detectDelimiter(headerLine: string): Delimiter {
	const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0, '|': 0 };
	let quoted = false;
	for (const ch of headerLine) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && ch in counts) counts[ch as Delimiter]++;
	}
	let best: Delimiter = ',';
	for (const d of [';', '\t', '|'] as Delimiter[]) if (counts[d] > counts[best]) best = d;
	return best;
}

/**
 * Column names from the heading line: quotes removed, blanks named column_N, repeats numbered, so DuckDB can be
 * told the columns exactly instead of guessing them from the data.
 */
export function parseHeader(line: string, delimiter: Delimiter): string[] {
	const names: string[] = [];
	let current = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i]!;
		if (ch === '"') {
			if (quoted && line[i + 1] === '"') {
				current += '"';
				i++;
			} else quoted = !quoted;
		} else if (ch === delimiter && !quoted) {
			names.push(current);
			current = '';
		} else current += ch;
	}
	names.push(current);
	const seen = new Map<string, number>();
	return names.map((raw, i) => {
		const name = raw.trim() || `column_${i + 1}`;
		const n = (seen.get(name) ?? 0) + 1;
		seen.set(name, n);
		return n === 1 ? name : `${name}_${n}`;
	});
}

/** Sniffs the first bytes of a file (`head`, up to 64 KB) of `size` bytes. */
export function sniff(head: Uint8Array, size: number): SniffResult {
	if (size === 0) return { kind: 'empty', reason: 'The file is empty (0 bytes).' };
	if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return { kind: 'parquet' };
	if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]))
		return {
			kind: 'binary',
			reason: 'This is an Excel workbook (.xlsx) or another zip file, not CSV. In Excel, use File › Save As › “CSV UTF-8 (comma delimited)” and load that.'
		};
	if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0]))
		return {
			kind: 'binary',
			reason: 'This is an old-style Excel workbook (.xls), not CSV. In Excel, use File › Save As › “CSV UTF-8 (comma delimited)” and load that.'
		};
	let encoding: TextEncoding;
	let bomBytes = 0;
	if (startsWith(head, [0xef, 0xbb, 0xbf])) [encoding, bomBytes] = ['utf-8', 3];
	else if (startsWith(head, [0xff, 0xfe])) [encoding, bomBytes] = ['utf-16le', 2];
	else if (startsWith(head, [0xfe, 0xff])) [encoding, bomBytes] = ['utf-16be', 2];
	else {
		// Text files have no NUL bytes and few control characters; anything else is binary whatever its name.
		let control = 0;
		for (const b of head) {
			if (b === 0)
				return { kind: 'binary', reason: 'This is not a text file (it contains binary data), so it cannot be read as CSV. Check you chose the right file.' };
			if (b < 9 || (b > 13 && b < 32)) control++;
		}
		if (control > head.length * 0.01)
			return { kind: 'binary', reason: 'This is not a text file (it contains binary data), so it cannot be read as CSV. Check you chose the right file.' };
		encoding = isUtf8(head, head.length < size) ? 'utf-8' : 'windows-1252';
	}
	const text = new TextDecoder(encoding).decode(head.subarray(bomBytes));
	if (text.trim() === '') return { kind: 'empty', reason: 'The file has no content (only blank lines or spaces).' };
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	const delimiter = detectDelimiter(firstLine);
	return { kind: 'text', encoding, bomBytes, delimiter, columns: parseHeader(firstLine, delimiter) };
}
