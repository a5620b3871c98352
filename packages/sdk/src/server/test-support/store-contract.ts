/**
 * Test support: the one contract every rights-request store passes — memory, file and
 * PostgreSQL run these same tests (like Web Platform Tests hold every browser to one suite).
 */
import { describe, expect, it } from 'vitest';
import type { ListableRightsRequestStore, StoredRightsRequest } from '../rights-request-store';

export interface StoreUnderTest {
  store: ListableRightsRequestStore;
  /** A new store over the same data, as after a restart; absent for the memory store. */
  reopen?: () => Promise<ListableRightsRequestStore>;
}

export function recordFor(key: string, year: number, sequence: number): StoredRightsRequest {
  return {
    idempotencyKey: key,
    fingerprint: `fp-${key}`,
    year,
    sequence,
    request: {
      policyId: 'ctt-privacy',
      policyVersion: '1',
      locale: 'id-ID',
      right: 'access',
      name: 'Siti',
      email: 'siti@example.co.id',
    },
    receipt: {
      reference: `REQ-${year}-${String(sequence).padStart(6, '0')}`,
      right: 'access',
      submittedAt: `${year}-03-02T02:00:00.000Z`,
      dueBy: null,
    },
  };
}

const insert = (store: ListableRightsRequestStore, key: string, year = 2026) =>
  store.insert(key, year, (sequence) => recordFor(key, year, sequence));

/**
 * `setup` makes a fresh, empty store for each test (and closes the last one itself, or in
 * the caller's `afterEach`).
 */
export function describeRightsRequestStoreContract(
  label: string,
  setup: () => Promise<StoreUnderTest>,
): void {
  describe(`given the ${label} store (shared store contract)`, () => {
    it('numbers new keys 1, 2, 3 within a year and reports them created', async () => {
      const { store } = await setup();
      expect((await insert(store, 'a')).record.sequence).toBe(1);
      expect((await insert(store, 'b')).record.sequence).toBe(2);
      const third = await insert(store, 'c');
      expect(third).toEqual({ record: recordFor('c', 2026, 3), created: true });
    });

    it('returns the existing record for a known key without calling create()', async () => {
      const { store } = await setup();
      const first = await insert(store, 'a');
      const again = await store.insert('a', 2026, () => {
        throw new Error('create must not be called for a known key');
      });
      expect(again).toEqual({ record: first.record, created: false });
      expect(await store.get('a')).toEqual(first.record);
      expect(await store.get('unknown')).toBeUndefined();
      expect(await store.list()).toHaveLength(1);
    });

    it('counts sequences per year', async () => {
      const { store } = await setup();
      await insert(store, 'a', 2026);
      await insert(store, 'b', 2026);
      expect((await insert(store, 'c', 2027)).record.sequence).toBe(1);
      expect((await insert(store, 'd', 2026)).record.sequence).toBe(3);
    });

    it('gives fifty keys at once fifty distinct sequence numbers, 1 to 50', async () => {
      const { store } = await setup();
      const keys = Array.from({ length: 50 }, (_, i) => `k${i}`);
      await Promise.all(keys.map((key) => insert(store, key)));
      const records = await store.list();
      expect(new Set(records.map((r) => r.idempotencyKey)).size).toBe(50);
      expect(records.map((r) => r.sequence).sort((a, b) => a - b)).toEqual(
        keys.map((_, i) => i + 1),
      );
    });

    it('records a key sent twenty times at once once', async () => {
      const { store } = await setup();
      const results = await Promise.all(Array.from({ length: 20 }, () => insert(store, 'same')));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.record.receipt.reference)).size).toBe(1);
      expect(await store.list()).toHaveLength(1);
    });

    it('records nothing when create() throws, and leaves no gap in the sequence', async () => {
      const { store } = await setup();
      await insert(store, 'a');
      await expect(
        store.insert('b', 2026, () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.get('b')).toBeUndefined();
      expect((await insert(store, 'c')).record.sequence).toBe(2);
    });

    it('lists records oldest first, as they were stored', async () => {
      const { store } = await setup();
      for (const key of ['x', 'y', 'z']) await insert(store, key);
      expect(await store.list()).toEqual([
        recordFor('x', 2026, 1),
        recordFor('y', 2026, 2),
        recordFor('z', 2026, 3),
      ]);
    });

    it('keeps records, deduplication and the sequence across a restart', async () => {
      const { store, reopen } = await setup();
      if (!reopen) return; // the memory store forgets by design
      await insert(store, 'a');
      await insert(store, 'b');
      const after = await reopen();
      expect((await after.list()).map((r) => r.idempotencyKey)).toEqual(['a', 'b']);
      expect((await insert(after, 'a')).created).toBe(false);
      expect((await insert(after, 'c')).record.sequence).toBe(3);
    });
  });
}
