import { describe, expect, it } from 'vitest';
import { csvErrorMessage } from './csv-errors';

describe('csvErrorMessage', () => {
	it('says a file too large for memory should be split', () => {
		expect(csvErrorMessage('Out of Memory Error: could not allocate block of size 256.0 KiB (3.1 GiB/3.1 GiB used)')).toMatch(
			/^The file is too large for the memory this browser allows\. Split it/
		);
	});
	it('names the line of an unclosed quote', () => {
		expect(csvErrorMessage('Invalid Input Error: CSV Error on Line: 7\nValue with unterminated quote found.')).toBe(
			'A quoted value is not closed (around line 7): every " that opens a value must be closed.'
		);
	});
});
