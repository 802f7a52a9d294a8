/**
 * Chart specs for the 19–25 section's published figures: plans held by 16–19 and 20–25-year-olds, where 19–25-year-
 * olds with plans are, why plans ceased, and NEET / not known by SEN provision. Titles state the finding.
 */
import { comparisonChart, type ComparisonRow } from '$lib/charts/comparison-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { trendChart } from '$lib/charts/trend-chart';
import { formatNumber, formatSignedPercent, formatValue, percentChange } from '$lib/format/values';
import type { Comparator } from '$lib/metrics/areas';
import { roleLabel, trendAreas } from '$lib/sections/kit/areas';
import { noun, polarityNote, verb, type Polarity } from '$lib/format/prose';
import { rankAmong, rankWords } from '$lib/sections/kit/rank';
import { travelSentence } from '$lib/sections/kit/travel';
import { pct, type Post19Input } from './chart-helpers';
import { figureCell, type Figure } from '$lib/format/figure';

function ageValue(input: Post19Input, code: string, group: string, year: number) {
	return input.data.ageGroups.find((r) => r.area_code === code && r.group === group && r.year === year);
}

/** Which direction is good, declared once per measure: how many plans 20–25-year-olds hold, or their share, has none. */
const POST19_POLARITY: Record<'plans20to25' | 'share20to25', Polarity> = { plans20to25: 'neutral', share20to25: 'neutral' };

/** Plans held by 16–19 and 20–25-year-olds in the LA, every January published. */
export function ageGroupChart(input: Post19Input, la: Comparator): ChartSpec {
	const years = [...new Set(input.data.ageGroups.map((r) => r.year))].sort((a, b) => a - b);
	const first = years[0]!;
	const last = years.at(-1)!;
	const groups = ['16 to 19', '20 to 25'];
	const from = ageValue(input, la.area_code, '20 to 25', first);
	const to = ageValue(input, la.area_code, '20 to 25', last);
	const change = percentChange(from?.value, to?.value);
	const travel = travelSentence(
		years,
		input.data.ageGroups.filter((r) => r.area_code === la.area_code && r.group === '20 to 25'),
		{ unit: 'count', polarity: POST19_POLARITY.plans20to25, label: (y) => `January ${y}` }
	);
	const title =
		to?.value == null
			? `Plans held by 20–25-year-olds in ${la.area_name} are not published for January ${last}`
			: `${formatValue(to.value, null, 'count')} ${noun(to.value, 'young person', 'young people')} aged 20–25 ${verb(to.value, 'held an EHC plan', 'held EHC plans')} in ${la.area_name} in January ${last}${change === null ? `; the January ${first} figure is not published, so no change since then can be given` : ` (${formatSignedPercent(change)} since January ${first}; ${polarityNote(POST19_POLARITY.plans20to25)})`}`;
	const rows = groups.flatMap((g) =>
		years.map((y) => {
			const p = ageValue(input, la.area_code, g, y);
			const all = ageValue(input, la.area_code, 'All ages', y);
			return { group: g, year: y, plans: figureCell(p), share: pct(p?.value, all?.value) };
		})
	);
	return {
		id: 'age-groups',
		title,
		subtitle: `Active EHC plans held by young people aged 16 to 19 and 20 to 25 at each January census, ${la.area_name}`,
		alt: `Line chart, January ${first} to ${last}, two lines. Aged 20 to 25: ${travel} ${groups.map((g) => `Aged ${g}: ${formatValue(ageValue(input, la.area_code, g, first)?.value, ageValue(input, la.area_code, g, first)?.symbol, 'count')} in ${first}, ${formatValue(ageValue(input, la.area_code, g, last)?.value, ageValue(input, la.area_code, g, last)?.symbol, 'count')} in ${last}`).join('. ')}.`,
		datasets: ['ehcp_age_groups'],
		period: `January ${first} to January ${last} (SEN2 census)`,
		notes: [],
		columns: [
			{ key: 'group', label: 'Age group' },
			{ key: 'year', label: 'January' },
			{ key: 'plans', label: 'Active EHC plans', unit: 'count' },
			{ key: 'share', label: 'Share of all plans in the LA (%)', unit: 'percent' }
		],
		rows,
		render: (document) =>
			trendChart(
				groups.map((g) => ({ key: g, label: `Aged ${g}`, points: years.map((y) => ({ year: y, value: ageValue(input, la.area_code, g, y)?.value ?? null })) })),
				{ yLabel: 'EHC plans', document, ariaDescription: title }
			)
	};
}

