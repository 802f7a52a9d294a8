/**
 * (Apart from ./duckdb-wasm, which imports the wasm bundles, so the benchmark's lab page can use it too.)
 *
 * Settings applied right after open so DuckDB never reaches another origin. duckdb-wasm 1.32 bundles no parquet,
 * json or icu extension and would fetch them from extensions.duckdb.org. Turning autoinstall/autoload off is not
 * enough on its own: it still tries to fetch ICU (e.g. for `AT TIME ZONE` or `now()`) from the extension repository,
 * so both repositories point at a path on this site that does not exist: such a query then fails with
 * "Extension … is not available" instead of calling out (and instead of crashing the wasm module, which is what
 * happens when the request is blocked). We only ever load Arrow IPC, which needs no extension.
 */
export function offlineSettings(nowhereOnThisSite: string): string[] {
	const repo = nowhereOnThisSite.replaceAll("'", "''");
	return [
		'SET autoinstall_known_extensions = false',
		'SET autoload_known_extensions = false',
		'SET allow_community_extensions = false',
		`SET custom_extension_repository = '${repo}'`,
		`SET autoinstall_extension_repository = '${repo}'`
	];
}
