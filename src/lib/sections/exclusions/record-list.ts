/** The caseworker's list of flagged plans: its CSV and how its size is stated (a small count is never shown). */
import { toCsv } from '$lib/format/csv';
import type { FlaggedRecord } from '$lib/metrics/local-record-quality';
import { isSmallCount } from '$lib/privacy/suppression';

const COLUMNS: { key: keyof FlaggedRecord & string; label: string }[] = [
	{ key: 'plan_id', label: 'Plan id (pseudonymous)' },
	{ key: 'quadrant_code', label: 'Quadrant' },
	{ key: 'locality_code', label: 'Locality' },
	{ key: 'setting_group', label: 'Setting group' },
	{ key: 'establishment_code', label: 'Establishment code' },
	{ key: 'plan_start_date', label: 'Plan issued' },
	{ key: 'last_review_date', label: 'Last annual review' },
	{ key: 'overdue_12', label: 'Review over 12 months ago' },
	{ key: 'overdue_24', label: 'Review over 24 months ago' },
	{ key: 'placement_unknown', label: 'Placement not recorded' },
	{ key: 'closed_school', label: 'School recorded is closed' }
];

export function flaggedRecordsCsv(records: FlaggedRecord[]): string {
	return toCsv(COLUMNS, records);
}

/** "1,234 plans to check", or "Fewer than 5 plans to check" for 1–4, so the size of a small list is not published. */
export function listCountText(n: number): string {
	if (n === 0) return 'No plans to check.';
	if (isSmallCount(n)) return 'Fewer than 5 plans to check.';
	return `${n.toLocaleString('en-GB')} plans to check.`;
}
