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
const EXAMPLE_ROWS = 25;

function csvCell(value: CellValue, type: string): string {
	if (value === null) return '';
	// The one CSV cell writer of the site (quoting, formula neutralising).
	return writeCell(type === 'date' ? new Date(Number(value) * MS_PER_DAY).toISOString().slice(0, 10) : value);
}

/** The CSV lines (heading first, no line ends) of the given rows of a table (all of them by default), columns in contract order. */
export function* csvLines(table: SyntheticTable, rows: Iterable<number> = Array.from({ length: table.rows }, (_, r) => r)): Generator<string> {
	yield table.specs.map((s) => s.name).join(',');
	for (const r of rows) yield table.specs.map((s, c) => csvCell(table.columns[c]![r]!, s.type)).join(',');
}

/**
 * Cases each example file must show, as (column, test) pairs: open referrals and referrals not yet seen, plans with
 * no placement recorded and ceased plans, permanent exclusions. Geography spans follow from the rows chosen.
 */
const EXAMPLE_CASES: Partial<Record<string, [column: string, test: (v: CellValue) => boolean][]>> = {
	asd_referrals: [
		['outcome_date', (v) => v === null],
		['first_contact_date', (v) => v === null]
	],
	ehc_plans: [
		['setting_code', (v) => v === null],
		['ceased_date', (v) => v !== null]
	],
	exclusions: [['exclusion_type', (v) => v === 'PERMANENT']]
};
const PER_CASE = 3;

/** The rows of an example: the first `rows`, plus the first few rows of each case the first rows lack. */
function exampleRows(table: SyntheticTable, rows = EXAMPLE_ROWS): number[] {
	const chosen = new Set(Array.from({ length: Math.min(rows, table.rows) }, (_, r) => r));
	for (const [column, test] of EXAMPLE_CASES[table.name] ?? []) {
		const values = table.columns[table.specs.findIndex((s) => s.name === column)]!;
		const have = [...chosen].filter((r) => test(values[r]!)).length;
		for (let r = 0, added = 0; r < table.rows && have + added < PER_CASE; r++) {
			if (!chosen.has(r) && test(values[r]!)) {
				chosen.add(r);
				added++;
			}
		}
	}
	return [...chosen].sort((a, b) => a - b);
}

/** CSV text of a table's example rows (see exampleRows), columns in contract order. */
export function exampleCsv(table: SyntheticTable, rows = EXAMPLE_ROWS): string {
	return [...csvLines(table, exampleRows(table, rows))].join('\n') + '\n';
}

export function writeContractTemplates(dir: string, tables: readonly SyntheticTable[]): void {
	mkdirSync(dir, { recursive: true });
	for (const def of LOCAL_TABLES) {
		writeFileSync(join(dir, `${def.name}.csv`), def.columns.map((c) => c.name).join(',') + '\n');
		const table = tables.find((t) => t.name === def.name);
		if (table) writeFileSync(join(dir, `${def.name}-example.csv`), exampleCsv(table));
	}
}
