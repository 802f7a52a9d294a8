import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseHeader, sniff } from './sniff';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('sniff', () => {
	it('recognises empty, blank, binary, xlsx and Parquet files', () => {
		expect(sniff(new Uint8Array(), 0)).toMatchObject({ kind: 'empty', reason: 'The file is empty (0 bytes).' });
		expect(sniff(bytes('\n \r\n'), 4)).toMatchObject({ kind: 'empty' });
		expect(sniff(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 10)).toMatchObject({ kind: 'binary' });
		expect(sniff(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 6)).toMatchObject({ kind: 'binary', reason: expect.stringContaining('Excel') });
		expect(sniff(bytes('PAR1xxxx'), 8)).toEqual({ kind: 'parquet' });
	});
	it('detects encodings: UTF-8, UTF-8 with BOM, Windows-1252, UTF-16', () => {
		expect(sniff(bytes('a,b\nCafé,1\n'), 12)).toMatchObject({ kind: 'text', encoding: 'utf-8', bomBytes: 0 });
		expect(sniff(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('a;b\n')]), 7)).toMatchObject({ encoding: 'utf-8', bomBytes: 3, delimiter: ';' });
		// "Caf\xe9" is é in Windows-1252 and invalid UTF-8.
		expect(sniff(new Uint8Array([...bytes('a,b\nCaf'), 0xe9, ...bytes(',1\n')]), 13)).toMatchObject({ encoding: 'windows-1252' });
		expect(sniff(new Uint8Array([0xff, 0xfe, 0x61, 0, 0x09, 0, 0x62, 0]), 8)).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
	});
	it('does not call a UTF-8 character cut off at the end of the sample Windows-1252', () => {
		const e = bytes('a,b\né');
		expect(sniff(e.subarray(0, e.length - 1), 100)).toMatchObject({ encoding: 'utf-8' });
	});
	it('picks the delimiter from the heading line, ignoring quoted text', () => {
		expect(detectDelimiter('a;b;c')).toBe(';');
		expect(detectDelimiter('a\tb\tc')).toBe('\t');
		expect(detectDelimiter('"x;y;z",b')).toBe(',');
		expect(detectDelimiter('only_one')).toBe(',');
	});
	it('parses the heading: quotes, blanks and repeats', () => {
		expect(parseHeader('"Referral, ID";sex;;sex', ';')).toEqual(['Referral, ID', 'sex', 'column_3', 'sex_2']);
		expect(sniff(new TextEncoder().encode('a,"b ""x""",c\n1,2,3'), 16)).toMatchObject({ columns: ['a', 'b "x"', 'c'] });
	});
});
