/**
 * Chart specs for growth in active EHC plans 2019–2025 by age group and by type of setting, for the LA against
 * England: counts (trend lines / tables) and growth indexed to the first year with a published figure.
 */
import { categoryDotChart, type CategoryPoint } from '$lib/charts/category-dot-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { trendChart } from '$lib/charts/trend-chart';
import { formatSignedPercent } from '$lib/format/values';
import type { Comparator } from '$lib/metrics/areas';
import { SETTING_GROUPS, type GroupPoint, type GrowthSeries } from '$lib/metrics/needs-published';
import { NEET_DEFINITION } from '$lib/metrics/neet-definition';
import { leaders, list, polarityNote, type Polarity } from '$lib/format/prose';
import { figureCell, figureLabel } from '$lib/format/figure';

/** Growth in plans for a group has no good direction in itself (need identified, or need rising). */
const GROWTH_POLARITY: Polarity = 'neutral';

const AGE_GROUPS = ['Under 5', '5 to 10', '11 to 15', '16 to 19', '20 to 25'];

export interface GrowthInput {
	comparators: Comparator[];
	growth: GrowthSeries;
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
			return {
				group,
				area: a.area_name,
				first: base?.value ?? null,
				firstYear: base?.year ?? null,
				last: last?.value ?? null,
				lastYear,
				index,
				symbol: last?.symbol ?? null
			};
		})
	);
}

function indexChart(
	input: GrowthInput,
	config: {
		id: string;
		points: GroupPoint[];
		groups: { key: string; label: string }[];
		what: string;
		groupNoun: (label: string) => string;
		datasetId: string;
		extraNotes: string[];
	}
): ChartSpec {
	const la = input.comparators.find((c) => c.role === 'selected')!;
	const england = input.comparators.find((c) => c.role === 'england')!;
	const years = config.points.map((p) => p.year);
	const lastYear = Math.max(...years);
	const firstYear = Math.min(...years);
	const rows = indexRows(
		config.points,
		config.groups.map((g) => g.key),
		[la, england],
		lastYear
	);
	const labelOf = (key: string) => config.groups.find((g) => g.key === key)?.label ?? key;
	const points: CategoryPoint[] = rows.map((r) => ({ category: labelOf(r.group), series: r.area, value: r.index }));
	const change = (r: IndexRow | undefined) => figureLabel({ value: r?.index }, (i) => formatSignedPercent(i - 100));
	const engFor = (group: string) => rows.find((r) => r.area === england.area_name && r.group === group);
	// Growth is compared only between groups measured from the same (the dataset's first) January: a group first
	// published later has grown over fewer years.
	const laRows = rows.filter((r) => r.area === la.area_name && r.index !== null);
	const comparable = laRows.filter((r) => r.firstYear === firstYear);
	const later = laRows.filter((r) => r.firstYear !== firstYear);
	const top = leaders(
		comparable.map((r) => ({ label: config.groupNoun(labelOf(r.group)), value: r.index })),
		'number',
		{ decimals: 1 }
	);
	const fastest = top ? comparable.find((r) => config.groupNoun(labelOf(r.group)) === top.labels[0]) : undefined;
	const laterNote = later.length ? ` (${list(later.map((r) => `${labelOf(r.group)} from ${r.firstYear}`))} not compared: first published later)` : '';
	const title =
		top && fastest
			? `In ${la.area_name}, ${list(top.labels)} ${fastest.index! > 100 ? 'grew fastest' : 'fell least'} of the groups since January ${firstYear}${top.tie ? ', equally' : ''} (${change(fastest)}; England ${change(engFor(fastest.group))}; ${polarityNote(GROWTH_POLARITY)})${laterNote}`
			: `Growth in plans ${config.what} since January ${firstYear} is not published for any group in ${la.area_name}${laterNote}`;
	return {
		id: config.id,
		title,
		subtitle: `Active EHC plans ${config.what}, January ${lastYear} as an index of the first January from ${firstYear} with a published figure (= 100), ${la.area_name} against England`,
		alt: `Dot chart of growth in active EHC plans ${config.what}. ${rows
			.filter((r) => r.area === la.area_name)
			.map((r) => `${labelOf(r.group)}: ${la.area_name} ${change(r)}, England ${change(engFor(r.group))}`)
			.join('. ')}.`,
		datasets: [config.datasetId],
		period: `January ${firstYear} to January ${lastYear} (SEN2 census)`,
		notes: [
			...(later.length
				? [
						`Compared for “grew fastest” only with a base year of ${firstYear}; not compared (indexed to a later first year): ${later.map((r) => `${labelOf(r.group)} (from ${r.firstYear})`).join(', ')}.`
					]
				: []),
			...config.extraNotes
		],
		columns: [
			{ key: 'group', label: 'Group' },
			{ key: 'area', label: 'Area' },
			{ key: 'firstYear', label: 'Base January' },
			{ key: 'first', label: 'Plans in base year', unit: 'count' },
			{ key: 'last', label: `Plans, January ${lastYear}`, unit: 'count' },
			{ key: 'index', label: 'Index (base = 100)', unit: 'index' }
		],
		rows: rows.map((r) => ({
			group: labelOf(r.group),
			area: r.area,
			firstYear: r.firstYear,
			first: r.first,
			last: figureCell({ value: r.last, symbol: r.symbol }),
			index: r.index
		})),
		render: (document) =>
			categoryDotChart(points, {
				xLabel: 'Index (base year = 100)',
				series: [la.area_name, england.area_name],
				categories: config.groups.map((g) => g.label),
				reference: 100,
				document,
				ariaDescription: title
			})
	};
}

