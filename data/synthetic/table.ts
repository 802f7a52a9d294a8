/**
 * In-memory table shape of the synthetic extract, built to the contract in src/lib/local/contract.ts.
 * Date columns hold epoch days (integers, days since 1970-01-01) in memory; the writer converts them.
 */
import type { ColumnSpec } from '../lib/arrow-file';
import { getLocalTable, localTableName, type LocalTableName } from '../../src/lib/local/contract';

export type CellValue = string | number | boolean | null;
export type SyntheticColumn = CellValue[];

export interface SyntheticTable {
	/** Contract table name, e.g. "ehc_plans". */
	name: LocalTableName;
	/** DuckDB table, e.g. "local_ehc_plans". */
	table: string;
	title: string;
	specs: ColumnSpec[];
	/** One array per spec, same order; dates as epoch days. */
	columns: SyntheticColumn[];
	rows: number;
	/** Periods covered (academic years, census dates or calendar years), sorted. */
	periods: string[];
}

/** Preallocated columns for a table, keyed by column name. */
export type ColumnBuffers = Record<string, SyntheticColumn>;

/** Allocates `rows`-long arrays (filled with null) for every column of a contract table. */
export function allocate(name: LocalTableName, rows: number): ColumnBuffers {
	const def = getLocalTable(name);
	if (!def) throw new Error(`No contract table ${name}`);
	const out: ColumnBuffers = {};
	for (const c of def.columns) out[c.name] = new Array<CellValue>(rows).fill(null);
	return out;
}

/** Orders buffers by the contract and checks every column is there with `rows` values. */
export function finishTable(name: LocalTableName, buffers: ColumnBuffers, rows: number, periods: string[]): SyntheticTable {
	const def = getLocalTable(name);
	if (!def) throw new Error(`No contract table ${name}`);
	const extra = Object.keys(buffers).filter((k) => !def.columns.some((c) => c.name === k));
	if (extra.length) throw new Error(`${name}: columns not in the contract: ${extra.join(', ')}`);
	const columns = def.columns.map((c) => {
		let col = buffers[c.name];
		if (!col) throw new Error(`${name}: missing column ${c.name}`);
		if (col.length < rows) throw new Error(`${name}.${c.name}: ${col.length} values, expected ${rows}`);
		if (col.length > rows) col = col.slice(0, rows);
		return col;
	});
	return {
		name,
		table: localTableName(name),
		title: def.title,
		specs: def.columns.map((c) => ({ name: c.name, type: c.type })),
		columns,
		rows,
		periods: [...periods].sort()
	};
}

/** A column of a table by name. */
export function columnOf(table: SyntheticTable, name: string): SyntheticColumn {
	const i = table.specs.findIndex((s) => s.name === name);
	const col = table.columns[i];
	if (i < 0 || !col) throw new Error(`${table.name} has no column ${name}`);
	return col;
}

/** Pseudonymous id: prefix plus a zero-padded sequence number (at least 6 digits). */
export function pseudoId(prefix: string, n: number): string {
	return `${prefix}-${String(n).padStart(6, '0')}`;
}
