import { describe, expect, it } from 'vitest';
import type { RightId } from '../document/policy-types';
import { responseDeadline } from './response-deadline';

const EVERY_RIGHT: RightId[] = [
  'access',
  'rectification',
  'erasure',
  'portability',
  'restriction',
  'objection',
  'withdraw-consent',
  'automated-decision',
  'information',
  'complaint',
  'x-account-deactivation',
];

describe('given the id-pdp jurisdiction (UU PDP 27/2022)', () => {
  const submittedAt = '2026-03-02T09:15:30.250Z';

  it.each([
    ['rectification', '2026-03-05T09:15:30.250Z'],
    ['access', '2026-03-05T09:15:30.250Z'],
    ['withdraw-consent', '2026-03-05T09:15:30.250Z'],
    ['restriction', '2026-03-05T09:15:30.250Z'],
  ] as const)('gives %s a 3 × 24 hour deadline', (right, expected) => {
    expect(responseDeadline({ jurisdiction: 'id-pdp', right, submittedAt })).toBe(expected);
  });

  it.each([
    'erasure',
    'objection',
    'portability',
    'automated-decision',
    'information',
    'complaint',
    'x-account-deactivation',
  ] as const)('returns null for %s, where the law fixes no period', (right) => {
    expect(responseDeadline({ jurisdiction: 'id-pdp', right, submittedAt })).toBeNull();
  });

  it('covers every right id with either 72 hours or null', () => {
    const results = EVERY_RIGHT.map((right) =>
      responseDeadline({ jurisdiction: 'id-pdp', right, submittedAt }),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(4);
  });

  it('counts hours across the end of February in a common year', () => {
    expect(
      responseDeadline({
        jurisdiction: 'id-pdp',
        right: 'access',
        submittedAt: '2026-02-27T10:00:00Z',
      }),
    ).toBe('2026-03-02T10:00:00.000Z');
  });

  it('counts hours across 29 February in a leap year', () => {
    expect(
      responseDeadline({
        jurisdiction: 'id-pdp',
        right: 'access',
        submittedAt: '2028-02-27T10:00:00Z',
      }),
    ).toBe('2028-03-01T10:00:00.000Z');
  });

  it('counts hours across the new year', () => {
    expect(
      responseDeadline({
        jurisdiction: 'id-pdp',
        right: 'restriction',
        submittedAt: '2026-12-30T23:00:00Z',
      }),
    ).toBe('2027-01-02T23:00:00.000Z');
  });

  it('gives the same instant whatever the time zone, because the period is in hours', () => {
    for (const timeZone of ['Asia/Jakarta', 'Asia/Jayapura', 'America/New_York', 'UTC']) {
      expect(
        responseDeadline({
          jurisdiction: 'id-pdp',
          right: 'rectification',
          submittedAt: '2026-03-07T12:00:00Z',
          timeZone,
        }),
      ).toBe('2026-03-10T12:00:00.000Z');
    }
  });

  it('accepts a Date as well as an ISO string', () => {
    expect(
      responseDeadline({
        jurisdiction: 'id-pdp',
        right: 'access',
        submittedAt: new Date('2026-03-02T09:15:30.250Z'),
      }),
    ).toBe('2026-03-05T09:15:30.250Z');
  });
});

describe('given the gdpr jurisdiction (Art. 12(3))', () => {
  it.each([
    'access',
    'rectification',
    'erasure',
    'restriction',
    'portability',
    'objection',
    'automated-decision',
  ] as const)('gives %s (Art. 15–22) one calendar month', (right) => {
    expect(
      responseDeadline({ jurisdiction: 'gdpr', right, submittedAt: '2026-03-05T08:00:00Z' }),
    ).toBe('2026-04-05T08:00:00.000Z');
  });

  it.each(['withdraw-consent', 'information', 'complaint', 'x-account-deactivation'] as const)(
    'returns null for %s, which Art. 12(3) does not cover',
    (right) => {
      expect(
        responseDeadline({ jurisdiction: 'gdpr', right, submittedAt: '2026-03-05T08:00:00Z' }),
      ).toBeNull();
    },
  );

  it('covers every right id with either a month or null', () => {
    const results = EVERY_RIGHT.map((right) =>
      responseDeadline({ jurisdiction: 'gdpr', right, submittedAt: '2026-03-05T08:00:00Z' }),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(7);
  });

  describe('when the month after has no such day', () => {
    it.each([
      [
        '31 January in a common year → 28 February',
        '2026-01-31T10:00:00Z',
        '2026-02-28T10:00:00.000Z',
      ],
      [
        '31 January in a leap year → 29 February',
        '2028-01-31T10:00:00Z',
        '2028-02-29T10:00:00.000Z',
      ],
      [
        '30 January in a leap year → 29 February',
        '2024-01-30T10:00:00Z',
        '2024-02-29T10:00:00.000Z',
      ],
      [
        '29 January in a common year → 28 February',
        '2027-01-29T10:00:00Z',
        '2027-02-28T10:00:00.000Z',
      ],
      [
        '31 January 2100 (not a leap year) → 28 February',
        '2100-01-31T10:00:00Z',
        '2100-02-28T10:00:00.000Z',
      ],
      [
        '31 January 2000 (a leap year) → 29 February',
        '2000-01-31T10:00:00Z',
        '2000-02-29T10:00:00.000Z',
      ],
      ['31 March → 30 April', '2026-03-31T23:59:59.999Z', '2026-04-30T23:59:59.999Z'],
      ['31 August → 30 September', '2026-08-31T00:00:00Z', '2026-09-30T00:00:00.000Z'],
    ])('%s', (_label, submittedAt, expected) => {
      expect(responseDeadline({ jurisdiction: 'gdpr', right: 'access', submittedAt })).toBe(
        expected,
      );
    });
  });

  it('keeps the day of the month when it exists, 28 February → 28 March', () => {
    expect(
      responseDeadline({
        jurisdiction: 'gdpr',
        right: 'erasure',
        submittedAt: '2026-02-28T10:00:00Z',
      }),
    ).toBe('2026-03-28T10:00:00.000Z');
  });

  it('rolls December over into January of the next year', () => {
    expect(
      responseDeadline({
        jurisdiction: 'gdpr',
        right: 'erasure',
        submittedAt: '2026-12-31T10:00:00Z',
      }),
    ).toBe('2027-01-31T10:00:00.000Z');
  });

  describe('when a time zone is given', () => {
    it('adds the month to the local calendar date (Jakarta: 1 March local, still 28 February in UTC)', () => {
      // 2026-02-28T18:00Z is 1 March 01:00 WIB (UTC+7): one month later is 1 April 01:00 WIB.
      expect(
        responseDeadline({
          jurisdiction: 'gdpr',
          right: 'access',
          submittedAt: '2026-02-28T18:00:00Z',
          timeZone: 'Asia/Jakarta',
        }),
      ).toBe('2026-03-31T18:00:00.000Z');
      expect(
        responseDeadline({
          jurisdiction: 'gdpr',
          right: 'access',
          submittedAt: '2026-02-28T18:00:00Z',
        }),
      ).toBe('2026-03-28T18:00:00.000Z');
    });

    it('clamps to the local end of month (Jakarta: 31 January local → 28 February local)', () => {
      // 2026-01-30T20:00Z is 31 January 03:00 WIB.
      expect(
        responseDeadline({
          jurisdiction: 'gdpr',
          right: 'access',
          submittedAt: '2026-01-30T20:00:00Z',
          timeZone: 'Asia/Jakarta',
        }),
      ).toBe('2026-02-27T20:00:00.000Z');
    });

    it('keeps the local wall-clock time across the start of summer time (Berlin)', () => {
      // 1 March 01:30 CET (UTC+1) → 1 April 01:30 CEST (UTC+2).
      expect(
        responseDeadline({
          jurisdiction: 'gdpr',
          right: 'access',
          submittedAt: '2026-03-01T00:30:00Z',
          timeZone: 'Europe/Berlin',
        }),
      ).toBe('2026-03-31T23:30:00.000Z');
    });

    it('keeps the local wall-clock time across the end of summer time (Berlin)', () => {
      // 30 September 14:00 CEST (UTC+2) → 30 October 14:00 CET (UTC+1).
      expect(
        responseDeadline({
          jurisdiction: 'gdpr',
          right: 'access',
          submittedAt: '2026-09-30T12:00:00Z',
          timeZone: 'Europe/Berlin',
        }),
      ).toBe('2026-10-30T13:00:00.000Z');
    });

    it('moves a wall-clock time skipped by the clocks forward by the jump (New York, 8 March 02:30)', () => {
      // 8 February 02:30 EST; 8 March 2026 02:30 does not exist in New York → 03:30 EDT.
      expect(
        responseDeadline({
          jurisdiction: 'gdpr',
          right: 'access',
          submittedAt: '2026-02-08T07:30:00Z',
          timeZone: 'America/New_York',
        }),
      ).toBe('2026-03-08T07:30:00.000Z');
    });

    it('takes the earlier of a wall-clock time that happens twice (New York, 1 November 01:30)', () => {
      // 1 October 01:30 EDT → 1 November 01:30, first occurrence (EDT, UTC−4), not EST.
      expect(
        responseDeadline({
          jurisdiction: 'gdpr',
          right: 'access',
          submittedAt: '2026-10-01T05:30:00Z',
          timeZone: 'America/New_York',
        }),
      ).toBe('2026-11-01T05:30:00.000Z');
    });

    it('throws a RangeError naming an unknown time zone', () => {
      expect(() =>
        responseDeadline({
          jurisdiction: 'gdpr',
          right: 'access',
          submittedAt: '2026-03-01T00:00:00Z',
          timeZone: 'Mars/Olympus_Mons',
        }),
      ).toThrow(/Unknown time zone "Mars\/Olympus_Mons"/);
    });
  });
});

describe('given bad input', () => {
  it('throws a RangeError naming an unknown jurisdiction', () => {
    expect(() =>
      responseDeadline({
        jurisdiction: 'ccpa' as never,
        right: 'access',
        submittedAt: '2026-03-01T00:00:00Z',
      }),
    ).toThrow(new RangeError('Unknown jurisdiction "ccpa": expected "id-pdp" or "gdpr"'));
  });

  it('throws a RangeError naming an unreadable submittedAt', () => {
    expect(() =>
      responseDeadline({ jurisdiction: 'gdpr', right: 'access', submittedAt: 'yesterday' }),
    ).toThrow(/submittedAt "yesterday" is not a valid date/);
  });
});
