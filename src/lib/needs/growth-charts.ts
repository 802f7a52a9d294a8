/**
 * Chart specs for growth in active EHC plans 2019–2025 by age group and by type of setting, for the LA against
 * England: counts (trend lines / tables) and growth indexed to the first year with a published figure.
 */
import { categoryDotChart, type CategoryPoint } from '$lib/charts/category-dot-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { trendChart } from '$lib/charts/trend-chart';
import type { DatasetEntry } from '$lib/data/manifest';
import { formatSignedPercent } from '$lib/format/values';
import type { Comparator } from '$lib/metrics/areas';
import { SETTING_GROUPS, type GroupPoint, type GrowthSeries } from '$lib/metrics/needs-published';
import { NEET_DEFINITION } from '$lib/metrics/neet-definition';
import { sourceText } from '$lib/overview/build-charts';

export const AGE_GROUPS = ['Under 5', '5 to 10', '11 to 15', '16 to 19', '20 to 25'];

export interface GrowthInput {
	comparators: Comparator[];
	growth: GrowthSeries;
	datasets: Record<string, DatasetEntry | undefined>;
}

interface IndexRow {
	group: string;
	area: string;
	first: number | null;
	firstYear: number | null;
	last: number | null;
	lastYear: number;
	index: number | null;
	symbol: string | null;
}

/** Index of the latest year against the first year with a published value (100 = no change). */
function indexRows(points: GroupPoint[], groups: string[], areas: Comparator[], lastYear: number): IndexRow[] {
	return groups.flatMap((group) =>
		areas.map((a) => {
			const own = points.filter((p) => p.area_code === a.area_code && p.group === group).sort((x, y) => x.year - y.year);
			const base = own.find((p) => p.value !== null && p.value > 0);
			const last = own.find((p) => p.year === lastYear);
			const index = base && last?.value != null && base.year < lastYear ? Math.round((last.value / base.value!) * 1000) / 10 : null;
			return { group, area: a.area_name, first: base?.value ?? null, firstYear: base?.year ?? null, last: last?.value ?? null, lastYear, index, symbol: last?.symbol ?? null };
		})
	);
}

function indexChart(input: GrowthInput, config: { id: string; points: GroupPoint[]; groups: { key: string; label: string }[]; what: string; groupNoun: (label: string) => string; datasetId: string; extraNotes: string[] }): ChartSpec {
	const la = input.comparators.find((c) => c.role === 'selected')!;
	const england = input.comparators.find((c) => c.role === 'england')!;
	const years = config.points.map((p) => p.year);
	const lastYear = Math.max(...years);
	const firstYear = Math.min(...years);
	const rows = indexRows(config.points, config.groups.map((g) => g.key), [la, england], lastYear);
	const labelOf = (key: string) => config.groups.find((g) => g.key === key)?.label ?? key;
	const points: CategoryPoint[] = rows.map((r) => ({ category: labelOf(r.group), series: r.area, value: r.index }));
	// "Grew fastest" compares only groups indexed to the same base year (the chart's first year): a group first
	// published later is drawn, but its growth since then is not comparable with the others' growth since firstYear.
	const laRows = rows.filter((r) => r.area === la.area_name && r.index !== null && r.firstYear === firstYear).sort((a, b) => (b.index ?? 0) - (a.index ?? 0));
	const fastest = laRows[0];
	const laterBase = rows.filter((r) => r.area === la.area_name && r.index !== null && r.firstYear !== firstYear);
	const engFor = (group: string) => rows.find((r) => r.area === england.area_name && r.group === group);
	const entry = input.datasets[config.datasetId];
	const change = (r: IndexRow | undefined) => (r?.index == null ? 'not available' : formatSignedPercent(r.index - 100));
	const title = fastest
		? `In ${la.area_name}, ${config.groupNoun(labelOf(fastest.group))} grew fastest of any group (${change(fastest)} since ${fastest.firstYear}; England ${change(engFor(fastest.group))})`
		: `Growth in plans ${config.what} is not published for ${la.area_name}`;
	return {
		id: config.id,
		title,
		subtitle: `Active EHC plans ${config.what}, January ${lastYear} as an index of the first January from ${firstYear} with a published figure (= 100), ${la.area_name} against England`,
		alt: `Dot chart of growth in active EHC plans ${config.what}. ${rows
			.filter((r) => r.area === la.area_name)
			.map((r) => `${labelOf(r.group)}: ${la.area_name} ${change(r)}, England ${change(engFor(r.group))}`)
			.join('. ')}.`,
		source: sourceText(entry),
		period: `January ${firstYear} to January ${lastYear} (SEN2 census)`,
		notes: [
			...(laterBase.length
				? [`Compared for “grew fastest” only with a base year of ${firstYear}; not compared (indexed to a later first year): ${laterBase.map((r) => `${labelOf(r.group)} (from ${r.firstYear})`).join(', ')}.`]
				: []),
			...config.extraNotes,
			...(entry?.notes ?? [])
		],
		columns: [
			{ key: 'group', label: 'Group' },
			{ key: 'area', label: 'Area' },
			{ key: 'firstYear', label: 'Base January' },
			{ key: 'first', label: 'Plans in base year', unit: 'count' },
			{ key: 'last', label: `Plans, January ${lastYear}`, unit: 'count' },
			{ key: 'index', label: 'Index (base = 100)', unit: 'index' }
		],
		rows: rows.map((r) => ({ group: labelOf(r.group), area: r.area, firstYear: r.firstYear, first: r.first, last: r.last ?? r.symbol ?? 'not published', index: r.index })),
		render: (document) =>
			categoryDotChart(points, { xLabel: 'Index (base year = 100)', series: [la.area_name, england.area_name], categories: config.groups.map((g) => g.label), reference: 100, document, ariaDescription: title })
	};
}

