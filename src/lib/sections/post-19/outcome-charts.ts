/**
 * Chart specs for where 19–25-year-olds with EHC plans are (settings, work-based placements), why plans ceased, and
 * NEET / not known by SEN provision, and post-16 destinations after year 11 by SEN provision: the LA against its region
 * and England (where published), plus NEET and destinations against statistical neighbours.
 */
import { groupedBarChart, type GroupedBarRow } from '$lib/charts/grouped-bar-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { trendChart } from '$lib/charts/trend-chart';
import { formatValue } from '$lib/format/values';
import { noun, polarityNote, verb, type Polarity } from '$lib/format/prose';
import { travelSentence } from '$lib/sections/kit/travel';

/** Which direction is good, declared once per measure: fewer NEET, more sustained destinations. */
export const OUTCOME_POLARITY: Record<'neet' | 'destinations', Polarity> = { neet: 'lower_better', destinations: 'higher_better' };
import type { Comparator } from '$lib/metrics/areas';
import { DESTINATION_GROUPS, DESTINATION_MEASURES, OTHER_SETTING, SETTING_GROUPS } from '$lib/metrics/post19';
import { NEET_DEFINITION } from '$lib/metrics/neet-definition';
import { pct, type Post19Input } from './chart-helpers';
import { trendAreas } from '$lib/sections/kit/areas';
import { neighbourComparison } from './published-charts';
import { figureCell } from '$lib/format/figure';

const SETTINGS = [...SETTING_GROUPS.map((g) => ({ key: g.key as string, label: g.label as string })), OTHER_SETTING];

function barSpec(
	base: Omit<ChartSpec, 'render' | 'rows' | 'columns' | 'alt'>,
	bars: GroupedBarRow[],
	extra: { columns: ChartSpec['columns']; rows: ChartSpec['rows']; xLabel: string; series: string[]; categories: string[]; percent?: boolean; altLead: string }
): ChartSpec {
	const first = extra.series[0];
	const alt = `${extra.altLead} ${extra.categories
		.map(
			(c) =>
				`${c}: ${bars
					.filter((b) => b.category === c)
					.map((b) => `${b.series} ${formatValue(b.value, b.missing, extra.percent ? 'percent' : 'count')}`)
					.join(', ')}`
		)
		.join('. ')}.`;
	return {
		...base,
		alt: first ? alt : extra.altLead,
		columns: extra.columns,
		rows: extra.rows,
		render: (document) =>
			groupedBarChart(bars, {
				xLabel: extra.xLabel,
				percent: extra.percent,
				categories: extra.categories,
				series: extra.series,
				document,
				ariaDescription: base.title
			})
	};
}

/** Where 19–25-year-olds with plans are, as % of their plans. */
export function settingsChart(input: Post19Input, la: Comparator): ChartSpec {
	const areas = trendAreas(input.comparators);
	const year = input.data.settingsYear;
	const cell = (code: string, key: string) => input.data.settings.find((s) => s.area_code === code && s.setting === key);
	const share = (code: string, key: string) => pct(cell(code, key)?.value, cell(code, 'all')?.value);
	const bars: GroupedBarRow[] = SETTINGS.flatMap((s) =>
		areas.map((a) => ({ category: s.label, series: a.area_name, value: share(a.area_code, s.key), missing: cell(a.area_code, s.key)?.symbol ?? null }))
	);
	const f = (key: string) => formatValue(share(la.area_code, key), cell(la.area_code, key)?.symbol, 'percent');
	const englandCode = areas.find((a) => a.role === 'england')?.area_code ?? '';
	const title = `In ${la.area_name}, ${f('general_fe')} of 19–25-year-olds with EHC plans are at a general FE college, ${f('neet')} are not in education, employment or training and ${f('unknown')} have no placement recorded (England: ${formatValue(share(englandCode, 'neet'), null, 'percent')} NEET, ${formatValue(share(englandCode, 'unknown'), null, 'percent')} not recorded)`;
	return barSpec(
		{
			id: 'settings-19-25',
			title,
			subtitle: `Type of setting attended by young people aged 19 to 25 with an EHC plan, as a percentage of their plans, January ${year}: ${la.area_name}, its region and England`,
			datasets: ['ehcp_post16_settings'],
			period: `January ${year} (SEN2 census)`,
			notes: [
				'Ages 19 to 25 summed from single years of age. "Other" = all plans minus the groups shown (home education, other arrangements by the LA or parents, and the like); the groups then add up to all plans, as in DfE\'s own totals. A group with any suppressed age is shown with the symbol.',
				NEET_DEFINITION
			]
		},
		bars,
		{
			xLabel: '% of plans held by 19–25-year-olds',
			percent: true,
			series: areas.map((a) => a.area_name),
			categories: SETTINGS.map((s) => s.label),
			altLead: `Bar chart of where 19–25-year-olds with EHC plans are, January ${year}.`,
			columns: [
				{ key: 'setting', label: 'Setting' },
				{ key: 'area', label: 'Area' },
				{ key: 'plans', label: 'Plans (19–25)', unit: 'count' },
				{ key: 'share', label: '% of plans held by 19–25-year-olds', unit: 'percent' }
			],
			rows: [...SETTINGS, { key: 'all', label: 'All plans held by 19–25-year-olds' }].flatMap((s) =>
				areas.map((a) => ({
					setting: s.label,
					area: a.area_name,
					plans: figureCell(cell(a.area_code, s.key)),
					share: s.key === 'all' ? null : share(a.area_code, s.key)
				}))
			)
		}
	);
}

