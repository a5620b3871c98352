import { applyChange } from './lifecycle/stored-lifecycle';
import { queryRecords } from './lifecycle/query-records';
import type { LifecycleRightsRequestStore, StoredRightsRequest } from './rights-request-store';

/**
 * A rights-request store in memory: for tests, demos and development. Everything is
 * lost when the process ends — use `createFileStore` or a database in production.
 * `insert` and `update` run without awaiting anything between the check and the write, so
 * they are atomic within the process.
 *
 * @example
 * const handler = createRightsRequestHandler({ store: createMemoryStore(), jurisdiction: 'gdpr' });
 */
export function createMemoryStore(): LifecycleRightsRequestStore {
  const records = new Map<string, StoredRightsRequest>();
  const byReference = new Map<string, string>();
  const lastSequence = new Map<number, number>();

  return {
    async get(idempotencyKey) {
      return records.get(idempotencyKey);
    },
    async insert(idempotencyKey, year, create) {
      const existing = records.get(idempotencyKey);
      if (existing) return { record: existing, created: false };
      const sequence = (lastSequence.get(year) ?? 0) + 1;
      const record = create(sequence);
      if (byReference.has(record.receipt.reference)) {
        throw new Error(`RightsRequestStore.insert: the reference is taken already`);
      }
      records.set(idempotencyKey, record);
      byReference.set(record.receipt.reference, idempotencyKey);
      lastSequence.set(year, sequence);
      return { record, created: true };
    },
    async list() {
      return [...records.values()];
    },
    async getByReference(reference) {
      const key = byReference.get(reference);
      return key === undefined ? undefined : records.get(key);
    },
    async update(reference, expectedVersion, change) {
      const key = byReference.get(reference);
      const next = applyChange(
        reference,
        key === undefined ? undefined : records.get(key),
        expectedVersion,
        change,
      );
      records.set(next.idempotencyKey, next);
      return next;
    },
    async query(query) {
      return queryRecords(records.values(), query);
    },
  };
}
