import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

const jakarta = { timeZone: 'Asia/Jakarta', holidays: ['2026-08-17'] };

describe('addWorkingDays', () => {
  it('skips the weekend and the host’s holidays, counting from the day after receipt', () => {
    // Friday 14 Aug 2026 16:00 WIB; Sat, Sun, Mon 17 Aug (holiday) off → Tue 18, Wed 19.
    expect(addWorkingDays('2026-08-14T09:00:00Z', 2, jakarta)).toBe('2026-08-19T16:59:59.999Z');
  });

  it('reads the day of receipt in the calendar’s zone, not in UTC', () => {
    // 23:30 UTC on Thursday is already Friday 06:30 in Jakarta.
    const friday = addWorkingDays('2026-08-13T23:30:00Z', 1, { timeZone: 'Asia/Jakarta' });
    expect(friday).toBe('2026-08-17T16:59:59.999Z'); // Monday, end of day WIB
    const thursday = addWorkingDays('2026-08-13T23:30:00Z', 1);
    expect(thursday).toBe('2026-08-14T23:59:59.999Z'); // UTC: Friday
  });

  it('takes another weekend (Friday and Saturday)', () => {
    expect(addWorkingDays('2026-08-12T10:00:00Z', 2, { weekend: [5, 6] })).toBe(
      '2026-08-16T23:59:59.999Z',
    );
  });

  it('gives the end of the first working day from receipt for 0 days', () => {
    expect(addWorkingDays('2026-08-15T10:00:00Z', 0)).toBe('2026-08-17T23:59:59.999Z');
    expect(addWorkingDays('2026-08-14T10:00:00Z', 0)).toBe('2026-08-14T23:59:59.999Z');
  });

  it('ends the day in a zone with daylight saving at the local midnight', () => {
    // Europe/Berlin, Friday 27 Mar 2026; clocks go forward on Sunday 29 Mar.
    expect(addWorkingDays('2026-03-27T10:00:00Z', 1, { timeZone: 'Europe/Berlin' })).toBe(
      '2026-03-30T21:59:59.999Z',
    );
  });

  it('refuses what cannot be a calendar, naming it', () => {
    expect(() => addWorkingDays('2026-08-14T09:00:00Z', -1)).toThrow(/whole number/);
    expect(() => addWorkingDays('2026-08-14T09:00:00Z', 1.5)).toThrow(/whole number/);
    expect(() => addWorkingDays('not a date', 1)).toThrow(/not a valid date/);
    expect(() => addWorkingDays('2026-08-14', 1, { holidays: ['17/08/2026'] })).toThrow(
      /17\/08\/2026/,
    );
    expect(() => addWorkingDays('2026-08-14', 1, { weekend: [7] })).toThrow(/weekend day 7/);
    expect(() => addWorkingDays('2026-08-14', 1, { weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(
      /no working day/,
    );
    expect(() => addWorkingDays('2026-08-14', 1, { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it('is false on a holiday and at the weekend, true otherwise', () => {
    expect(isWorkingDay('2026-08-17T03:00:00Z', jakarta)).toBe(false);
    expect(isWorkingDay('2026-08-16T03:00:00Z', jakarta)).toBe(false);
    expect(isWorkingDay('2026-08-18T03:00:00Z', jakarta)).toBe(true);
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the start day up to the end day', () => {
    expect(workingDaysBetween('2026-08-14T09:00:00Z', '2026-08-19T09:00:00Z', jakarta)).toBe(2);
    expect(workingDaysBetween('2026-08-14T09:00:00Z', '2026-08-14T10:00:00Z', jakarta)).toBe(0);
    expect(workingDaysBetween('2026-08-19T09:00:00Z', '2026-08-14T09:00:00Z', jakarta)).toBe(0);
  });

  it('agrees with addWorkingDays', () => {
    const start = '2026-12-20T02:00:00Z';
    const calendar = { timeZone: 'Asia/Makassar', holidays: ['2026-12-25', '2026-12-24'] };
    for (const days of [1, 3, 5, 10, 20]) {
      expect(workingDaysBetween(start, addWorkingDays(start, days, calendar), calendar)).toBe(days);
    }
  });
});
