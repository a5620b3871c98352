import { describe, expect, it } from 'vitest';
import { createAcknowledgementStore } from './acknowledgement-store';
import type { StorageLike } from './acknowledgement-types';
import {
  PolicyChangeNoticeError,
  acknowledgeUpcomingNotice,
  acknowledgementDue,
  loadAcknowledgements,
  needsUpcomingNotice,
  noticeRecordId,
  policyChangeNotice,
} from './policy-change-notice';
import type { PolicyDocument } from '../document/policy-types';
import { cttId, cttIdUpcoming } from '../../../../test/fixtures/policies';

const version = (v: string, extra: Partial<PolicyDocument> = {}): PolicyDocument => ({
  schemaVersion: 1,
  id: 'ctt-privacy',
  version: v,
  locale: 'id-ID',
  title: 'Kebijakan Privasi',
  lastUpdated: '2024-06-12',
  sections: [{ id: 'a', title: 'A', blocks: [] }],
  ...extra,
});

const current = version('2024-06-12');
const upcoming = version('2027-01-01', { effectiveDate: '2027-01-01', lastUpdated: '2026-11-01' });

const memory = (): StorageLike => {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('policyChangeNotice', () => {
  describe('given no upcoming version', () => {
    it('has nothing to announce', () => {
      expect(policyChangeNotice({ policy: current, now: new Date() })).toEqual({
        status: 'none',
        current,
      });
      expect(policyChangeNotice({ policy: current, upcoming: null, now: new Date() }).status).toBe(
        'none',
      );
    });
  });

  describe('given an upcoming version whose date is in the future (UTC)', () => {
    const now = new Date('2026-12-31T23:59:59.999Z');

    it('announces it, with its date, the instant it takes effect and the days left', () => {
      expect(policyChangeNotice({ policy: current, upcoming, now })).toEqual({
        status: 'upcoming',
        current,
        upcoming,
        effectiveDate: '2027-01-01',
        takesEffectAt: '2027-01-01T00:00:00.000Z',
        daysUntil: 1,
      });
    });

    it('counts calendar days, not 24-hour periods', () => {
      expect(
        policyChangeNotice({ policy: current, upcoming, now: new Date('2026-12-01T00:00:00Z') })
          .daysUntil,
      ).toBe(31);
    });
  });

  describe('given the effective date has come (UTC)', () => {
    it('applies the upcoming version from midnight, with the old one as previous', () => {
      const notice = policyChangeNotice({
        policy: current,
        upcoming,
        now: new Date('2027-01-01T00:00:00.000Z'),
      });
      expect(notice).toMatchObject({
        status: 'in-effect',
        current: upcoming,
        previous: current,
        daysUntil: 0,
      });
      expect(notice.upcoming).toBeUndefined();
    });

    it('stays in effect on later days', () => {
      expect(
        policyChangeNotice({ policy: current, upcoming, now: new Date('2027-03-01T12:00:00Z') }),
      ).toMatchObject({ status: 'in-effect', daysUntil: -59 });
    });
  });

  describe('given a time zone (Asia/Jakarta, UTC+7)', () => {
    it('takes effect at local midnight: 17:00 UTC the day before', () => {
      const justBefore = new Date('2026-12-31T16:59:59.999Z');
      const atMidnight = new Date('2026-12-31T17:00:00.000Z');
      expect(
        policyChangeNotice({
          policy: current,
          upcoming,
          now: justBefore,
          timeZone: 'Asia/Jakarta',
        }),
      ).toMatchObject({
        status: 'upcoming',
        daysUntil: 1,
        takesEffectAt: '2026-12-31T17:00:00.000Z',
      });
      expect(
        policyChangeNotice({ policy: current, upcoming, now: atMidnight, timeZone: 'Asia/Jakarta' })
          .status,
      ).toBe('in-effect');
    });

    it('differs from UTC in the hours between the two midnights', () => {
      const evening = new Date('2026-12-31T20:00:00Z'); // 03:00 on 1 January in Jakarta
      expect(policyChangeNotice({ policy: current, upcoming, now: evening }).status).toBe(
        'upcoming',
      );
      expect(
        policyChangeNotice({ policy: current, upcoming, now: evening, timeZone: 'Asia/Jakarta' })
          .status,
      ).toBe('in-effect');
    });
  });

  describe('given a time zone with daylight saving time on the effective date', () => {
    it('finds local midnight on the day the clocks change (America/Santiago, 2026-09-06)', () => {
      // Chile springs forward at 24:00 on 5 September 2026: the day starts at 01:00 (UTC-3).
      const next = version('v2', { effectiveDate: '2026-09-06' });
      const notice = policyChangeNotice({
        policy: current,
        upcoming: next,
        now: new Date('2026-09-01T00:00:00Z'),
        timeZone: 'America/Santiago',
      });
      expect(notice.takesEffectAt).toBe('2026-09-06T04:00:00.000Z');
    });

    it('finds local midnight in a zone ahead of UTC in summer (Europe/Berlin)', () => {
      const next = version('v2', { effectiveDate: '2026-07-01' });
      expect(
        policyChangeNotice({
          policy: current,
          upcoming: next,
          now: new Date('2026-06-01T00:00:00Z'),
          timeZone: 'Europe/Berlin',
        }).takesEffectAt,
      ).toBe('2026-06-30T22:00:00.000Z');
    });
  });

  describe('given an upcoming that is this very version', () => {
    it('has nothing to announce', () => {
      expect(
        policyChangeNotice({ policy: current, upcoming: current, now: new Date() }).status,
      ).toBe('none');
    });
  });

  describe('given a misconfigured upcoming version', () => {
    it('throws for another policy', () => {
      expect(() =>
        policyChangeNotice({
          policy: current,
          upcoming: { ...upcoming, id: 'btn-cx-privacy' },
          now: new Date(),
        }),
      ).toThrow(PolicyChangeNoticeError);
    });

    it('throws, naming the version, when it has no effectiveDate', () => {
      const undated = version('2027-01-01');
      expect(() =>
        policyChangeNotice({ policy: current, upcoming: undated, now: new Date() }),
      ).toThrow(/"2027-01-01" of "ctt-privacy" has no effectiveDate/);
    });
  });
});

describe('upcoming-notice acknowledgements', () => {
  const before = new Date('2026-12-01T00:00:00Z');
  const after = new Date('2027-01-02T00:00:00Z');

  describe('given a person who acknowledged the current version', () => {
    it('still shows the notice of the upcoming one, and not the dialog', () => {
      const store = createAcknowledgementStore({ storage: memory() });
      store.acknowledge(current);
      const notice = policyChangeNotice({ policy: current, upcoming, now: before });
      expect(acknowledgementDue(store, notice.current)).toBe(false);
      expect(needsUpcomingNotice(store, notice)).toBe(true);
    });
  });

  describe('given a person who acknowledged the notice', () => {
    it('keeps it apart from the policy record, and shows the notice no more', () => {
      const store = createAcknowledgementStore({ storage: memory() });
      store.acknowledge(current);
      const record = acknowledgeUpcomingNotice(store, upcoming);
      expect(record).toMatchObject({
        policyId: noticeRecordId('ctt-privacy'),
        version: '2027-01-01',
      });
      expect(store.get('ctt-privacy')?.version).toBe('2024-06-12');
      const notice = policyChangeNotice({ policy: current, upcoming, now: before });
      expect(needsUpcomingNotice(store, notice)).toBe(false);
      expect(acknowledgementDue(store, notice.current)).toBe(false);
    });

    it('does not ask again once the version takes effect: they were told before (Pasal 21(2))', () => {
      const store = createAcknowledgementStore({ storage: memory() });
      store.acknowledge(current);
      acknowledgeUpcomingNotice(store, upcoming);
      const notice = policyChangeNotice({ policy: current, upcoming, now: after });
      expect(notice.status).toBe('in-effect');
      expect(store.needsAcknowledgement(notice.current)).toBe(true);
      expect(acknowledgementDue(store, notice.current)).toBe(false);
    });
  });

  describe('given a person who never saw the notice', () => {
    it('asks them to acknowledge the new version once it is in effect', () => {
      const store = createAcknowledgementStore({ storage: memory() });
      store.acknowledge(current);
      const notice = policyChangeNotice({ policy: current, upcoming, now: after });
      expect(needsUpcomingNotice(store, notice)).toBe(false);
      expect(acknowledgementDue(store, notice.current)).toBe(true);
    });
  });

  describe('given a person who acknowledged the upcoming version itself (another device)', () => {
    it('does not show the notice', () => {
      const store = createAcknowledgementStore({ storage: memory() });
      store.acknowledge(upcoming);
      expect(
        needsUpcomingNotice(store, policyChangeNotice({ policy: current, upcoming, now: before })),
      ).toBe(false);
    });
  });

  describe('loadAcknowledgements', () => {
    it('reads both records from an async storage', async () => {
      const data = new Map<string, string>();
      const store = createAcknowledgementStore({
        storage: {
          get: async (k) => data.get(k) ?? null,
          set: async (k, v) => void data.set(k, v),
        },
      });
      store.acknowledge(current);
      acknowledgeUpcomingNotice(store, upcoming);
      await store.flush();
      const fresh = createAcknowledgementStore({
        storage: {
          get: async (k) => data.get(k) ?? null,
          set: async (k, v) => void data.set(k, v),
        },
      });
      await expect(loadAcknowledgements(fresh, 'ctt-privacy')).resolves.toMatchObject({
        policy: { version: '2024-06-12' },
        notice: { version: '2027-01-01' },
      });
    });
  });
});

describe('policyChangeNotice on the seed policies', () => {
  describe('given CTT and its upcoming version (effective 1 January 2027) in Jakarta', () => {
    it('announces it until local midnight, then applies it', () => {
      const input = { policy: cttId, upcoming: cttIdUpcoming, timeZone: 'Asia/Jakarta' };
      expect(policyChangeNotice({ ...input, now: new Date('2026-12-31T16:59:59Z') })).toMatchObject(
        {
          status: 'upcoming',
          effectiveDate: '2027-01-01',
          daysUntil: 1,
        },
      );
      expect(policyChangeNotice({ ...input, now: new Date('2026-12-31T17:00:00Z') })).toMatchObject(
        {
          status: 'in-effect',
          current: cttIdUpcoming,
          previous: cttId,
        },
      );
    });
  });
});
