/**
 * Chart specs for the local extract's linked needs views. Every count passes through suppressCounts first (1–4 shown
 * as "c", with secondary suppression inside each chart's categories and their total), and rates per 1,000 are only
 * given for counts that are shown. Every title, alt text and table names the extract by its label.
 */
import { countBarChart } from '$lib/charts/count-bar-chart';
import type { ChartSpec } from '$lib/charts/spec';
import { formatPlain } from '$lib/format/values';
import { PRIMARY_NEED, SETTING_GROUP } from '$lib/local/codes';
import { geographyName } from '$lib/local/geography-names';
import { AGE_BANDS, type LocalDimension, type LocalProfile, type LocalSelection, type UnmatchedNeed } from '$lib/metrics/needs-local';
import { suppressCounts, SUPPRESSED } from '$lib/privacy/suppression';

export const DIMENSION_TEXT: Record<LocalDimension, { label: string; by: string }> = {
	need: { label: 'Primary need', by: 'by primary need' },
	age: { label: 'Age band', by: 'by age band' },
	quadrant: { label: 'Quadrant', by: 'by quadrant' },
	ccg: { label: 'CCG', by: 'by CCG' },
	setting: { label: 'Setting', by: 'by type of setting' }
};

const labelFrom = (codes: readonly { code: string | number; label: string }[]) => (code: string) => codes.find((c) => String(c.code) === code)?.label ?? code;
const needLabel = (code: string) => (code === 'UNKNOWN' ? 'Need not recorded' : `${labelFrom(PRIMARY_NEED.codes)(code)} (${code})`);

/** Every category a dimension can take, in display order, so zero cells are shown as 0 and count toward suppression. */
export function categoriesOf(dim: LocalDimension, profile: LocalProfile): { code: string; label: string }[] {
	const seen = [...new Set([...profile.counts.map((c) => c.category), ...profile.population.map((p) => p.category).filter((c) => c !== 'All')])];
	const fixed = (codes: string[], label: (c: string) => string) =>
		[...codes, ...seen.filter((c) => !codes.includes(c))].map((code) => ({ code, label: label(code) }));
	switch (dim) {
		case 'need':
			return fixed([...PRIMARY_NEED.codes.filter((c) => c.code !== 'NSA').map((c) => String(c.code)), 'UNKNOWN'], needLabel);
		case 'age':
			return fixed(
				AGE_BANDS.map((b) => b.band),
				(c) => c
			);
		case 'setting':
			return fixed(
				SETTING_GROUP.codes.map((c) => String(c.code)),
				labelFrom(SETTING_GROUP.codes)
			);
		case 'quadrant':
			return [...seen].sort().map((code) => ({ code, label: geographyName('quadrant', code) }));
		case 'ccg':
			return [...seen].sort().map((code) => ({ code, label: geographyName('ccg', code) }));
	}
}

function labelOf(dim: LocalDimension, code: string): string {
	if (dim === 'need') return needLabel(code);
	if (dim === 'quadrant') return geographyName('quadrant', code);
	if (dim === 'ccg') return geographyName('ccg', code);
	if (dim === 'setting') return labelFrom(SETTING_GROUP.codes)(code);
	return code;
}

export interface SafeRow {
	code: string;
	label: string;
	/** The count when shown; null when suppressed. */
	count: number | null;
	symbol: string | null;
	population: number | null;
	/** Per 1,000 residents aged 0–25 in the category (or in the selection when the dimension does not split the population). */
	rate: number | null;
}

