/**
 * Downloadable files for the data contract, written by `npm run data` into static/data/templates/: for each contract
 * table a template (the heading row only) and an example (the first rows of the synthetic extract), both CSV as a
 * user's file should be. The examples pass the browser's validator (src/lib/local/templates.test.ts checks it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvCell as writeCell } from '../../src/lib/format/csv';
import { LOCAL_TABLES } from '../../src/lib/local/contract';
import type { CellValue, SyntheticTable } from './table';

const MS_PER_DAY = 86_400_000;
export const EXAMPLE_ROWS = 25;

function csvCell(value: CellValue, type: string): string {
	if (value === null) return '';
	// The one CSV cell writer of the site (quoting, formula neutralising).
	return writeCell(type === 'date' ? new Date(Number(value) * MS_PER_DAY).toISOString().slice(0, 10) : value);
}

/** The CSV lines (heading first, no line ends) of a table's first `rows` rows, columns in contract order. */
export function* csvLines(table: SyntheticTable, rows = table.rows): Generator<string> {
	yield table.specs.map((s) => s.name).join(',');
	for (let r = 0; r < Math.min(rows, table.rows); r++) yield table.specs.map((s, c) => csvCell(table.columns[c]![r]!, s.type)).join(',');
}

/** CSV text of a table's first `rows` rows, columns in contract order. */
export function exampleCsv(table: SyntheticTable, rows = EXAMPLE_ROWS): string {
	return [...csvLines(table, rows)].join('\n') + '\n';
}

export function writeContractTemplates(dir: string, tables: readonly SyntheticTable[]): void {
	mkdirSync(dir, { recursive: true });
	for (const def of LOCAL_TABLES) {
		writeFileSync(join(dir, `${def.name}.csv`), def.columns.map((c) => c.name).join(',') + '\n');
		const table = tables.find((t) => t.name === def.name);
		if (table) writeFileSync(join(dir, `${def.name}-example.csv`), exampleCsv(table));
	}
}
