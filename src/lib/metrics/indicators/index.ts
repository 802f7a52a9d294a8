/**
 * The area profile's queries over the indicator registry: for each indicator, every LA's value in its latest year
 * (for the range and quartile cut points) with England's series, and one LA's series.
 */
import type { QueryRunner } from '$lib/db/runner';
import { areaList } from '../sql';
import { INDICATORS } from './registry';
import type { Indicator, IndicatorRow } from './types';

export { INDICATORS, INDICATOR_DATASETS } from './registry';
export type { Indicator, IndicatorRow } from './types';
export interface IndicatorAcrossLas {
	id: string;
	/** Every year with a figure for at least one LA, oldest first. */
	years: number[];
	/** The latest year with an LA figure, and how its period reads ("2022/23", "2024"). */
	latestYear: number | null;
	latestPeriod: string | null;
	/** Every LA row in the latest year (values, and symbols where missing). */
	las: { area_code: string; value: number | null; symbol: string | null }[];
	/** England's rows, every year. */
	england: IndicatorRow[];
}

const ordered = (sql: string) => `${sql} ORDER BY area_code, year`;

/** Every LA's value in the indicator's latest year, and England every year. */
function acrossLasSql(indicator: Indicator): string {
	return ordered(`
		WITH rows AS (${indicator.sql}),
		latest AS (SELECT max(year) AS year FROM rows WHERE area_level = 'la' AND value IS NOT NULL)
		SELECT rows.* FROM rows, latest WHERE rows.area_level = 'national' OR rows.year = latest.year`);
}

function yearsSql(indicator: Indicator): string {
	return `SELECT DISTINCT year FROM (${indicator.sql}) WHERE area_level = 'la' AND value IS NOT NULL ORDER BY year`;
}

/** One area's rows, every year. */
function areaSeriesSql(indicator: Indicator, code: string): string {
	return ordered(`SELECT * FROM (${indicator.sql}) WHERE area_code IN (${areaList([code])})`);
}

async function indicatorAcrossLas(db: QueryRunner, indicator: Indicator): Promise<IndicatorAcrossLas> {
	const [rows, years] = await Promise.all([db.all<IndicatorRow>(acrossLasSql(indicator)), db.all<{ year: number }>(yearsSql(indicator))]);
	const la = rows.filter((r) => r.area_level === 'la');
	const latest = la.filter((r) => r.value !== null).sort((a, b) => b.year - a.year)[0];
	return {
		id: indicator.id,
		years: years.map((y) => y.year),
		latestYear: latest?.year ?? null,
		latestPeriod: latest?.period ?? null,
		las: la.map((r) => ({ area_code: r.area_code, value: r.value, symbol: r.symbol })),
		england: rows.filter((r) => r.area_level === 'national')
	};
}

export function allIndicatorsAcrossLas(db: QueryRunner, indicators: readonly Indicator[] = INDICATORS): Promise<IndicatorAcrossLas[]> {
	return Promise.all(indicators.map((i) => indicatorAcrossLas(db, i)));
}

/** One LA's series for every indicator, keyed by indicator id. */
export async function areaIndicatorSeries(
	db: QueryRunner,
	code: string,
	indicators: readonly Indicator[] = INDICATORS
): Promise<Record<string, IndicatorRow[]>> {
	const series = await Promise.all(indicators.map((i) => db.all<IndicatorRow>(areaSeriesSql(i, code))));
	return Object.fromEntries(indicators.map((i, k) => [i.id, series[k]!]));
}