const WORK_BASED = [
	{ key: 'work_based_supported_internships', label: 'Supported internship' },
	{ key: 'work_based_apprenticeships', label: 'Apprenticeship' },
	{ key: 'work_based_traineeships', label: 'Traineeship' }
];

/** Open work-based placements per 100 plans held by 19–24-year-olds (the placements file's top age is "25 or over"). */
export function workBasedChart(input: Post19Input, la: Comparator): ChartSpec {
	const areas = trendAreas(input.comparators);
	const year = input.data.settingsYear;
	const count = (code: string, key: string) => input.data.workBased.find((w) => w.area_code === code && w.setting === key);
	const plans = (code: string) => input.data.workBased.find((w) => w.area_code === code && w.setting === 'plans')?.value;
	const rate = (code: string, key: string) => pct(count(code, key)?.value, plans(code));
	const bars = WORK_BASED.flatMap((w) =>
		areas.map((a) => ({ category: w.label, series: a.area_name, value: rate(a.area_code, w.key), missing: count(a.area_code, w.key)?.symbol ?? null }))
	);
	const si = count(la.area_code, WORK_BASED[0]!.key);
	const englandCode = areas.find((a) => a.role === 'england')?.area_code ?? '';
	const siRate = rate(la.area_code, WORK_BASED[0]!.key);
	const engRate = rate(englandCode, WORK_BASED[0]!.key);
	const title =
		si?.value == null || siRate === null
			? `Supported internships of 19–24-year-olds with EHC plans in ${la.area_name} are not published for January ${year}${si?.symbol ? ` (${si.symbol})` : ''}`
			: `${formatValue(si.value, null, 'count')} ${noun(si.value, 'young person', 'young people')} aged 19–24 with EHC plans in ${la.area_name} ${verb(si.value, 'was', 'were')} on a supported internship in January ${year}: ${formatValue(siRate, null, 'rate_per_100')} per 100 plans, against ${engRate === null ? "England's figure not published" : `${formatValue(engRate, null, 'rate_per_100')} in England`}`;
	return barSpec(
		{
			id: 'work-based-19-25',
			title,
			subtitle: `Open work-based placements held by 19–24-year-olds with an EHC plan, per 100 plans held by 19–24-year-olds, January ${year}`,
			datasets: ['ehcp_post16_settings'],
			period: `January ${year}`,
			notes: [
				'Per 100 plans = placements at ages 19 to 24 ÷ plans held at ages 19 to 24, × 100, calculated here. Ages 25 and over are left out of both: the placements file counts "25 or over" together, which plans at age 25 cannot be set against.'
			]
		},
		bars,
		{
			xLabel: 'Per 100 plans held by 19–24-year-olds',
			series: areas.map((a) => a.area_name),
			categories: WORK_BASED.map((w) => w.label),
			altLead: `Bar chart of work-based placements per 100 plans held by 19–24-year-olds, January ${year}.`,
			columns: [
				{ key: 'type', label: 'Placement' },
				{ key: 'area', label: 'Area' },
				{ key: 'placements', label: 'Open placements (19–24)', unit: 'count' },
				{ key: 'rate', label: 'Per 100 plans (19–24)', unit: 'rate_per_100' }
			],
			rows: WORK_BASED.flatMap((w) =>
				areas.map((a) => ({
					type: w.label,
					area: a.area_name,
					placements: figureCell(count(a.area_code, w.key)),
					rate: rate(a.area_code, w.key)
				}))
			)
		}
	);
}

