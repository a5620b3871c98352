// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store';
import { describeRightsRequestStoreContract } from './test-support/store-contract';
import type { StoredRightsRequest } from './rights-request-store';

function recordFor(key: string, year: number, sequence: number): StoredRightsRequest {
  return {
    idempotencyKey: key,
    fingerprint: key,
    year,
    sequence,
    request: {
      policyId: 'btn-cx-privacy',
      policyVersion: '1',
      locale: 'en',
      right: 'access',
      name: 'Ann Lee',
      email: 'ann@example.com',
    },
    receipt: {
      reference: `REQ-${year}-${sequence}`,
      right: 'access',
      submittedAt: `${year}-01-01T00:00:00.000Z`,
      dueBy: null,
    },
  };
}

const insert = (store: ReturnType<typeof createMemoryStore>, key: string, year = 2026) =>
  store.insert(key, year, (sequence) => recordFor(key, year, sequence));

describe('given a memory store', () => {
  it('numbers new records per year and finds them by key', async () => {
    const store = createMemoryStore();
    expect((await insert(store, 'a')).record.sequence).toBe(1);
    expect((await insert(store, 'b')).record.sequence).toBe(2);
    expect((await insert(store, 'c', 2027)).record.sequence).toBe(1);
    expect((await store.get('b'))?.receipt.reference).toBe('REQ-2026-2');
    expect(await store.get('z')).toBeUndefined();
  });

  it('returns the existing record for a known key without calling create', async () => {
    const store = createMemoryStore();
    const first = await insert(store, 'a');
    const again = await store.insert('a', 2026, () => {
      throw new Error('create must not be called for a known key');
    });
    expect(again).toEqual({ record: first.record, created: false });
  });

  it('creates one record when the same key is inserted many times at once', async () => {
    const store = createMemoryStore();
    const results = await Promise.all(Array.from({ length: 20 }, () => insert(store, 'same')));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await store.list()).toHaveLength(1);
  });

  it('keeps distinct keys apart under concurrency', async () => {
    const store = createMemoryStore();
    await Promise.all(Array.from({ length: 20 }, (_, i) => insert(store, `k${i}`)));
    const sequences = (await store.list()).map((r) => r.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describeRightsRequestStoreContract('memory', async () => ({ store: createMemoryStore() }));