/** Share of all plans held by 20–25-year-olds: the LA against its region and England, over time. */
export function shareTrendChart(input: Post19Input, la: Comparator): ChartSpec {
	const areas = trendAreas(input.comparators);
	const years = [...new Set(input.data.ageGroups.map((r) => r.year))].sort((a, b) => a - b);
	const last = years.at(-1)!;
	const share = (code: string, y: number) => pct(ageValue(input, code, '20 to 25', y)?.value, ageValue(input, code, 'All ages', y)?.value);
	const england = areas.find((a) => a.role === 'england');
	const travel = travelSentence(
		years,
		years.map((y) => ({ year: y, value: share(la.area_code, y) })),
		{ unit: 'percent', polarity: POST19_POLARITY.share20to25, label: (y) => `January ${y}` }
	);
	const laShare = share(la.area_code, last);
	const engShare = england ? share(england.area_code, last) : null;
	const title =
		laShare === null
			? `The share of ${la.area_name}'s EHC plans held by 20–25-year-olds is not published for January ${last}`
			: `20–25-year-olds hold ${formatValue(laShare, null, 'percent')} of ${la.area_name}'s EHC plans (January ${last}), against ${engShare === null ? "England's figure not published" : `${formatValue(engShare, null, 'percent')} in England`}. ${travel}`;
	return {
		id: 'share-20-25',
		title,
		subtitle: `Plans held by 20–25-year-olds as a percentage of all active EHC plans, January census, ${la.area_name} against its region and England`,
		alt: `Line chart, January ${years[0]} to ${last}. ${areas.map((a) => `${a.area_name}: ${formatValue(share(a.area_code, years[0]!), null, 'percent')} in ${years[0]}, ${formatValue(share(a.area_code, last), null, 'percent')} in ${last}`).join('. ')}.`,
		datasets: ['ehcp_age_groups', 'ehcp_caseload'],
		period: `January ${years[0]} to January ${last}`,
		notes: ['Share = plans held by 20–25-year-olds ÷ all active plans (ehcp_caseload), calculated here.'],
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'year', label: 'January' },
			{ key: 'plans', label: 'Plans held by 20–25-year-olds', unit: 'count' },
			{ key: 'all', label: 'All active plans', unit: 'count' },
			{ key: 'share', label: 'Share (%)', unit: 'percent' }
		],
		rows: areas.flatMap((a) =>
			years.map((y) => {
				const p = ageValue(input, a.area_code, '20 to 25', y);
				const all = ageValue(input, a.area_code, 'All ages', y);
				return { area: a.area_name, year: y, plans: figureCell(p), all: figureCell(all), share: share(a.area_code, y) };
			})
		),
		render: (document) =>
			trendChart(
				areas.map((a) => ({ key: a.area_code, label: a.area_name, points: years.map((y) => ({ year: y, value: share(a.area_code, y) })) })),
				{ yLabel: '% of all plans', percent: true, document, ariaDescription: title }
			)
	};
}

/** One figure per comparator as a ranked dot chart (neighbours, region, England). */
export function neighbourComparison(
	input: Post19Input,
	la: Comparator,
	config: {
		id: string;
		what: string;
		subtitle: string;
		period: string;
		datasetIds: string[];
		polarity: Polarity;
		value: (code: string) => Figure;
	}
): ChartSpec {
	const rows = input.comparators.map((c) => ({ c, ...config.value(c.area_code) }));
	const ranked = rows.filter((r) => (r.c.role === 'selected' || r.c.role === 'neighbour') && r.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
	const laValue = rows.find((r) => r.c.role === 'selected')?.value ?? null;
	const title =
		laValue === null
			? `${config.what}: not published for ${la.area_name} (${config.period}), so it cannot be ranked among its statistical neighbours`
			: `${la.area_name} ${rankWords(
					rankAmong(
						laValue,
						ranked.map((r) => r.value!)
					),
					config.polarity,
					/^[A-Z][A-Z]/.test(config.what) ? config.what : config.what.charAt(0).toLowerCase() + config.what.slice(1),
					`${formatNumber(laValue, 'percent')}, ${config.period}`
				)}`;
	const comparison: ComparisonRow[] = rows.map((r) => ({ label: r.c.area_name, value: r.value, role: r.c.role }));
	return {
		id: config.id,
		title,
		subtitle: config.subtitle,
		alt: `Dot chart ranking ${la.area_name} and its statistical neighbours, highest first, with England and the region as reference lines. ${ranked.map((r) => `${r.c.area_name} ${formatNumber(r.value ?? 0, 'percent')}`).join('; ')}.`,
		datasets: [...config.datasetIds, 'statistical_neighbours'],
		period: config.period,
		notes: [],
		columns: [
			{ key: 'area', label: 'Area' },
			{ key: 'role', label: 'Compared as' },
			{ key: 'value', label: `${config.what} (%)`, unit: 'percent' }
		],
		rows: rows.map((r) => ({ area: r.c.area_name, role: roleLabel(r.c), value: figureCell(r) })),
		render: (document) => comparisonChart(comparison, { xLabel: `${config.what} (%)`, percent: true, document, ariaDescription: title })
	};
}

export function shareNeighboursChart(input: Post19Input, la: Comparator): ChartSpec {
	const year = Math.max(...input.data.ageGroups.map((r) => r.year));
	return neighbourComparison(input, la, {
		id: 'neighbours-share-20-25',
		what: 'Share of EHC plans held by 20–25-year-olds',
		subtitle: `Plans held by 20–25-year-olds as a percentage of all active EHC plans, January ${year}`,
		period: `January ${year}`,
		datasetIds: ['ehcp_age_groups', 'ehcp_caseload'],
		polarity: POST19_POLARITY.share20to25,
		value: (code) => {
			const p = ageValue(input, code, '20 to 25', year);
			return { value: pct(p?.value, ageValue(input, code, 'All ages', year)?.value), symbol: p?.symbol };
		}
	});
}
