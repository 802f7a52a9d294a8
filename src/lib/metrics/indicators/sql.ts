/** SQL shapes the indicator registry shares: a published value, a published % with its counts, a ratio of counts. */

const LEVELS = `area_level IN ('la', 'national')`;
const total = (breakdown?: { topic: string; value: string }) =>
	breakdown ? `breakdown_topic = '${breakdown.topic}' AND breakdown = '${breakdown.value}'` : `breakdown_topic = 'Total' AND breakdown = 'Total'`;

/** A published value as it is, LA and England rows. */
export function publishedValueSql(table: string, measure: string, options: { fromYear?: number; breakdown?: { topic: string; value: string } } = {}): string {
	return `
		SELECT area_code, area_level, year, period, value, symbol, NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator, false AS computed
		FROM ${table}
		WHERE measure = '${measure}' AND ${total(options.breakdown)} AND ${LEVELS} AND year >= ${options.fromYear ?? 0}`;
}

/**
 * A published % with the counts it is made from (for its interval): the value is DfE's %, never recomputed.
 * `denominator` may be a sum of measures (e.g. decided within + after 6 weeks).
 */
export function publishedRateSql(table: string, pc: string, numerator: string, denominator: readonly string[], options: { fromYear?: number } = {}): string {
	const den = denominator.map((m) => `max(CASE WHEN measure = '${m}' THEN value END)`).join(' + ');
	return `
		SELECT area_code, area_level, year, any_value(period) AS period,
		       max(CASE WHEN measure = '${pc}' THEN value END) AS value,
		       max(CASE WHEN measure = '${pc}' THEN symbol END) AS symbol,
		       max(CASE WHEN measure = '${numerator}' THEN value END) AS numerator,
		       ${den} AS denominator, false AS computed
		FROM ${table}
		WHERE ${total()} AND measure IN ('${pc}', '${numerator}', ${denominator.map((m) => `'${m}'`).join(', ')}) AND ${LEVELS} AND year >= ${options.fromYear ?? 0}
		GROUP BY area_code, area_level, year`;
}

/**
 * A % computed from two published counts (numerator ÷ denominator × 100), as the section computes it; missing when
 * either count is (the first symbol found says why). `numerator` may be a sum of measures.
 */
export function countRatioSql(table: string, numerator: readonly string[], denominator: string, options: { fromYear?: number } = {}): string {
	const num = `(${numerator.map((m) => `max(CASE WHEN measure = '${m}' THEN value END)`).join(' + ')})`;
	const den = `max(CASE WHEN measure = '${denominator}' THEN value END)`;
	return `
		SELECT area_code, area_level, year, any_value(period) AS period,
		       CASE WHEN ${den} > 0 THEN ${num} / ${den} * 100 END AS value,
		       CASE WHEN ${num} IS NULL OR ${den} IS NULL THEN coalesce(min(symbol), 'x') WHEN ${den} = 0 THEN 'z' END AS symbol,
		       ${num} AS numerator, ${den} AS denominator, false AS computed
		FROM ${table}
		WHERE ${total()} AND measure IN (${[...numerator, denominator].map((m) => `'${m}'`).join(', ')}) AND ${LEVELS} AND year >= ${options.fromYear ?? 0}
		GROUP BY area_code, area_level, year`;
}
