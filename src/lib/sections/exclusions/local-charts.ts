/**
 * Chart specs from the local (record-level) extract. Every count passes through suppressCounts (1–4 hidden as "c",
 * with secondary suppression against the total) before it reaches a chart, table, title, alt text or CSV; a rate is
 * shown only when its count and headcount are both shown. Every title carries the extract's label.
 */
import { barChart, type BarRow } from '$lib/charts/bar-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { CODE_LISTS } from '$lib/local/contract';
import { geographyName } from '$lib/local/geography-names';
import { LOCAL_EXCLUSION_DIMS, type LocalExclusionCounts, type LocalExclusionDim } from '$lib/metrics/local-exclusions';
import type { RecordQualityCounts } from '$lib/metrics/local-record-quality';
import { suppressCounts, SUPPRESSED } from '$lib/privacy/suppression';

export interface LocalContext {
	/** manifest.local.label: "Northmoor (synthetic)", or "Your extract". */
	label: string;
}

const TOTAL = 'Total';
const SUPPRESSION_NOTE =
	'Counts of 1–4 from record-level data are shown as “c”, and one more count is hidden where needed so a hidden count cannot be worked out from the total. Rates are shown only where their count is shown.';

/** Each count column suppressed separately against its Total (the columns are not additive with each other). */
function suppressColumns<K extends string>(
	rows: { category: string; counts: Record<K, number | null> }[],
	keys: readonly K[]
): Map<string, Record<K, number | null>> {
	const out = new Map<string, Record<K, number | null>>(rows.map((r) => [r.category, {} as Record<K, number | null>]));
	for (const key of keys) {
		const present = rows.filter((r) => r.counts[key] !== null);
		const safe = suppressCounts(present.map((r) => ({ dims: { category: r.category }, count: r.counts[key]! })));
		for (const r of rows) out.get(r.category)![key] = null;
		safe.forEach((cell, i) => (out.get(present[i]!.category)![key] = cell.shown));
	}
	return out;
}

function codeLabel(dim: LocalExclusionDim, code: string): string {
	if (code === TOTAL || code === 'Not recorded') return code;
	if (dim === 'nc_year') return code === '0' ? 'Reception' : `Year ${code}`;
	if (dim === 'quadrant_code') return geographyName('quadrant', code);
	const list = dim === 'sen_status' ? CODE_LISTS.sen_status : CODE_LISTS.primary_need;
	return list.codes.find((c) => String(c.code) === code)?.label ?? code;
}

const show = (v: number | null) => (v === null ? SUPPRESSED : v.toLocaleString('en-GB'));
const rate = (count: number | null, headcount: number | null) =>
	count === null || headcount === null || headcount === 0 ? null : Math.round((count / headcount) * 100 * 100) / 100;

