/** DuckDB's CSV read errors, said so a spreadsheet user can act on them. Pure. */

export function csvErrorMessage(message: string): string {
	if (/out of memory|could not allocate|memory limit/i.test(message))
		return 'The file is too large for the memory this browser allows. Split it into smaller files (for example by year) and load them one at a time.';
	const line = /line[: ]+(\d+)/i.exec(message)?.[1];
	const where = line ? ` (around line ${line})` : '';
	if (/expected \d+ values? per row|too many columns|column count|Expected Number of Columns/i.test(message))
		return `A row has a different number of values from the heading row${where}. Check for a stray delimiter or an unclosed quote ("), then save the file again.`;
	if (/unterminated quote|quote/i.test(message)) return `A quoted value is not closed${where}: every " that opens a value must be closed.`;
	return `The file could not be read as CSV${where}: ${message.split('\n')[0]}`;
}
