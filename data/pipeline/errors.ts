/** An input file is wrong. The message names the file, and where known the row and column, the value and what was expected. */
export class InputError extends Error {
	constructor(
		readonly file: string,
		readonly problem: string,
		readonly where: { row?: number; column?: string; value?: string | null; expected?: string } = {}
	) {
		const parts = [file];
		// Rows are counted from the first data row (row 1), so "row 5" is line 6 of a CSV with a header line.
		if (where.row !== undefined) parts.push(`row ${where.row} (line ${where.row + 1})`);
		if (where.column !== undefined) parts.push(`column "${where.column}"`);
		let message = `${parts.join(', ')}: ${problem}`;
		if (where.value !== undefined) message += `; found ${where.value === null ? 'an empty cell' : JSON.stringify(where.value)}`;
		if (where.expected !== undefined) message += `; expected ${where.expected}`;
		super(message);
		this.name = 'InputError';
	}
}
