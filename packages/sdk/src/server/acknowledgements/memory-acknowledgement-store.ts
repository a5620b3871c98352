import {
  byRecordedAt,
  matchesQuery,
  type AcknowledgementRecordStore,
  type StoredAcknowledgement,
} from './acknowledgement-record-store';

/**
 * Acknowledgements in memory: tests, demos, development. Lost when the process ends — use
 * `createFileAcknowledgementStore` or `createPostgresAcknowledgementStore` in production.
 * `insert` checks and writes without awaiting in between, so it is atomic within the process.
 *
 * @example
 * const handler = createAcknowledgementHandler({ store: createMemoryAcknowledgementStore(), identify });
 */
export function createMemoryAcknowledgementStore(): AcknowledgementRecordStore {
  // Keyed by subject, then key: a key is the subject's own (JSON of the pair can't collide).
  const records = new Map<string, StoredAcknowledgement>();
  const keyOf = (subjectId: string, key: string) => JSON.stringify([subjectId, key]);
  return {
    async insert(subjectId, idempotencyKey, create) {
      const key = keyOf(subjectId, idempotencyKey);
      const existing = records.get(key);
      if (existing) return { record: existing, created: false };
      const record = create();
      checkCreated(record, subjectId, idempotencyKey);
      records.set(key, record);
      return { record, created: true };
    },
    async listBySubject(subjectId) {
      return [...records.values()]
        .filter((r) => r.record.subjectId === subjectId)
        .sort(byRecordedAt);
    },
    async query(query) {
      return [...records.values()].filter((r) => matchesQuery(r, query)).sort(byRecordedAt);
    },
  };
}

/** `create()` must return a record for the subject and key it was asked for. */
export function checkCreated(
  record: StoredAcknowledgement,
  subjectId: string,
  idempotencyKey: string,
): void {
  if (record.record.subjectId !== subjectId || record.idempotencyKey !== idempotencyKey) {
    throw new Error(
      'AcknowledgementRecordStore.insert: create() returned a record for another subject or key',
    );
  }
}
