/**
 * Test support: the one contract every rights-request store passes — memory, file and
 * PostgreSQL run these same tests (like Web Platform Tests hold every browser to one suite).
 */
import { describe, expect, it } from 'vitest';
import type { RightId } from '../../document/policy-types';
import type { RequestStatus } from '../../rights/lifecycle/request-status';
import { lifecycleOf } from '../lifecycle/stored-lifecycle';
import {
  isRequestNotFound,
  isStoreConflict,
  type LifecycleRightsRequestStore,
  type RightsRequestChange,
  type StoredRightsRequest,
} from '../rights-request-store';

export interface StoreUnderTest {
  store: LifecycleRightsRequestStore;
  /** A new store over the same data, as after a restart; absent for the memory store. */
  reopen?: () => Promise<LifecycleRightsRequestStore>;
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

const insert = (store: LifecycleRightsRequestStore, key: string, year = 2026) =>
  store.insert(key, year, (sequence) => recordFor(key, year, sequence));

/** What an inbox row needs to vary: a record with a lifecycle. */
export interface InboxRow {
  status?: RequestStatus;
  right?: RightId;
  dueBy?: string | null;
  submittedAt?: string;
  email?: string;
}

/** A record as the handler writes it: with its lifecycle (status, history, due date). */
export function lifecycleRecordFor(
  key: string,
  year: number,
  sequence: number,
  row: InboxRow = {},
): StoredRightsRequest {
  const base = recordFor(key, year, sequence);
  const submittedAt = row.submittedAt ?? base.receipt.submittedAt;
  const status = row.status ?? 'received';
  const right = row.right ?? 'access';
  const dueBy = row.dueBy === undefined ? '2026-03-05T02:00:00.000Z' : row.dueBy;
  return {
    ...base,
    request: { ...base.request, right, email: row.email ?? `${key}@example.co.id` },
    receipt: { ...base.receipt, right, submittedAt, dueBy },
    lifecycle: {
      jurisdiction: 'id-pdp',
      status,
      history: [
        { at: submittedAt, actor: { kind: 'system' }, type: 'received', to: 'received' },
        ...(status === 'received'
          ? []
          : [
              {
                at: submittedAt,
                actor: { kind: 'controller' as const, id: 'dpo' },
                type: 'status' as const,
                from: 'received' as const,
                to: status,
              },
            ]),
      ],
      version: 1,
      dueBy,
    },
  };
}

const insertRow = (store: LifecycleRightsRequestStore, key: string, row: InboxRow = {}) =>
  store.insert(key, 2026, (sequence) => lifecycleRecordFor(key, 2026, sequence, row));

/** The change that moves `record` to `to` (an event appended, the due date kept). */
function moveTo(
  record: StoredRightsRequest,
  to: RequestStatus,
  note?: string,
): RightsRequestChange {
  const lifecycle = lifecycleOf(record);
  return {
    lifecycle: {
      jurisdiction: lifecycle.jurisdiction,
      status: to,
      dueBy: lifecycle.dueBy,
      history: [
        ...lifecycle.history,
        {
          at: '2026-03-03T00:00:00.000Z',
          actor: { kind: 'controller', id: 'dpo@ctt.id' },
          type: 'status',
          from: lifecycle.status,
          to,
          ...(note ? { note } : {}),
        },
      ],
    },
  };
}

const references = (items: StoredRightsRequest[]) => items.map((r) => r.receipt.reference);

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