/** Plans ceased in the latest year, by reason, as % of all ceased plans. */
export function ceasedChart(input: Post19Input, la: Comparator): ChartSpec {
	const areas = trendAreas(input.comparators);
	const year = input.data.ceasedYear;
	const cell = (code: string, reason: string) => input.data.ceased.find((c) => c.area_code === code && c.reason === reason);
	const share = (code: string, reason: string) => pct(cell(code, reason)?.value, cell(code, 'All ceased plans')?.value);
	const reasons = [...new Set(input.data.ceased.map((c) => c.reason))].filter((r) => r !== 'All ceased plans');
	const order = [
		'Moved to paid employment',
		'Moved to higher education',
		'Needs met without a plan',
		'Young person no longer wishes to engage',
		'Maximum age reached'
	];
	const categories = [...order.filter((r) => reasons.includes(r)), ...reasons.filter((r) => !order.includes(r))];
	const f = (r: string) => formatValue(share(la.area_code, r), cell(la.area_code, r)?.symbol, 'percent');
	const title = `Of the ${formatValue(cell(la.area_code, 'All ceased plans')?.value, null, 'count')} EHC plans ${la.area_name} ceased in ${year}, ${f('Moved to paid employment')} ended because the young person moved into paid employment, ${f('Moved to higher education')} into higher education and ${f('Young person no longer wishes to engage')} because they no longer wished to engage`;
	return barSpec(
		{
			id: 'ceased-reasons',
			title,
			subtitle: `EHC plans ceased in ${year} by reason, as a percentage of all plans ceased in the year (all ages): ${la.area_name}, its region and England`,
			datasets: ['ehcp_ceased'],
			period: `Calendar year ${year}`,
			notes: [
				'DfE publishes reasons for all ages together, not by age: transfers to other LAs are mostly under 16; employment, higher education, disengagement and maximum age are post-16 reasons.'
			]
		},
		input.data.ceased.length === 0
			? []
			: categories.flatMap((r) =>
					areas.map((a) => ({ category: r, series: a.area_name, value: share(a.area_code, r), missing: cell(a.area_code, r)?.symbol ?? null }))
				),
		{
			xLabel: '% of plans ceased in the year',
			percent: true,
			series: areas.map((a) => a.area_name),
			categories,
			altLead: `Bar chart of reasons EHC plans ceased in ${year}.`,
			columns: [
				{ key: 'reason', label: 'Reason ceased' },
				{ key: 'area', label: 'Area' },
				{ key: 'plans', label: 'Plans ceased', unit: 'count' },
				{ key: 'share', label: '% of plans ceased', unit: 'percent' }
			],
			rows: [...categories, 'All ceased plans'].flatMap((r) =>
				areas.map((a) => ({
					reason: r,
					area: a.area_name,
					plans: figureCell(cell(a.area_code, r)),
					share: r === 'All ceased plans' ? null : share(a.area_code, r)
				}))
			)
		}
	);
}

const NEET_GROUPS = ['EHC plan', 'SEN support', 'No SEN', 'All young people'];