export function ageCountsChart(input: GrowthInput): ChartSpec {
	const la = input.comparators.find((c) => c.role === 'selected')!;
	const points = input.growth.ageGroups.filter((p) => p.area_code === la.area_code);
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	const first = years[0]!;
	const last = years[years.length - 1]!;
	const at = (g: string, y: number) => points.find((p) => p.group === g && p.year === y);
	const entry = input.datasets.ehcp_age_groups;
	const biggest = [...AGE_GROUPS].sort((a, b) => (at(b, last)?.value ?? 0) - (at(a, last)?.value ?? 0))[0]!;
	const title = `The largest group of ${la.area_name}'s active EHC plans is held by ${biggest === 'Under 5' ? 'under-5s' : `${biggest.replace(' to ', '–')}-year-olds`}: ${(at(biggest, last)?.value ?? 0).toLocaleString('en-GB')} in January ${last}`;
	return {
		id: 'age-counts',
		title,
		subtitle: `Active EHC plans in ${la.area_name} by age group at each January census, ${first}–${last}`,
		alt: `Line chart, one line per age group. ${AGE_GROUPS.map((g) => `${g}: ${at(g, first)?.value?.toLocaleString('en-GB') ?? at(g, first)?.symbol ?? 'not published'} in ${first}, ${at(g, last)?.value?.toLocaleString('en-GB') ?? at(g, last)?.symbol ?? 'not published'} in ${last}`).join('. ')}.`,
		source: sourceText(entry),
		period: `January ${first} to January ${last} (SEN2 census)`,
		notes: entry?.notes ?? [],
		columns: [{ key: 'year', label: 'January' }, ...AGE_GROUPS.map((g) => ({ key: g, label: g, unit: 'count' as const }))],
		rows: years.map((y) => ({ year: y, ...Object.fromEntries(AGE_GROUPS.map((g) => [g, at(g, y)?.value ?? at(g, y)?.symbol ?? null])) })),
		render: (document) =>
			trendChart(
				AGE_GROUPS.map((g) => ({ key: g, label: g, points: years.map((y) => ({ year: y, value: at(g, y)?.value ?? null })) })),
				{ yLabel: 'Active EHC plans', document, ariaDescription: title }
			)
	};
}

export function ageIndexChart(input: GrowthInput): ChartSpec {
	return indexChart(input, {
		id: 'age-growth',
		points: input.growth.ageGroups,
		groups: AGE_GROUPS.map((g) => ({ key: g, label: g })),
		what: 'by age group',
		groupNoun: (g) => `plans for ${g === 'Under 5' ? 'under-5s' : `${g.replace(' to ', '–')}-year-olds`}`,
		datasetId: 'ehcp_age_groups',
		extraNotes: []
	});
}

export function settingIndexChart(input: GrowthInput): ChartSpec {
	return indexChart(input, {
		id: 'setting-growth',
		points: input.growth.settings,
		groups: SETTING_GROUPS.map((g) => ({ key: g.group, label: g.label })),
		what: 'by type of setting',
		groupNoun: (g) => `plans in ${g === 'NEET' ? 'the NEET group' : g}`,
		datasetId: 'ehcp_caseload',
		extraNotes: [
			'State special = LA-maintained plus academy and free special schools; independent special includes non-maintained special schools; FE / specialist post-16 = general FE and tertiary colleges, specialist post-16 institutions and other post-16 providers (DfE fe_total).',
			'"Placement not recorded" is published from January 2023 and "awaiting provision" only to January 2022 (x = not available in the other years), so their index starts or ends at those years; a group summed from several columns is a gap when any column is suppressed.',
			NEET_DEFINITION
		]
	});
}

export function growthCharts(input: GrowthInput): ChartSpec[] {
	return [ageCountsChart(input), ageIndexChart(input), settingIndexChart(input)];
}