    describe('the lifecycle', () => {
      it('finds a request by its reference, and nothing for an unknown one', async () => {
        const { store } = await setup();
        const { record } = await insertRow(store, 'a');
        expect(await store.getByReference('REQ-2026-000001')).toEqual(record);
        expect(await store.getByReference('REQ-2026-000002')).toBeUndefined();
        expect(await store.getByReference('req-2026-000001')).toBeUndefined();
      });

      it('refuses a second record with a reference already taken', async () => {
        const { store } = await setup();
        await insertRow(store, 'a');
        await expect(
          store.insert('b', 2026, () => lifecycleRecordFor('b', 2026, 1)),
        ).rejects.toThrow();
        expect(await store.get('b')).toBeUndefined();
      });

      it('writes a change based on the current version and counts the version up', async () => {
        const { store, reopen } = await setup();
        const { record } = await insertRow(store, 'a');
        const moved = await store.update('REQ-2026-000001', 1, moveTo(record, 'verifying'));
        expect(moved.lifecycle).toMatchObject({ status: 'verifying', version: 2 });
        expect(moved.lifecycle?.history).toHaveLength(2);
        expect(await store.getByReference('REQ-2026-000001')).toEqual(moved);
        expect(await store.get('a')).toEqual(moved);
        expect((await store.list()).map((r) => r.lifecycle?.status)).toEqual(['verifying']);
        if (reopen) {
          const after = await reopen();
          expect(await after.getByReference('REQ-2026-000001')).toEqual(moved);
        }
      });

      it('refuses a change based on a stale version, and writes nothing', async () => {
        const { store } = await setup();
        const { record } = await insertRow(store, 'a');
        const moved = await store.update('REQ-2026-000001', 1, moveTo(record, 'verifying'));
        const stale = await store
          .update('REQ-2026-000001', 1, moveTo(record, 'rejected'))
          .catch((error: unknown) => error);
        expect(isStoreConflict(stale)).toBe(true);
        expect(stale).toMatchObject({
          code: 'version-conflict',
          expectedVersion: 1,
          actualVersion: 2,
        });
        expect(await store.getByReference('REQ-2026-000001')).toEqual(moved);
      });

      it('lets exactly one of ten changes based on one version through; the others are refused', async () => {
        const { store } = await setup();
        const { record } = await insertRow(store, 'a');
        const results = await Promise.allSettled(
          Array.from({ length: 10 }, (_, i) =>
            store.update('REQ-2026-000001', 1, moveTo(record, 'in-progress', `move ${i}`)),
          ),
        );
        const won = results.filter((r) => r.status === 'fulfilled');
        expect(won).toHaveLength(1);
        for (const result of results) {
          if (result.status === 'rejected') expect(isStoreConflict(result.reason)).toBe(true);
        }
        const stored = await store.getByReference('REQ-2026-000001');
        expect(stored?.lifecycle?.version).toBe(2);
        expect(stored?.lifecycle?.history).toHaveLength(2);
      });

      it('refuses a change that rewrites or drops history, and an unknown reference', async () => {
        const { store } = await setup();
        const { record } = await insertRow(store, 'a', { status: 'verifying' });
        const change = moveTo(record, 'in-progress');
        const dropped = {
          lifecycle: { ...change.lifecycle, history: change.lifecycle.history.slice(1) },
        };
        await expect(store.update('REQ-2026-000001', 1, dropped)).rejects.toThrow(/append/);
        const rewritten = {
          lifecycle: {
            ...change.lifecycle,
            history: change.lifecycle.history.map((event, i) =>
              i === 0 ? { ...event, at: '2020-01-01T00:00:00.000Z' } : event,
            ),
          },
        };
        await expect(store.update('REQ-2026-000001', 1, rewritten)).rejects.toThrow(/append/);
        const missing = await store
          .update('REQ-2026-999999', 1, change)
          .catch((error: unknown) => error);
        expect(isRequestNotFound(missing)).toBe(true);
        expect((await store.getByReference('REQ-2026-000001'))?.lifecycle?.version).toBe(1);
      });

      it('reads a record from before the lifecycle as received, version 0, and moves it', async () => {
        const { store } = await setup();
        const { record } = await insert(store, 'old');
        expect(lifecycleOf(record)).toMatchObject({ status: 'received', version: 0 });
        const moved = await store.update(record.receipt.reference, 0, moveTo(record, 'verifying'));
        expect(moved.lifecycle?.version).toBe(1);
      });

      it('keeps a new status token hash, and the old one when a change names none', async () => {
        const { store } = await setup();
        const { record } = await insertRow(store, 'a');
        const hashed = await store.update('REQ-2026-000001', 1, {
          lifecycle: lifecycleOf(record),
          statusTokenHash: 'ab'.repeat(32),
        });
        expect(hashed.statusTokenHash).toBe('ab'.repeat(32));
        const moved = await store.update('REQ-2026-000001', 2, moveTo(hashed, 'verifying'));
        expect(moved.statusTokenHash).toBe('ab'.repeat(32));
      });
    });

