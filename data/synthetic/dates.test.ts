import { describe, expect, it } from 'vitest';
import { academicYearOf, ageOn, civilFromDays, dayOf, daysFromCivil, isoOf, weekday } from './dates';

describe('epoch days', () => {
	it('round-trips ISO dates and matches Date.UTC', () => {
		for (const iso of ['1970-01-01', '2000-02-29', '2025-01-16', '1999-12-31', '2024-08-31']) {
			const d = dayOf(iso);
			expect(d).toBe(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8))) / 86_400_000);
			expect(isoOf(d)).toBe(iso);
		}
		expect(civilFromDays(daysFromCivil(2024, 2, 29))).toEqual({ y: 2024, m: 2, d: 29 });
		expect(() => dayOf('2025-02-30')).toThrow();
	});
	it('computes completed years of age', () => {
		expect(ageOn(dayOf('2010-01-16'), dayOf('2025-01-16'))).toBe(15);
		expect(ageOn(dayOf('2010-01-17'), dayOf('2025-01-16'))).toBe(14);
	});
	it('knows weekdays and academic years', () => {
		expect(weekday(dayOf('2025-01-16'))).toBe(3); // Thursday
		expect(academicYearOf(dayOf('2024-08-31'))).toBe('2023/24');
		expect(academicYearOf(dayOf('2024-09-01'))).toBe('2024/25');
	});
});
