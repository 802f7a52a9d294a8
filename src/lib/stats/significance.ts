/**
 * The one significance rule, for the site (TypeScript) and the reports (DuckDB SQL macros): a value is
 * "significantly higher/lower" than a comparator only when its 95% interval excludes the comparator. A comparator
 * exactly on an end of the interval is not excluded. Compare unrounded values: rounding can move a comparator across
 * an end (West Berkshire's MLD share: interval 10.63–13.77% against England's 10.58%, both shown as 10.6).
 */
import { Z95 } from './z-scores';

export type Comparison = 'higher' | 'lower' | 'similar';

/** Where `reference` lies against an interval (same scale as the interval: 0–1 or %). */
export function compareInterval(interval: { lower: number; upper: number }, reference: number): Comparison {
	if (reference < interval.lower) return 'higher';
	if (reference > interval.upper) return 'lower';
	return 'similar';
}

/**
 * DuckDB macros for notebook SQL, the same maths as `wilson` and `compareInterval`:
 * `wilson_lower(k, n)` / `wilson_upper(k, n)` (0–1; NULL when n is not positive) and
 * `compare_with_reference(lower, upper, reference)` → 'higher' | 'lower' | 'similar' (NULL when any is NULL).
 */
export const SIGNIFICANCE_SQL_MACROS: readonly string[] = (() => {
	const z = Z95;
	const z2 = z * z;
	const p = '(k::DOUBLE / n)';
	const centre = `(${p} + ${z2} / (2 * n))`;
	const spread = `(${z} * sqrt(${p} * (1 - ${p}) / n + ${z2} / (4 * n * n)))`;
	const bound = (sign: '-' | '+') =>
		`CASE WHEN n > 0 AND k >= 0 AND k <= n THEN ${sign === '-' ? 'greatest(0' : 'least(1'}, (${centre} ${sign} ${spread}) / (1 + ${z2} / n)) END`;
	return [
		`CREATE OR REPLACE TEMP MACRO wilson_lower(k, n) AS ${bound('-')}`,
		`CREATE OR REPLACE TEMP MACRO wilson_upper(k, n) AS ${bound('+')}`,
		`CREATE OR REPLACE TEMP MACRO compare_with_reference(lower, upper, reference) AS
			CASE WHEN lower IS NULL OR upper IS NULL OR reference IS NULL THEN NULL
			     WHEN reference < lower THEN 'higher' WHEN reference > upper THEN 'lower' ELSE 'similar' END`
	];
})();
