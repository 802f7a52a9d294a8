/** Turns a notebook chart block and its query rows into a chart spec, using the site's chart functions. */
import { comparisonChart, type ComparisonRow } from '$lib/charts/comparison-chart';
import type { ChartColumn, ChartSpec } from '$lib/charts/spec';
import { groupedBarChart } from '$lib/charts/grouped-bar-chart';
import { spineChart, type SpineRow } from '$lib/charts/spine-chart';
import { trendChart, type TrendSeries } from '$lib/charts/trend-chart';
import type { Unit } from '$lib/format/values';
import type { ChartBlock } from './parse';

type Row = Record<string, unknown>;

const str = (v: unknown, fallback = '') => (v === undefined || v === null ? fallback : String(v));

function tableColumns(block: ChartBlock, rows: Row[]): ChartColumn[] {
	const configured = block.config.table as { key: string; label: string; unit?: Unit }[] | undefined;
	if (configured) return configured;
	return Object.keys(rows[0] ?? {})
		.filter((k) => !k.endsWith('_symbol'))
		.map((key) => ({ key, label: key.replaceAll('_', ' '), unit: typeof rows[0]?.[key] === 'number' && key !== 'year' ? ('count' as Unit) : undefined }));
}

/** Table rows of exactly what is drawn: each value, or its published symbol where it is suppressed. */
function tableRows(columns: ChartColumn[], rows: Row[]) {
	return rows.map((r) => Object.fromEntries(columns.map((c) => [c.key, (r[c.key] ?? r[`${c.key}_symbol`] ?? null) as string | number | null])));
}

export interface ChartText {
	title: string;
	subtitle: string;
	alt: string;
	/** Manifest ids of the datasets the chart's query reads. */
	datasets: readonly string[];
	period: string;
	notes: string[];
}

export function notebookChart(id: string, block: ChartBlock, rows: Row[], text: ChartText): ChartSpec {
	const c = block.config;
	const columns = tableColumns(block, rows);
	let render: ChartSpec['render'];
	if (block.type === 'trend') {
		const x = str(c.x, 'year');
		const y = str(c.y, 'value');
		const seriesKey = str(c.series, 'area_name');
		const series = new Map<string, TrendSeries>();
		for (const r of rows) {
			const key = str(r[seriesKey]);
			if (!series.has(key)) series.set(key, { key, label: key, points: [] });
			series.get(key)!.points.push({ year: Number(r[x]), value: r[y] === null || r[y] === undefined ? null : Number(r[y]) });
		}
		render = (document) =>
			trendChart([...series.values()], {
				yLabel: str(c.y_label, y),
				percent: Boolean(c.percent),
				zero: c.zero !== false,
				document,
				ariaDescription: text.title
			});
	} else if (block.type === 'comparison') {
		const label = str(c.label, 'area_name');
		const value = str(c.value, 'value');
		const role = str(c.role, 'role');
		const data: ComparisonRow[] = rows.map((r) => ({
			label: str(r[label]),
			value: r[value] === null || r[value] === undefined ? null : Number(r[value]),
			role: str(r[role]) as ComparisonRow['role']
		}));
		render = (document) => comparisonChart(data, { xLabel: str(c.x_label, value), percent: Boolean(c.percent), document, ariaDescription: text.title });
	} else if (block.type === 'grouped') {
		const category = str(c.category, 'category');
		const group = str(c.group, 'area_name');
		const value = str(c.value, 'value');
		const data = rows.map((r) => ({
			category: str(r[category]),
			series: str(r[group]),
			value: r[value] === null || r[value] === undefined ? null : Number(r[value]),
			missing: (r[`${value}_symbol`] as string | null | undefined) ?? null
		}));
		render = (document) => groupedBarChart(data, { xLabel: str(c.x_label, value), percent: Boolean(c.percent), document, ariaDescription: text.title });
	} else if (block.type === 'spine') {
		// Rows of the prepared table area_profile: positions 0–1 with the better end at 1 (see $lib/sections/profile).
		const pos = (v: unknown) => (v === null || v === undefined ? null : Number(v));
		const data: SpineRow[] = rows.map((r) => ({
			label: str(r.label),
			area: pos(r.area_pos),
			england: pos(r.england_pos),
			q1: pos(r.q1_pos),
			median: pos(r.median_pos),
			q3: pos(r.q3_pos),
			band: str(r.band, '–'),
			missing: r.missing_text ? str(r.missing_text) : undefined
		}));
		render = (document) => spineChart(data, { areaLabel: str(c.area_label), document, ariaDescription: text.title });
	} else {
		throw new Error(`chart type "${block.type}" is not known (use trend, comparison, grouped or spine)`);
	}
	return { id, ...text, columns, rows: tableRows(columns, rows), render };
}
