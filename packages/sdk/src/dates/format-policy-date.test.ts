import { describe, expect, it } from 'vitest';
import {
  PolicyDateError,
  formatPolicyDate,
  relativeTime,
  relativeTimeFromNow,
} from './format-policy-date';
import { btnEn, cttId } from '../../../../test/fixtures/policies';

describe('formatPolicyDate', () => {
  describe('given a date-only value', () => {
    it('formats it in Indonesian', () => {
      expect(formatPolicyDate('2024-06-12', 'id-ID')).toBe('12 Juni 2024');
    });

    it('formats it in British English', () => {
      expect(formatPolicyDate('2025-09-30', 'en-GB')).toBe('30 September 2025');
    });

    it('formats it in US English', () => {
      expect(formatPolicyDate('2024-06-12', 'en-US')).toBe('June 12, 2024');
    });

    it('keeps the calendar date whatever time zone is asked for (no off-by-one)', () => {
      expect(formatPolicyDate('2024-01-01', 'en-GB', { timeZone: 'America/Los_Angeles' })).toBe(
        '1 January 2024',
      );
      expect(formatPolicyDate('2024-01-01', 'en-GB', { timeZone: 'Pacific/Kiritimati' })).toBe(
        '1 January 2024',
      );
    });
  });

  describe('given an instant', () => {
    it('shows its date in UTC by default', () => {
      expect(formatPolicyDate('2024-06-11T20:00:00Z', 'id-ID')).toBe('11 Juni 2024');
    });

    it('shows its date in the given time zone', () => {
      expect(formatPolicyDate('2024-06-11T20:00:00Z', 'id-ID', { timeZone: 'Asia/Jakarta' })).toBe(
        '12 Juni 2024',
      );
    });

    it('honours an offset in the instant', () => {
      expect(formatPolicyDate('2024-06-12T01:00:00+07:00', 'en-GB')).toBe('11 June 2024');
    });
  });

  describe('given an invalid locale', () => {
    it('falls back to English rather than failing', () => {
      expect(formatPolicyDate('2024-06-12', 'not a locale!')).toBe('June 12, 2024');
    });

    it('reads an underscore as a hyphen', () => {
      expect(formatPolicyDate('2024-06-12', 'id_ID')).toBe('12 Juni 2024');
    });
  });

  describe('given something that is not a date', () => {
    it.each(['', '2024-6-12', '2024-02-30', '2023-02-29', 'yesterday', '2024-06-12T25:00:00Z'])(
      'throws PolicyDateError for %j',
      (value) => {
        expect(() => formatPolicyDate(value, 'en')).toThrow(PolicyDateError);
      },
    );

    it('names the value in the message', () => {
      expect(() => formatPolicyDate('2024-02-30', 'en')).toThrow('"2024-02-30"');
    });

    it('accepts a leap day', () => {
      expect(formatPolicyDate('2024-02-29', 'en-GB')).toBe('29 February 2024');
    });
  });
});

describe('relativeTime', () => {
  const now = new Date('2026-06-12T08:00:00Z');

  it.each([
    ['2026-06-12', 0, 'day'],
    ['2026-06-11', -1, 'day'],
    ['2026-06-06', -6, 'day'],
    ['2026-06-05', -1, 'week'],
    ['2026-05-13', -4, 'week'],
    ['2026-05-12', -1, 'month'],
    ['2025-06-13', -11, 'month'],
    ['2025-06-12', -1, 'year'],
    ['2024-06-13', -1, 'year'],
    ['2024-06-12', -2, 'year'],
    ['2026-06-19', 1, 'week'],
    ['2027-01-01', 6, 'month'],
    ['2028-06-12', 2, 'year'],
  ] as const)('puts %s at %i %s from 12 June 2026', (date, value, unit) => {
    expect(relativeTime(date, now)).toEqual({ value, unit });
  });

  it('reads "today" in the given time zone', () => {
    // 20:00 UTC on 11 June is already 12 June in Jakarta (UTC+7).
    const evening = new Date('2026-06-11T20:00:00Z');
    expect(relativeTime('2026-06-12', evening)).toEqual({ value: 1, unit: 'day' });
    expect(relativeTime('2026-06-12', evening, { timeZone: 'Asia/Jakarta' })).toEqual({
      value: 0,
      unit: 'day',
    });
  });
});

describe('relativeTimeFromNow', () => {
  const now = new Date('2026-07-01T00:00:00Z');

  it('says "2 years ago" in English', () => {
    expect(relativeTimeFromNow('2024-06-12', 'en', now)).toBe('2 years ago');
  });

  it('says "2 tahun yang lalu" in Indonesian', () => {
    expect(relativeTimeFromNow('2024-06-12', 'id-ID', now)).toBe('2 tahun yang lalu');
  });

  it('says "today" and "yesterday" rather than "0 days ago"', () => {
    expect(relativeTimeFromNow('2026-07-01', 'en', now)).toBe('today');
    expect(relativeTimeFromNow('2026-06-30', 'id', now)).toBe('kemarin');
  });

  it('says "1 year ago", not "last year", which reads like the previous calendar year', () => {
    expect(relativeTimeFromNow('2025-06-12', 'en', now)).toBe('1 year ago');
  });

  it('speaks of the future too', () => {
    expect(relativeTimeFromNow('2027-01-01', 'en', now)).toBe('in 6 months');
  });

  it('throws PolicyDateError for a date that does not exist', () => {
    expect(() => relativeTimeFromNow('2025-13-01', 'en', now)).toThrow(PolicyDateError);
  });
});

describe('formatPolicyDate on the seed policies', () => {
  it("formats CTT's last update in Indonesian and BTN CX's in British English", () => {
    expect(formatPolicyDate(cttId.lastUpdated, 'id-ID')).toBe('12 Juni 2024');
    expect(formatPolicyDate(btnEn.lastUpdated, 'en-GB')).toBe('1 November 2024');
  });
});
