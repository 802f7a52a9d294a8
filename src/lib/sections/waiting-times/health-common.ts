/** What the health part of Waiting times shares between its community-waits and mental-health specs. */
import type { DatasetEntry } from '$lib/data/manifest';
import { direction, type Polarity, type ProseUnit } from '$lib/format/prose';
import type { Figure } from '$lib/format/figure';
import type { HealthBase, HealthLa } from './health-view';
import { monthName } from './published-charts';

export interface HealthInput {
	base: HealthBase;
	la: HealthLa;
	laName: string;
	autismEntry: DatasetEntry | undefined;
}

export const ENGLAND = 'E92000001';

export const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
export const span = (periods: string[]) => (periods.length ? `${monthName(periods[0]!)} – ${monthName(periods.at(-1)!)}` : 'no months published');

/**
 * Direction of travel over a monthly series, from the first month published (or the area's own first month, said so)
 * to the last, with the measure's polarity.
 */
export function monthlyTravel(
	points: (Figure & { period: string })[],
	periods: string[],
	unit: ProseUnit,
	polarity: Polarity,
	decimals = 1,
	fromLabel = monthName
): string {
	const first = periods[0];
	const last = periods.at(-1);
	if (!first || !last || first === last) return 'only one month is published, so there is no direction of travel';
	const at = (p: string) => points.find((x) => x.period === p);
	const ownFirst = points
		.filter((p) => p.value !== null && periods.includes(p.period))
		.map((p) => p.period)
		.sort()[0];
	if (!ownFirst) return 'no month is published for this area, so there is no direction of travel';
	const from = at(first)?.value !== null && at(first) ? first : ownFirst;
	if (from === last) return `only ${fromLabel(last)} is published for this area, so there is no direction of travel`;
	const d = direction(
		{ year: fromLabel(from), value: at(from)?.value ?? null, symbol: at(from)?.symbol ?? null },
		{ year: fromLabel(last), value: at(last)?.value ?? null, symbol: at(last)?.symbol ?? null },
		unit,
		polarity,
		{ decimals }
	);
	return `since ${fromLabel(from)}${from === first ? '' : ' (the first month published for this area)'}, ${d.text}`;
}

export function slug(text: string): string {
	return text.toLowerCase().replace(/[^a-z]+/g, '-');
}
