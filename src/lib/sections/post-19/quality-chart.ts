/**
 * Records-quality view for 19–25-year-olds with plans (local extract): placement not recorded, NEET, and no annual
 * review in the last 12 months, by quadrant. Counts are suppressed per flag (quadrants + total); a percentage is shown
 * only when its count is.
 */
import { groupedBarChart, type GroupedBarRow } from '$lib/charts/grouped-bar-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { formatValue } from '$lib/format/values';
import type { QualityRow } from '$lib/metrics/post19-local';
import { suppressCounts } from '$lib/privacy/suppression';
import type { GapChartInput } from './gap-charts';
import { quadrantLabel } from './gap-model';

const FLAGS = [
	{ key: 'placement_unknown', label: 'Placement not recorded' },
	{ key: 'neet', label: 'NEET (or notice to cease)' },
	{ key: 'review_overdue', label: 'No annual review in 12 months' }
] as const;
type FlagKey = (typeof FLAGS)[number]['key'] | 'plans';

interface QualityCell {
	quadrant: string;
	flag: FlagKey;
	count: number | null;
	pct: number | null;
}

/** Suppressed counts and percentages of 19–25-year-olds' plans per quadrant and flag, with a 'Total' quadrant. */
function qualityCells(rows: QualityRow[]): QualityCell[] {
	const withTotal = [
		...rows,
		{
			quadrant: 'Total',
			...Object.fromEntries((['plans', ...FLAGS.map((f) => f.key)] as FlagKey[]).map((k) => [k, rows.reduce((a, r) => a + r[k], 0)]))
		} as QualityRow
	];
	const safe = (key: FlagKey) =>
		new Map(suppressCounts(withTotal.map((r) => ({ dims: { quadrant: r.quadrant }, count: r[key] }))).map((s) => [s.dims.quadrant!, s.shown]));
	const plans = safe('plans');
	const flagged: QualityCell[] = FLAGS.flatMap((f) => {
		const counts = safe(f.key);
		return withTotal.map((r) => {
			const count = counts.get(r.quadrant) ?? null;
			const denom = plans.get(r.quadrant) ?? null;
			return { quadrant: r.quadrant, flag: f.key, count, pct: count === null || !denom ? null : Math.round((count / denom) * 1000) / 10 };
		});
	});
	return [...flagged, ...withTotal.map((r) => ({ quadrant: r.quadrant, flag: 'plans' as const, count: plans.get(r.quadrant) ?? null, pct: null }))];
}

export function qualityChart(input: GapChartInput): ChartSpec {
	const cells = qualityCells(input.local.quality);
	const get = (q: string, f: FlagKey) => cells.find((c) => c.quadrant === q && c.flag === f);
	const quadrants = [...input.local.quality.map((r) => r.quadrant), 'Total'];
	const name = (q: string) => (q === 'Total' ? 'All quadrants' : quadrantLabel(q));
	const bars: GroupedBarRow[] = quadrants.flatMap((q) =>
		FLAGS.map((f) => ({ category: name(q), series: f.label, value: get(q, f.key)?.pct ?? null, missing: 'c' }))
	);
	const t = (f: FlagKey) => formatValue(get('Total', f)?.count, 'c', 'count');
	const worst = input.local.quality.map((r) => r.quadrant).sort((a, b) => (get(b, 'review_overdue')?.pct ?? -1) - (get(a, 'review_overdue')?.pct ?? -1))[0];
	const title = `${input.label}: of ${t('plans')} young people aged 19–25 with plans, ${t('placement_unknown')} have no placement recorded, ${t('neet')} are NEET and ${t('review_overdue')} have had no annual review in 12 months (the highest share without a review: ${worst ? quadrantLabel(worst) : '–'})`;
	return {
		id: 'records-19-25',
		title,
		subtitle: `Young people aged 19–25 with an active EHC plan whose placement is not recorded, who are NEET, or whose plan (over a year old) has not been reviewed in the 12 months to the census, as a percentage of their plans, by quadrant`,
		alt: `Bar chart, ${input.label}. ${quadrants.map((q) => `${name(q)}: ${FLAGS.map((f) => `${f.label} ${formatValue(get(q, f.key)?.pct, 'c', 'percent')}`).join(', ')}`).join('. ')}.`,
		datasets: ['local_ehc_plans'],
		period: `Census ${input.local.referenceDate}`,
		notes: [
			'Review overdue = plan issued more than a year before the census and no annual review meeting recorded in the 12 months before it (or none at all).',
			'NEET = setting recorded as NEET or not in education or training with a notice to cease issued.',
			'c = suppressed: a count of 1–4 young people, or hidden so that one cannot be worked out; its percentage is hidden too.'
		],
		columns: [
			{ key: 'quadrant', label: 'Quadrant' },
			{ key: 'flag', label: 'Record-quality flag' },
			{ key: 'count', label: 'Young people (19–25)', unit: 'count' },
			{ key: 'plans', label: 'All 19–25-year-olds with plans', unit: 'count' },
			{ key: 'pct', label: '% of plans', unit: 'percent' }
		],
		rows: quadrants.flatMap((q) =>
			FLAGS.map((f) => ({
				quadrant: name(q),
				flag: f.label,
				count: get(q, f.key)?.count ?? 'c',
				plans: get(q, 'plans')?.count ?? 'c',
				pct: get(q, f.key)?.pct ?? null
			}))
		),
		render: (document) =>
			groupedBarChart(bars, {
				xLabel: '% of plans held by 19–25-year-olds',
				percent: true,
				series: FLAGS.map((f) => f.label),
				document,
				ariaDescription: title
			})
	};
}
