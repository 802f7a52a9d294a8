/**
 * Calendar-day arithmetic on integer "epoch days" (days since 1970-01-01, UTC), the representation the
 * generator uses in memory for date columns (no Date objects per row).
 */

/** Epoch day of a civil date (proleptic Gregorian; Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
	const yy = m <= 2 ? y - 1 : y;
	const era = Math.floor(yy / 400);
	const yoe = yy - era * 400;
	const mp = (m + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

export interface Civil {
	y: number;
	m: number;
	d: number;
}

/** Civil date of an epoch day (civil_from_days). */
export function civilFromDays(days: number): Civil {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Epoch day of an ISO date `YYYY-MM-DD`. */
export function dayOf(iso: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`Not an ISO date: ${iso}`);
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const days = daysFromCivil(y, m, d);
	const back = civilFromDays(days);
	if (back.y !== y || back.m !== m || back.d !== d) throw new Error(`Not a calendar date: ${iso}`);
	return days;
}

/** ISO `YYYY-MM-DD` of an epoch day. */
export function isoOf(days: number): string {
	const { y, m, d } = civilFromDays(days);
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Completed years between a birth day and a later day. */
export function ageOn(birth: number, on: number): number {
	const b = civilFromDays(birth);
	const o = civilFromDays(on);
	let age = o.y - b.y;
	if (o.m < b.m || (o.m === b.m && o.d < b.d)) age--;
	return age;
}

/** Day of week, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(days: number): number {
	return (((days + 3) % 7) + 7) % 7;
}

/** Academic year label ("2023/24") of a day: 1 September to 31 August. */
export function academicYearOf(days: number): string {
	const { y, m } = civilFromDays(days);
	const start = m >= 9 ? y : y - 1;
	return academicYearLabel(start);
}

/** "2023/24" for the academic year starting in September 2023. */
export function academicYearLabel(startYear: number): string {
	return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** Average days per month, for waits expressed in months. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Milliseconds per day (Arrow Date32 values are written from epoch milliseconds). */
export const MS_PER_DAY = 86_400_000;