/** Suppressed rows for one chart plus its total (itself suppressed when it would reveal a hidden cell). */
export function safeRows(dim: LocalDimension, profile: LocalProfile): { rows: SafeRow[]; total: SafeRow } {
	const cats = categoriesOf(dim, profile);
	const countOf = (code: string) => profile.counts.find((c) => c.category === code)?.count ?? 0;
	const total = profile.counts.reduce((s, c) => s + c.count, 0);
	const cells = suppressCounts([...cats.map((c) => ({ dims: { [dim]: c.code }, count: countOf(c.code) })), { dims: { [dim]: 'Total' }, count: total }]);
	const popOf = (code: string) =>
		profile.population.find((p) => p.category === code)?.population ?? profile.population.find((p) => p.category === 'All')?.population ?? null;
	const row = (code: string, label: string, cell: (typeof cells)[number]): SafeRow => {
		const population = code === 'Total' ? profile.population.reduce((s, p) => s + p.population, 0) || null : popOf(code);
		return {
			code,
			label,
			count: cell.shown,
			symbol: cell.symbol,
			population,
			rate: cell.shown !== null && population ? Math.round((cell.shown / population) * 10000) / 10 : null
		};
	};
	return { rows: cats.map((c, i) => row(c.code, c.label, cells[i]!)), total: row('Total', 'Total', cells[cells.length - 1]!) };
}

function selectionText(selection: LocalSelection, except: LocalDimension): string {
	const parts = (Object.entries(selection) as [LocalDimension, string][])
		.filter(([d]) => d !== except)
		.map(([d, v]) => `${DIMENSION_TEXT[d].label.toLowerCase()} ${labelOf(d, v)}`);
	return parts.length ? `, filtered to ${parts.join(' and ')}` : '';
}

export function localProfileChart(profile: LocalProfile, selection: LocalSelection, extractLabel: string): ChartSpec {
	const dim = profile.dim;
	const { rows, total } = safeRows(dim, profile);
	const filtered = selectionText(selection, dim);
	const hasRates = rows.some((r) => r.rate !== null) && dim !== 'setting';
	const shown = rows.filter((r) => r.count !== null && r.count > 0).sort((a, b) => (b.count ?? 0) - (a.count ?? 0));
	const top = shown[0];
	const byRate = hasRates ? [...rows].filter((r) => r.rate !== null).sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0))[0] : undefined;
	const totalText = total.count === null ? SUPPRESSED : formatPlain(total.count);
	const title = top
		? `${extractLabel}: ${top.label} has the most active EHC plans ${DIMENSION_TEXT[dim].by.replace('by ', 'of any ')}${filtered}: ${formatPlain(top.count!)} of ${totalText}${byRate && (dim === 'quadrant' || dim === 'ccg' || dim === 'age') ? `; the highest rate is ${byRate.label} at ${byRate.rate} per 1,000` : ''}`
		: `${extractLabel}: no active EHC plans can be shown ${DIMENSION_TEXT[dim].by}${filtered}`;
	return {
		id: `local-${dim}`,
		title,
		subtitle: `Active EHC plans on the census date ${DIMENSION_TEXT[dim].by}${filtered}${hasRates ? ', with the rate per 1,000 residents aged 0–25' : ''}. ${extractLabel}, record-level extract.`,
		alt: `Bar chart of active EHC plans ${DIMENSION_TEXT[dim].by}${filtered} in ${extractLabel}: ${rows.map((r) => `${r.label} ${r.count === null ? 'suppressed' : formatPlain(r.count)}${r.rate !== null && hasRates ? ` (${r.rate} per 1,000)` : ''}`).join('; ')}. Total ${totalText}.`,
		datasets: ['local_ehc_plans', 'local_population'],
		period: 'Census date of the extract (active plans)',
		notes: [
			'Counts of 1–4 are shown as "c"; where that alone could be worked out from the total, the next smallest count is hidden too (secondary suppression). Rates are given only for counts that are shown.',
			dim === 'setting'
				? 'Counts only: a rate per 1,000 residents means little for a type of setting.'
				: 'Rates per 1,000 use the extract’s resident population aged 0–25 in the category and the other selections (a need selection does not change the population; for needs, every need shares the selection’s population).'
		],
		columns: [
			{ key: 'label', label: DIMENSION_TEXT[dim].label },
			{ key: 'count', label: 'Active EHC plans', unit: 'count' },
			...(hasRates
				? [
						{ key: 'population', label: 'Residents aged 0–25', unit: 'count' as const },
						{ key: 'rate', label: 'Per 1,000 aged 0–25', unit: 'rate_per_1000' as const }
					]
				: [])
		],
		rows: [...rows, total].map((r) => ({ label: r.label, count: r.count ?? r.symbol, ...(hasRates ? { population: r.population, rate: r.rate } : {}) })),
		render: (document) =>
			countBarChart(
				rows.map((r) => ({ category: r.label, value: r.count, symbol: r.symbol, note: hasRates && r.rate !== null ? `${r.rate} per 1,000` : undefined })),
				{ xLabel: 'Active EHC plans', selected: selection[dim] ? labelOf(dim, selection[dim]!) : null, document, ariaDescription: title }
			)
	};
}

