import type { ListableRightsRequestStore, StoredRightsRequest } from './rights-request-store';

/**
 * A rights-request store in memory: for tests, demos and development. Everything is
 * lost when the process ends — use `createFileStore` or a database in production.
 * `insert` runs without awaiting anything between the check and the write, so it is
 * atomic within the process.
 *
 * @example
 * const handler = createRightsRequestHandler({ store: createMemoryStore(), jurisdiction: 'gdpr' });
 */
export function createMemoryStore(): ListableRightsRequestStore {
  const records = new Map<string, StoredRightsRequest>();
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
      records.set(idempotencyKey, record);
      lastSequence.set(year, sequence);
      return { record, created: true };
    },
    async list() {
      return [...records.values()];
    },
  };
}