/** NEET or not known by SEN provision, latest year, and the EHC plan trend; plus neighbours. */
export function neetCharts(input: Post19Input, la: Comparator): ChartSpec[] {
	const areas = trendAreas(input.comparators);
	const years = [...new Set(input.data.neet.map((n) => n.year))].sort((a, b) => a - b);
	const year = years.at(-1) ?? 0;
	const cell = (code: string, group: string, y = year) => input.data.neet.find((n) => n.area_code === code && n.group === group && n.year === y);
	const englandCode = areas.find((a) => a.role === 'england')?.area_code ?? '';
	const laEhc = cell(la.area_code, 'EHC plan');
	const engEhc = cell(englandCode, 'EHC plan');
	const period = `${year} (average of December ${year - 1} to February ${year})`;
	const neetNotes = [
		'NCCIS covers young people of academic age 16 and 17 (years 12 and 13), not 18–25-year-olds: it is the published NEET measure by SEN provision.'
	];
	const noSen = cell(la.area_code, 'No SEN');
	const travel = travelSentence(
		years,
		years.map((y) => ({ year: y, value: cell(la.area_code, 'EHC plan', y)?.value ?? null, symbol: cell(la.area_code, 'EHC plan', y)?.symbol || null })),
		{ unit: 'percent', polarity: OUTCOME_POLARITY.neet }
	);
	const title =
		laEhc?.value == null
			? `NEET or not known among 16–17-year-olds with an EHC plan in ${la.area_name} is not published for ${year}`
			: `${formatValue(laEhc.value, null, 'percent')} of 16–17-year-olds with an EHC plan in ${la.area_name} were NEET or their activity was not known in ${year}, against ${noSen?.value == null ? 'no published figure' : formatValue(noSen.value, null, 'percent')} of those with no SEN and ${engEhc?.value == null ? 'no published figure' : formatValue(engEhc.value, null, 'percent')} of those with plans in England (${polarityNote(OUTCOME_POLARITY.neet)})`;
	const bySen = barSpec(
		{
			id: 'neet-by-sen',
			title,
			subtitle: `Percentage of 16–17-year-olds not in education, employment or training (NEET) or whose activity is not known, by SEN provision, ${year}`,
			datasets: ['neet_send'],
			period,
			notes: neetNotes
		},
		NEET_GROUPS.flatMap((g) =>
			areas.map((a) => ({ category: g, series: a.area_name, value: cell(a.area_code, g)?.value ?? null, missing: cell(a.area_code, g)?.symbol || null }))
		),
		{
			xLabel: '% NEET or not known',
			percent: true,
			series: areas.map((a) => a.area_name),
			categories: NEET_GROUPS,
			altLead: `Bar chart of NEET or not known percentages by SEN provision, ${year}.`,
			columns: [
				{ key: 'group', label: 'SEN provision' },
				{ key: 'area', label: 'Area' },
				{ key: 'value', label: '% NEET or not known', unit: 'percent' }
			],
			rows: NEET_GROUPS.flatMap((g) => areas.map((a) => ({ group: g, area: a.area_name, value: figureCell(cell(a.area_code, g)) })))
		}
	);
	const trendTitle = `NEET or not known among 16–17-year-olds with EHC plans in ${la.area_name}. ${travel}`;
	const trend: ChartSpec = {
		id: 'neet-ehcp-trend',
		title: trendTitle,
		subtitle: `Percentage of 16–17-year-olds with an EHC plan who were NEET or whose activity was not known, ${years[0]}–${year}, ${la.area_name} against its region and England`,
		alt: `Line chart. ${areas.map((a) => `${a.area_name}: ${years.map((y) => `${y} ${formatValue(cell(a.area_code, 'EHC plan', y)?.value, cell(a.area_code, 'EHC plan', y)?.symbol, 'percent')}`).join(', ')}`).join('. ')}.`,
		datasets: ['neet_send'],
		period: `${years[0]} to ${year}`,
		notes: neetNotes,
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'year', label: 'Year' },
			{ key: 'value', label: '% NEET or not known (EHC plan)', unit: 'percent' }
		],
		rows: areas.flatMap((a) =>
			years.map((y) => ({
				area: a.area_name,
				year: y,
				value: figureCell(cell(a.area_code, 'EHC plan', y))
			}))
		),
		render: (document) =>
			trendChart(
				areas.map((a) => ({
					key: a.area_code,
					label: a.area_name,
					points: years.map((y) => ({ year: y, value: cell(a.area_code, 'EHC plan', y)?.value ?? null }))
				})),
				{ yLabel: '% NEET or not known', percent: true, document, ariaDescription: trendTitle }
			)
	};
	const neighbours = neighbourComparison(input, la, {
		id: 'neighbours-neet-ehcp',
		what: 'NEET or not known, 16–17-year-olds with EHC plans',
		subtitle: `Percentage of 16–17-year-olds with an EHC plan who were NEET or whose activity was not known, ${year}`,
		period: String(year),
		datasetIds: ['neet_send'],
		polarity: OUTCOME_POLARITY.neet,
		value: (code) => ({ value: cell(code, 'EHC plan')?.value ?? null, symbol: cell(code, 'EHC plan')?.symbol || null })
	});
	return [bySen, trend, neighbours];
}