    describe('the inbox query', () => {
      // Six requests: due on 5, 4, 6 March, none, 1 March (closed), 3 March (waiting on the person).
      async function inbox(store: LifecycleRightsRequestStore) {
        await insertRow(store, 'a', {
          dueBy: '2026-03-05T02:00:00.000Z',
          email: 'Siti@Example.co.id',
        });
        await insertRow(store, 'b', { dueBy: '2026-03-04T02:00:00.000Z', right: 'erasure' });
        await insertRow(store, 'c', { dueBy: '2026-03-06T02:00:00.000Z', status: 'in-progress' });
        await insertRow(store, 'd', {
          dueBy: null,
          right: 'erasure',
          submittedAt: '2026-03-01T00:00:00.000Z',
        });
        await insertRow(store, 'e', { dueBy: '2026-03-01T02:00:00.000Z', status: 'fulfilled' });
        await insertRow(store, 'f', {
          dueBy: '2026-03-03T02:00:00.000Z',
          status: 'awaiting-requester',
          submittedAt: '2026-03-02T03:00:00.000Z',
        });
      }

      it('sorts by due date, the most urgent first and requests without one last', async () => {
        const { store } = await setup();
        await inbox(store);
        const page = await store.query({});
        expect(references(page.items)).toEqual([
          'REQ-2026-000005',
          'REQ-2026-000006',
          'REQ-2026-000002',
          'REQ-2026-000001',
          'REQ-2026-000003',
          'REQ-2026-000004',
        ]);
        expect(page).toMatchObject({ total: 6, nextOffset: null });
        const latest = await store.query({ order: 'desc' });
        expect(references(latest.items)).toEqual([
          'REQ-2026-000003',
          'REQ-2026-000001',
          'REQ-2026-000002',
          'REQ-2026-000006',
          'REQ-2026-000005',
          'REQ-2026-000004',
        ]);
        const received = await store.query({ sort: 'received' });
        expect(references(received.items)).toEqual([
          'REQ-2026-000004',
          'REQ-2026-000001',
          'REQ-2026-000002',
          'REQ-2026-000003',
          'REQ-2026-000005',
          'REQ-2026-000006',
        ]);
      });

      it('lists the open requests overdue at an instant, due first', async () => {
        const { store } = await setup();
        await inbox(store);
        const overdue = await store.query({ overdueAt: '2026-03-04T12:00:00.000Z' });
        // e is past due too, but fulfilled; d has no deadline.
        expect(references(overdue.items)).toEqual(['REQ-2026-000006', 'REQ-2026-000002']);
        expect(overdue.total).toBe(2);
      });

      it('filters by status, right, open or closed, and due before', async () => {
        const { store } = await setup();
        await inbox(store);
        const refs = async (query: Parameters<typeof store.query>[0]) =>
          references((await store.query(query)).items);
        expect(await refs({ status: ['in-progress', 'awaiting-requester'] })).toEqual([
          'REQ-2026-000006',
          'REQ-2026-000003',
        ]);
        expect(await refs({ right: ['erasure'] })).toEqual(['REQ-2026-000002', 'REQ-2026-000004']);
        expect(await refs({ open: false })).toEqual(['REQ-2026-000005']);
        expect(await refs({ open: true, right: ['access'] })).toEqual([
          'REQ-2026-000006',
          'REQ-2026-000001',
          'REQ-2026-000003',
        ]);
        expect(await refs({ dueBefore: '2026-03-05T02:00:00.000Z' })).toEqual([
          'REQ-2026-000005',
          'REQ-2026-000006',
          'REQ-2026-000002',
        ]);
      });

      it('searches a reference by its start and an e-mail address by the whole of it, ignoring case', async () => {
        const { store } = await setup();
        await inbox(store);
        const refs = async (search: string) => references((await store.query({ search })).items);
        expect(await refs('req-2026-00000')).toHaveLength(6);
        expect(await refs('  REQ-2026-000003 ')).toEqual(['REQ-2026-000003']);
        expect(await refs('siti@example.CO.ID')).toEqual(['REQ-2026-000001']);
        expect(await refs('siti@example')).toEqual([]);
        expect(await refs('2026')).toEqual([]);
        // LIKE's wildcards match only themselves.
        expect(await refs('REQ%')).toEqual([]);
        expect(await refs('REQ-2026-00000_')).toEqual([]);
      });

      it('pages with limit and offset, and says how many match in all', async () => {
        const { store } = await setup();
        await inbox(store);
        const first = await store.query({ limit: 4 });
        expect(first).toMatchObject({ total: 6, nextOffset: 4 });
        expect(first.items).toHaveLength(4);
        const second = await store.query({ limit: 4, offset: 4 });
        expect(second).toMatchObject({ total: 6, nextOffset: null });
        expect(references(second.items)).toEqual(['REQ-2026-000003', 'REQ-2026-000004']);
        expect((await store.query({ offset: 10 })).items).toEqual([]);
      });

      it('follows a move: a fulfilled request leaves the overdue list', async () => {
        const { store } = await setup();
        await inbox(store);
        const b = (await store.getByReference('REQ-2026-000002')) as StoredRightsRequest;
        await store.update('REQ-2026-000002', 1, moveTo(b, 'fulfilled'));
        const overdue = await store.query({ overdueAt: '2026-03-04T12:00:00.000Z' });
        expect(references(overdue.items)).toEqual(['REQ-2026-000006']);
        expect(references((await store.query({ status: ['fulfilled'] })).items)).toEqual([
          'REQ-2026-000005',
          'REQ-2026-000002',
        ]);
      });

      it('refuses a bad query with a RangeError naming the field, not the value', async () => {
        const { store } = await setup();
        await expect(store.query({ limit: 0 })).rejects.toThrow(/query\.limit/);
        await expect(store.query({ limit: 501 })).rejects.toThrow(RangeError);
        await expect(store.query({ dueBefore: 'siti@example.co.id' })).rejects.toThrow(
          /^query\.dueBefore is not a date$/,
        );
        await expect(store.query({ status: ['lost' as RequestStatus] })).rejects.toThrow(
          /query\.status/,
        );
      });
    });
  });
}
