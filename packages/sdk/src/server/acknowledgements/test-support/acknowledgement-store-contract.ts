/**
 * Test support: the one contract every acknowledgement store passes — memory, file and
 * PostgreSQL run these same tests.
 */
import { describe, expect, it } from 'vitest';
import type {
  AcknowledgementRecordStore,
  StoredAcknowledgement,
} from '../acknowledgement-record-store';

export interface AcknowledgementStoreUnderTest {
  store: AcknowledgementRecordStore;
  /** A new store over the same data, as after a restart; absent for the memory store. */
  reopen?: () => Promise<AcknowledgementRecordStore>;
}

let counter = 0;
export function storedFor(
  subjectId: string,
  key: string,
  overrides: Partial<StoredAcknowledgement['record']> = {},
): StoredAcknowledgement {
  counter++;
  return {
    idempotencyKey: key,
    fingerprint: `fp-${key}`,
    receiptId: `receipt-${counter}`,
    record: {
      recordId: `record-${String(counter).padStart(6, '0')}`,
      subjectId,
      policyId: 'ctt-privacy',
      version: '2024-06-12',
      locale: 'id-ID',
      documentSha256: 'a'.repeat(64),
      channel: 'dialog',
      event: 'acknowledged',
      recordedAt: `2026-03-02T02:00:${String(counter % 60).padStart(2, '0')}.000Z`,
      ...overrides,
    },
  };
}

export function describeAcknowledgementStoreContract(
  name: string,
  make: () => Promise<AcknowledgementStoreUnderTest>,
): void {
  describe(`acknowledgement store contract: ${name}`, () => {
    it('records once per (subject, key): a replay returns the first record and does not call create', async () => {
      const { store } = await make();
      const first = storedFor('user-1', 'k1');
      expect(await store.insert('user-1', 'k1', () => first)).toEqual({
        record: first,
        created: true,
      });
      let called = false;
      const again = await store.insert('user-1', 'k1', () => {
        called = true;
        return storedFor('user-1', 'k1');
      });
      expect(again).toEqual({ record: first, created: false });
      expect(called).toBe(false);
      expect(await store.listBySubject('user-1')).toEqual([first]);
    });

    it('keeps keys per subject: the same key from two people is two records, each listed only to its owner', async () => {
      const { store } = await make();
      const a = storedFor('user-a', 'same-key');
      const b = storedFor('user-b', 'same-key');
      await store.insert('user-a', 'same-key', () => a);
      expect((await store.insert('user-b', 'same-key', () => b)).created).toBe(true);
      expect(await store.listBySubject('user-a')).toEqual([a]);
      expect(await store.listBySubject('user-b')).toEqual([b]);
      expect(await store.listBySubject('user-c')).toEqual([]);
    });

    it('refuses a create() for another subject or key', async () => {
      const { store } = await make();
      await expect(store.insert('user-1', 'k', () => storedFor('user-2', 'k'))).rejects.toThrow(
        /another subject or key/,
      );
      expect(await store.listBySubject('user-2')).toEqual([]);
    });

    it('answers 20 concurrent inserts of one key with one record', async () => {
      const { store } = await make();
      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          store.insert('user-1', 'burst', () => storedFor('user-1', 'burst')),
        ),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.record.record.recordId)).size).toBe(1);
      expect(await store.listBySubject('user-1')).toHaveLength(1);
    });

    it('queries one policy by version, event and subjects, oldest first', async () => {
      const { store } = await make();
      const late = storedFor('u1', 'a', { recordedAt: '2026-03-05T00:00:00.000Z' });
      const early = storedFor('u2', 'b', {
        recordedAt: '2026-03-01T00:00:00.000Z',
        locale: 'en-US',
      });
      const delivered = storedFor('u3', 'c', { event: 'delivered', channel: 'upcoming-notice' });
      const older = storedFor('u1', 'd', { version: '2023-01-01' });
      const other = storedFor('u1', 'e', { policyId: 'btn-privacy' });
      for (const s of [late, early, delivered, older, other]) {
        await store.insert(s.record.subjectId, s.idempotencyKey, () => s);
      }
      expect(
        await store.query({
          policyId: 'ctt-privacy',
          version: '2024-06-12',
          event: 'acknowledged',
        }),
      ).toEqual([early, late]);
      expect(await store.query({ policyId: 'ctt-privacy', event: 'delivered' })).toEqual([
        delivered,
      ]);
      expect(await store.query({ policyId: 'ctt-privacy', subjectIds: ['u1'] })).toEqual(
        [older, late].sort((x, y) => x.record.recordedAt.localeCompare(y.record.recordedAt)),
      );
      expect(await store.query({ policyId: 'ctt-privacy', subjectIds: [] })).toEqual([]);
      expect(await store.query({ policyId: 'btn-privacy' })).toEqual([other]);
    });

    it('keeps everything across a restart, and keys keep deduplicating', async () => {
      const { store, reopen } = await make();
      if (!reopen) return; // the memory store has no restart; its records are lost by design
      const first = storedFor('user-1', 'k1', { locale: 'en-US', channel: 'viewer' });
      await store.insert('user-1', 'k1', () => first);
      const again = await reopen();
      expect(await again.listBySubject('user-1')).toEqual([first]);
      expect(await again.insert('user-1', 'k1', () => storedFor('user-1', 'k1'))).toEqual({
        record: first,
        created: false,
      });
    });
  });
}
