/** SQL literal helpers for the pipeline (inputs are our own files, but names still get quoted properly). */
export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;
export const quoteString = (value: string): string => `'${value.replaceAll("'", "''")}'`;
export const sqlList = (values: readonly string[]): string => values.map(quoteString).join(', ');

/** NULL-safe "not this condition": rows for which `condition` is not true. */
export const notSql = (condition: string): string => `NOT coalesce((${condition}), false)`;