export function localExclusionsChart(ctx: LocalContext, year: string, partial: string | null, dim: LocalExclusionDim, raw: LocalExclusionCounts[]): ChartSpec {
	const hasRate = LOCAL_EXCLUSION_DIMS[dim].hasDenominator;
	const sum = (k: keyof LocalExclusionCounts) => raw.reduce((s, r) => s + ((r[k] as number | null) ?? 0), 0);
	const withTotal = [
		...raw,
		{
			category: TOTAL,
			suspensions: sum('suspensions'),
			permanent: sum('permanent'),
			pupils_suspended: sum('pupils_suspended'),
			headcount: hasRate ? sum('headcount') : null
		}
	];
	const keys = ['suspensions', 'permanent', 'pupils_suspended', 'headcount'] as const;
	const safe = suppressColumns(
		withTotal.map((r) => ({
			category: r.category,
			counts: { suspensions: r.suspensions, permanent: r.permanent, pupils_suspended: r.pupils_suspended, headcount: r.headcount }
		})),
		keys
	);
	const what = LOCAL_EXCLUSION_DIMS[dim].label.toLowerCase();
	const rows = withTotal.map((r) => {
		const s = safe.get(r.category)!;
		return { category: codeLabel(dim, r.category), ...s, susp_rate: rate(s.suspensions, s.headcount), perm_rate: rate(s.permanent, s.headcount) };
	});
	const bars: BarRow[] = rows.flatMap((r) =>
		hasRate
			? [
					{ panel: 'Suspensions per 100 pupils', label: r.category, value: r.susp_rate, text: r.susp_rate === null ? SUPPRESSED : r.susp_rate.toFixed(2) },
					{
						panel: 'Permanent exclusions per 100 pupils',
						label: r.category,
						value: r.perm_rate,
						text: r.perm_rate === null ? SUPPRESSED : r.perm_rate.toFixed(2)
					}
				]
			: [
					{ panel: 'Suspensions', label: r.category, value: r.suspensions, text: show(r.suspensions) },
					{ panel: 'Permanent exclusions', label: r.category, value: r.permanent, text: show(r.permanent) }
				]
	);
	const named = rows.filter((r) => r.category !== TOTAL);
	const top = [...named]
		.filter((r) => (hasRate ? r.susp_rate : r.suspensions) !== null)
		.sort((a, b) => ((hasRate ? b.susp_rate : b.suspensions) ?? 0) - ((hasRate ? a.susp_rate : a.suspensions) ?? 0))[0];
	const yearText = `${year}${partial ? ` (part year, to ${partial})` : ''}`;
	const title = top
		? `${ctx.label}, ${yearText}: the highest suspension ${hasRate ? 'rate' : 'count'} by ${what} is ${top.category} (${hasRate ? `${top.susp_rate!.toFixed(2)} per 100 pupils` : `${show(top.suspensions)} suspensions`})`
		: `${ctx.label}, ${yearText}: suspensions by ${what} are too few to show`;
	return {
		id: `local-exclusions-${dim.replace('_code', '').replace('_', '-')}`,
		title,
		subtitle: hasRate
			? `Suspensions and permanent exclusions per 100 pupils by ${what}, ${yearText}, from the local extract (${ctx.label})`
			: `Number of suspensions and permanent exclusions by ${what} of pupils with SEN, ${yearText}, from the local extract (${ctx.label}); no pupil headcounts by need, so no rates`,
		alt: `Bar chart in two panels for ${ctx.label}, ${yearText}. ${rows.map((r) => (hasRate ? `${r.category}: ${r.susp_rate === null ? SUPPRESSED : r.susp_rate.toFixed(2)} suspensions and ${r.perm_rate === null ? SUPPRESSED : r.perm_rate.toFixed(2)} permanent exclusions per 100` : `${r.category}: ${show(r.suspensions)} suspensions, ${show(r.permanent)} permanent exclusions`)).join('; ')}.`,
		datasets: ['local_exclusions', 'local_school_pupils'],
		period: `Academic year ${yearText}`,
		notes: [
			...(dim === 'primary_need' ? ['Pupils with SEN support or an EHC plan only; “Not recorded” = no primary need recorded for a pupil with SEN.'] : []),
			SUPPRESSION_NOTE
		],
		columns: [
			{ key: 'category', label: LOCAL_EXCLUSION_DIMS[dim].label },
			...(hasRate ? [{ key: 'headcount', label: 'Pupils', unit: 'count' as const }] : []),
			{ key: 'suspensions', label: 'Suspensions', unit: 'count' },
			{ key: 'pupils_suspended', label: 'Pupils with one or more suspensions', unit: 'count' },
			{ key: 'permanent', label: 'Permanent exclusions', unit: 'count' },
			...(hasRate
				? [
						{ key: 'susp_rate', label: 'Suspensions per 100 pupils', unit: 'rate_per_100' as const },
						{ key: 'perm_rate', label: 'Permanent exclusions per 100 pupils', unit: 'rate_per_100' as const }
					]
				: [])
		],
		rows: rows.map((r) => ({
			category: r.category,
			headcount: r.headcount ?? SUPPRESSED,
			suspensions: r.suspensions ?? SUPPRESSED,
			pupils_suspended: r.pupils_suspended ?? SUPPRESSED,
			permanent: r.permanent ?? SUPPRESSED,
			susp_rate: r.susp_rate ?? SUPPRESSED,
			perm_rate: r.perm_rate ?? SUPPRESSED
		})),
		render: (document) =>
			barChart(bars, { xLabel: hasRate ? 'per 100 pupils' : 'number', marginLeft: dim === 'primary_need' ? 290 : 170, document, ariaDescription: title })
	};
}