function ageCountsChart(input: GrowthInput): ChartSpec {
	const la = input.comparators.find((c) => c.role === 'selected')!;
	const points = input.growth.ageGroups.filter((p) => p.area_code === la.area_code);
	const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
	const first = years[0]!;
	const last = years[years.length - 1]!;
	const at = (g: string, y: number) => points.find((p) => p.group === g && p.year === y);
	const ageNoun = (g: string) => (g === 'Under 5' ? 'under-5s' : `${g.replace(' to ', '–')}-year-olds`);
	const biggest = leaders(
		AGE_GROUPS.map((g) => ({ label: ageNoun(g), value: at(g, last)?.value ?? null })),
		'count'
	);
	const title = biggest
		? `The largest group of ${la.area_name}'s active EHC plans ${biggest.tie ? 'is shared by' : 'is held by'} ${list(biggest.labels)}: ${biggest.value} ${biggest.tie ? 'each ' : ''}in January ${last}`
		: `Active EHC plans by age group are not published for ${la.area_name} in January ${last}`;
	return {
		id: 'age-counts',
		title,
		subtitle: `Active EHC plans in ${la.area_name} by age group at each January census, ${first}–${last}`,
		alt: `Line chart, one line per age group. ${AGE_GROUPS.map((g) => `${g}: ${figureLabel(at(g, first), (v) => v.toLocaleString('en-GB'))} in ${first}, ${figureLabel(at(g, last), (v) => v.toLocaleString('en-GB'))} in ${last}`).join('. ')}.`,
		datasets: ['ehcp_age_groups'],
		period: `January ${first} to January ${last} (SEN2 census)`,
		notes: [],
		columns: [{ key: 'year', label: 'January' }, ...AGE_GROUPS.map((g) => ({ key: g, label: g, unit: 'count' as const }))],
		rows: years.map((y) => ({ year: y, ...Object.fromEntries(AGE_GROUPS.map((g) => [g, figureCell(at(g, y))])) })),
		render: (document) =>
			trendChart(
				AGE_GROUPS.map((g) => ({ key: g, label: g, points: years.map((y) => ({ year: y, value: at(g, y)?.value ?? null })) })),
				{ yLabel: 'Active EHC plans', document, ariaDescription: title }
			)
	};
}

function ageIndexChart(input: GrowthInput): ChartSpec {
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

function settingIndexChart(input: GrowthInput): ChartSpec {
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