/** Young people with no need-focused commissioned place in their quadrant, by quadrant (suppressed by quadrant × need). */
export function unmatchedChart(rows: UnmatchedNeed[], extractLabel: string, academicYear: string): ChartSpec {
	const quadrants = [...new Set(rows.map((r) => r.quadrant))].sort();
	const needs = [...new Set(rows.map((r) => r.need))].sort();
	const cell = (q: string, n: string) => rows.find((r) => r.quadrant === q && r.need === n)?.unmatched ?? 0;
	const cells = suppressCounts([
		...quadrants.flatMap((q) => [
			...needs.map((n) => ({ dims: { quadrant: q, need: n }, count: cell(q, n) })),
			{ dims: { quadrant: q, need: 'Total' }, count: needs.reduce((s, n) => s + cell(q, n), 0) }
		]),
		...needs.map((n) => ({ dims: { quadrant: 'Total', need: n }, count: quadrants.reduce((s, q) => s + cell(q, n), 0) })),
		{ dims: { quadrant: 'Total', need: 'Total' }, count: rows.reduce((s, r) => s + r.unmatched, 0) }
	]);
	const shown = (q: string, n: string) => cells.find((c) => c.dims.quadrant === q && c.dims.need === n)!;
	const qLabel = (code: string) => geographyName('quadrant', code);
	const totals = quadrants.map((q) => ({ q, c: shown(q, 'Total') }));
	const all = shown('Total', 'Total');
	const worst = [...totals].filter((t) => t.c.shown !== null).sort((a, b) => (b.c.shown ?? 0) - (a.c.shown ?? 0))[0];
	const title = `${extractLabel}: ${all.shown === null ? SUPPRESSED : formatPlain(all.shown)} young people aged 16–25 with EHC plans have no commissioned place focused on their primary need in their quadrant${worst ? `; most in ${qLabel(worst.q)} (${formatPlain(worst.c.shown!)})` : ''}`;
	return {
		id: 'local-unmatched',
		title,
		subtitle: `Active EHC plans aged 16–25 whose primary need has no place with that need focus, for their age, commissioned in their quadrant for ${academicYear}; by quadrant. ${extractLabel}.`,
		alt: `Bar chart by quadrant: ${totals.map((t) => `${qLabel(t.q)} ${t.c.shown ?? SUPPRESSED}`).join('; ')}.`,
		datasets: ['local_ehc_plans', 'local_post16_places'],
		period: `Active plans on the census date; places commissioned for ${academicYear}`,
		notes: [
			'Places open to any need (need focus MIXED) exist in every quadrant and are not counted as a match: this indicator asks whether any provision is commissioned for the need itself. Young people with no recorded need are never matched.',
			'Counts of 1–4 are shown as "c", with secondary suppression across quadrants and needs.'
		],
		columns: [
			{ key: 'need', label: 'Primary need' },
			...quadrants.map((q) => ({ key: q, label: qLabel(q), unit: 'count' as const })),
			{ key: 'Total', label: 'All quadrants', unit: 'count' }
		],
		rows: [...needs, 'Total'].map((n) => ({
			need: n === 'Total' ? 'Total' : needLabel(n),
			...Object.fromEntries([...quadrants, 'Total'].map((q) => [q, shown(q, n).shown ?? SUPPRESSED]))
		})),
		render: (document) =>
			countBarChart(
				totals.map((t) => ({ category: qLabel(t.q), value: t.c.shown, symbol: t.c.symbol })),
				{ xLabel: 'Young people with no need-focused place', document, ariaDescription: title }
			)
	};
}