const QUALITY_KEYS = ['active', 'overdue_12', 'overdue_24', 'placement_unknown', 'closed_school'] as const;
const QUALITY_LABELS: Record<(typeof QUALITY_KEYS)[number], string> = {
	active: 'Active plans',
	overdue_12: 'Review overdue (over 12 months)',
	overdue_24: 'Review overdue (over 24 months)',
	placement_unknown: 'Placement not recorded',
	closed_school: 'School recorded is closed'
};

export function recordQualityChart(ctx: LocalContext, asOf: string, raw: RecordQualityCounts[]): ChartSpec {
	const total = Object.fromEntries(QUALITY_KEYS.map((k) => [k, raw.reduce((s, r) => s + r[k], 0)])) as Record<(typeof QUALITY_KEYS)[number], number>;
	const safe = suppressColumns([...raw.map((r) => ({ category: r.quadrant, counts: r })), { category: TOTAL, counts: total }], QUALITY_KEYS);
	const rows = [...raw.map((r) => r.quadrant), TOTAL].map((q) => {
		const s = safe.get(q)!;
		const share = (k: (typeof QUALITY_KEYS)[number]) =>
			s[k] === null || s.active === null || s.active === 0 ? null : Math.round((s[k]! / s.active) * 1000) / 10;
		return {
			quadrant: codeLabel('quadrant_code', q),
			...s,
			pc12: share('overdue_12'),
			pc24: share('overdue_24'),
			pcUnknown: share('placement_unknown'),
			pcClosed: share('closed_school')
		};
	});
	const bars: BarRow[] = rows.flatMap((r) =>
		(
			[
				['Review >12 months', r.pc12],
				['Review >24 months', r.pc24],
				['No placement', r.pcUnknown],
				['School closed', r.pcClosed]
			] as const
		).map(([panel, v]) => ({ panel, label: r.quadrant, value: v, text: v === null ? SUPPRESSED : `${v}%` }))
	);
	const all = rows.find((r) => r.quadrant === TOTAL)!;
	// "Most in X" only when X has some, and more than every other quadrant (no zero, no tie).
	const ranked = rows.filter((r) => r.quadrant !== TOTAL && r.pc12 !== null && r.pc12 > 0).sort((a, b) => b.pc12! - a.pc12!);
	const worst = ranked[0] && ranked[0].pc12 !== ranked[1]?.pc12 ? ranked[0] : undefined;
	const title = `${ctx.label}: ${show(all.overdue_12)} active plans (${all.pc12 ?? SUPPRESSED}%) are past their annual review date${worst ? `, most in ${worst.quadrant} (${worst.pc12}%)` : ''}; ${show(all.placement_unknown)} have no placement recorded`;
	return {
		id: 'local-record-quality',
		title,
		subtitle: `Share of EHC plans active on ${asOf} that are past their annual review date, have no placement recorded, or name a closed school, by quadrant of residence (${ctx.label})`,
		alt: `Bar chart in four panels by quadrant for ${ctx.label}. ${rows.map((r) => `${r.quadrant}: ${r.pc12 ?? SUPPRESSED}% over 12 months, ${r.pc24 ?? SUPPRESSED}% over 24 months, ${r.pcUnknown ?? SUPPRESSED}% placement not recorded, ${r.pcClosed ?? SUPPRESSED}% closed school`).join('; ')}.`,
		datasets: ['local_ehc_plans'],
		period: `Plans active on ${asOf} (the extract's census date)`,
		notes: [
			'A review is overdue when more than 12 (or 24) months have passed since the last annual review meeting, or since the plan was issued if none has been held. A review is due on the same day of the month a year later (a review on 29 February is due by 28 February); on that day it is due, not overdue.',
			SUPPRESSION_NOTE
		],
		columns: [
			{ key: 'quadrant', label: 'Quadrant' },
			...QUALITY_KEYS.map((k) => ({ key: k, label: QUALITY_LABELS[k], unit: 'count' as const })),
			{ key: 'pc12', label: '% over 12 months', unit: 'percent' },
			{ key: 'pc24', label: '% over 24 months', unit: 'percent' },
			{ key: 'pcUnknown', label: '% placement not recorded', unit: 'percent' },
			{ key: 'pcClosed', label: '% closed school', unit: 'percent' }
		],
		rows: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? SUPPRESSED]))),
		render: (document) => barChart(bars, { xLabel: '% of active plans', document, ariaDescription: title })
	};
}
