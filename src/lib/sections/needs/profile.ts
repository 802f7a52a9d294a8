/**
 * Need shares with 95% Wilson intervals and, for each need, whether the area's share differs significantly from
 * England's. Shares are computed from the published counts (count ÷ all plans, as DfE computes its percentage);
 * DfE's own rounded percentage is kept beside them for the table and the headline.
 */
import { significance } from '$lib/format/prose';
import { wilson } from '$lib/stats/proportion';
import type { NeedCountRow, PlanKind } from '$lib/metrics/needs-published';
import { figureLabel } from '$lib/format/figure';

export const NEED_LABELS: Record<string, string> = {
	ASD: 'Autism (ASD)',
	SLCN: 'Speech, language and communication (SLCN)',
	MLD: 'Moderate learning difficulty (MLD)',
	SEMH: 'Social, emotional and mental health (SEMH)',
	SPLD: 'Specific learning difficulty (SpLD)',
	SLD: 'Severe learning difficulty (SLD)',
	PMLD: 'Profound and multiple learning difficulty (PMLD)',
	PD: 'Physical disability (PD)',
	HI: 'Hearing impairment (HI)',
	VI: 'Vision impairment (VI)',
	MSI: 'Multi-sensory impairment (MSI)',
	OTH: 'Other difficulty or disability (OTH)',
	UNKNOWN: 'Need not recorded'
};

/** The short code as the statistics spell it (SPLD → SpLD). */
export const needShort = (code: string) => (code === 'SPLD' ? 'SpLD' : code === 'UNKNOWN' ? 'Unknown' : code);

export interface NeedShare {
	area_code: string;
	need: string;
	count: number | null;
	symbol: string | null;
	total: number | null;
	published_pc: number | null;
	/** Share in % (0–100) from the counts, with its 95% Wilson interval; null when a count is not published. */
	share: number | null;
	lower: number | null;
	upper: number | null;
	/** Against England's share of the same need ('too few' under the prose rule's smallest base); null for England itself or when not computable. */
	vsEngland: NeedVerdict | null;
}

type NeedVerdict = 'higher' | 'lower' | 'similar' | 'too few';
const VERDICT = {
	'significantly higher': 'higher',
	'significantly lower': 'lower',
	'not significantly different': 'similar',
	'too few to judge': 'too few'
} as const;

/** England's exact share (0–100) of each need, from the counts: what the verdicts compare with. */
export function englandShares(rows: NeedCountRow[], kind: PlanKind, englandCode = 'E92000001'): Map<string, number> {
	return new Map(
		rows.filter((r) => r.kind === kind && r.area_code === englandCode && r.count !== null && r.total).map((r) => [r.need, (r.count! / r.total!) * 100])
	);
}

export function needShares(rows: NeedCountRow[], kind: PlanKind, englandCode = 'E92000001'): NeedShare[] {
	const own = rows.filter((r) => r.kind === kind);
	const englandShare = englandShares(rows, kind, englandCode);
	return own.map((r) => {
		const ok = r.count !== null && r.total !== null && r.total > 0;
		const ci = ok ? wilson(r.count!, r.total!) : null;
		const ref = englandShare.get(r.need);
		return {
			area_code: r.area_code,
			need: r.need,
			count: r.count,
			symbol: r.count_symbol,
			total: r.total,
			published_pc: r.published_pc,
			share: ci ? ci.p * 100 : null,
			lower: ci ? ci.lower * 100 : null,
			upper: ci ? ci.upper * 100 : null,
			vsEngland: ok && ref !== undefined && r.area_code !== englandCode ? VERDICT[significance(r.count, r.total, ref)] : null
		};
	});
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const pc = (v: number | null) => figureLabel({ value: v }, (x) => `${round1(x).toLocaleString('en-GB')}%`);

/** "MLD: 8.8% of plans (95% CI 8.3–9.3%), England 10.6% — significantly lower". */
export function flagSentence(s: NeedShare, england: NeedShare | undefined, what = 'plans'): string {
	const value = s.published_pc ?? s.share;
	const base = value === null ? `${needShort(s.need)}: not published${s.symbol ? ` (${s.symbol})` : ''}` : `${needShort(s.need)}: ${pc(value)} of ${what}`;
	const ci = s.lower !== null && s.upper !== null ? ` (95% CI ${s.lower.toFixed(1)}–${s.upper.toFixed(1)}%)` : '';
	const eng = england ? `, England ${pc(england.published_pc ?? england.share)}` : '';
	const verdict =
		s.vsEngland === 'higher'
			? ' — significantly higher'
			: s.vsEngland === 'lower'
				? ' — significantly lower'
				: s.vsEngland === 'similar'
					? ' — not significantly different'
					: s.vsEngland === 'too few'
						? ` — too few ${what} (${s.total ?? 0}) to judge`
						: '';
	return `${base}${ci}${eng}${verdict}`;
}
