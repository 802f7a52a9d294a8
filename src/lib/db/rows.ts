/**
 * Converts an Apache Arrow table (what duckdb-wasm returns) into plain JS row objects that follow the
 * `QueryRunner` contract (see `./runner.ts`): numbers not BigInt, DATE as `YYYY-MM-DD`, TIMESTAMP as ISO, null as null.
 * Pure (no duckdb import), so it is unit-tested in Node.
 */
import { DataType, type Table, type Vector } from 'apache-arrow';

const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` for a calendar date given as epoch milliseconds (UTC midnight) or a Date. */
export function isoDate(value: number | Date): string {
	const ms = value instanceof Date ? value.getTime() : value;
	return new Date(Math.floor(ms / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

type Converter = (value: unknown) => unknown;

/** Plain value for anything not handled by a column-specific converter (nested lists/structs, bigint, etc.). */
function plainValue(value: unknown): unknown {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return value.toISOString();
	if (typeof value !== 'object') return value;
	if (ArrayBuffer.isView(value)) {
		// Typed arrays: BigInt64Array etc. become number[]; Uint8Array (BLOB) stays as it is.
		if (value instanceof BigInt64Array || value instanceof BigUint64Array) return Array.from(value, Number);
		return value;
	}
	const v = value as { toJSON?: () => unknown; toArray?: () => unknown };
	// Arrow Vectors (LIST) and StructRows (STRUCT) both have toJSON().
	if (typeof v.toJSON === 'function') return plainValue(v.toJSON());
	if (Array.isArray(value)) return value.map(plainValue);
	const out: Record<string, unknown> = {};
	for (const [k, x] of Object.entries(value)) out[k] = plainValue(x);
	return out;
}

function converterFor(type: DataType): Converter {
	if (DataType.isDate(type)) {
		return (v) => (v === null || v === undefined ? null : isoDate(v as number | Date));
	}
	if (DataType.isTimestamp(type)) {
		return (v) => {
			if (v === null || v === undefined) return null;
			const ms = typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.getTime() : (v as number);
			return new Date(ms).toISOString();
		};
	}
	if (DataType.isInt(type) || DataType.isFloat(type)) {
		return (v) => (v === null || v === undefined ? null : typeof v === 'bigint' ? Number(v) : v);
	}
	if (DataType.isDecimal(type)) {
		// Only reached if castDecimalToDouble is off: Arrow gives the unscaled integer; apply the scale.
		const scale = type.scale;
		return (v) => {
			if (v === null || v === undefined) return null;
			if (typeof v === 'number') return v;
			const unscaled = Number(String(v));
			return unscaled / 10 ** scale;
		};
	}
	return plainValue;
}

/** Plain JS row objects from an Arrow table. */
export function arrowToRows<T = Record<string, unknown>>(table: Table): T[] {
	const fields = table.schema.fields;
	const columns: { name: string; vector: Vector | null; convert: Converter }[] = fields.map((field, i) => ({
		name: field.name,
		vector: table.getChildAt(i),
		convert: converterFor(field.type)
	}));
	const rows: T[] = new Array(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: Record<string, unknown> = {};
		for (const c of columns) row[c.name] = c.vector ? c.convert(c.vector.get(r)) : null;
		rows[r] = row as T;
	}
	return rows;
}