/** Post-16 destinations after key stage 4 by SEN provision (LA against region; England is not in the published file), and neighbours. */
export function destinationCharts(input: Post19Input, la: Comparator): ChartSpec[] {
	const rows = input.data.destinations;
	if (rows.length === 0) return [];
	const period = rows[0]!.period;
	const areas = trendAreas(input.comparators).filter((a) => a.role !== 'england');
	const cell = (code: string, group: string, measure = 'sustained_pc') => rows.find((r) => r.area_code === code && r.group === group && r.measure === measure);
	const shown = (code: string, group: string, measure = 'sustained_pc') => {
		return figureCell(cell(code, group, measure));
	};
	const f = (code: string, group: string) => formatValue(cell(code, group)?.value, cell(code, group)?.symbol, 'percent');
	const region = areas.find((a) => a.role === 'region');
	const ehc = 'EHC plan or Statement';
	const laDest = cell(la.area_code, ehc)?.value;
	const noSenDest = cell(la.area_code, 'No identified SEN')?.value;
	const title =
		laDest == null
			? `Sustained destinations after year 11 of pupils with an EHC plan in ${la.area_name} are not published for ${period}`
			: `${f(la.area_code, ehc)} of pupils with an EHC plan in ${la.area_name} went on to a sustained education, apprenticeship or employment destination after year 11 (${period}), against ${noSenDest == null ? 'no published figure' : f(la.area_code, 'No identified SEN')} of those with no identified SEN${region && cell(region.area_code, ehc)?.value != null ? ` and ${f(region.area_code, ehc)} of those with plans in ${region.area_name}` : ''} (${polarityNote(OUTCOME_POLARITY.destinations)}; only ${period} is published here, so no direction of travel)`;
	const notes = [
		'Pupils leaving state-funded mainstream and special schools at 16: the published destination measure by SEN provision. It is not published for 19–25-year-olds.'
	];
	const groups = [...DESTINATION_GROUPS];
	const bySen = barSpec(
		{
			id: 'destinations-by-sen',
			title,
			subtitle: `Percentage of pupils in a sustained education, apprenticeship or employment destination in the year after key stage 4, by SEN provision, destination year ${period}, ${la.area_name} against its region (no England figure is published in this file)`,
			datasets: ['ks4_destinations_sen'],
			period: `Destination year ${period}`,
			notes
		},
		groups.flatMap((g) =>
			areas.map((a) => ({ category: g, series: a.area_name, value: cell(a.area_code, g)?.value ?? null, missing: cell(a.area_code, g)?.symbol || null }))
		),
		{
			xLabel: '% in a sustained destination',
			percent: true,
			series: areas.map((a) => a.area_name),
			categories: groups,
			altLead: `Bar chart of the percentage of pupils in a sustained destination after key stage 4 by SEN provision, ${period}.`,
			columns: [
				{ key: 'group', label: 'SEN provision' },
				{ key: 'area', label: 'Area' },
				...DESTINATION_MEASURES.map((m) => ({
					key: m.measure,
					label: m.measure === 'cohort' ? m.label : `${m.label} (%)`,
					unit: m.measure === 'cohort' ? ('count' as const) : ('percent' as const)
				}))
			],
			rows: groups.flatMap((g) =>
				areas.map((a) => ({
					group: g,
					area: a.area_name,
					...Object.fromEntries(DESTINATION_MEASURES.map((m) => [m.measure, shown(a.area_code, g, m.measure)]))
				}))
			)
		}
	);
	const neighbours = neighbourComparison(input, la, {
		id: 'neighbours-destinations-ehcp',
		what: 'Sustained destination after year 11, pupils with EHC plans',
		subtitle: `Percentage of pupils with an EHC plan or Statement in a sustained education, apprenticeship or employment destination in the year after key stage 4, destination year ${period} (no England figure is published in this file)`,
		period,
		datasetIds: ['ks4_destinations_sen'],
		polarity: OUTCOME_POLARITY.destinations,
		value: (code) => ({ value: cell(code, ehc)?.value ?? null, symbol: cell(code, ehc)?.symbol || null })
	});
	return [bySen, neighbours];
}
