import { StoreUnavailableError } from '../rights-request-store';
import type { PostgresQueryable } from '../postgres/postgres-types';
import type {
  AcknowledgementRecordStore,
  StoredAcknowledgement,
} from './acknowledgement-record-store';
import { checkCreated } from './memory-acknowledgement-store';

export interface PostgresAcknowledgementStoreOptions {
  /** A `pg.Pool` (or look-alike) on a database migrated with `migratePostgresStore` (version 3). */
  pool: PostgresQueryable;
}

/** SQLSTATE classes and codes that mean "not now": connection (08), resources (53), shutdown. */
const UNAVAILABLE_CODE = /^(08|53|57P0[123]|40001|40P01|55P03)/;
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|connection error|connection is closed|Cannot use a pool after calling end/i;

/** A database error as the handler needs it: `StoreUnavailableError` (503) when a retry may help. */
function classify(error: unknown): unknown {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const unavailable =
    (typeof code === 'string' && (UNAVAILABLE_CODE.test(code) || UNAVAILABLE_ERRNO.has(code))) ||
    (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message));
  if (!unavailable) return error;
  return new StoreUnavailableError(
    `PostgreSQL is unavailable (${typeof code === 'string' ? code : 'connection'})`,
    { cause: error },
  );
}

async function run<Row>(pool: PostgresQueryable, text: string, values: unknown[]): Promise<Row[]> {
  try {
    return (await pool.query<Row>(text, values)).rows;
  } catch (error) {
    throw classify(error);
  }
}

const ORDER = 'ORDER BY recorded_at, record_id COLLATE "C"';

/**
 * Acknowledgements in PostgreSQL (the table of migration 3), for several instances on one
 * database. `(subject_id, idempotency_key)` is the primary key, so the database — not the
 * process — makes a retry count once: `INSERT … ON CONFLICT DO NOTHING`, then the row that won.
 * Unreachable database → `StoreUnavailableError` (503, the client retries).
 *
 * @example
 * await migratePostgresStore(pool);
 * const store = createPostgresAcknowledgementStore({ pool });
 */
export function createPostgresAcknowledgementStore(
  options: PostgresAcknowledgementStoreOptions,
): AcknowledgementRecordStore {
  const { pool } = options;
  return {
    async insert(subjectId, idempotencyKey, create) {
      const existing = await run<{ record: StoredAcknowledgement }>(
        pool,
        'SELECT record FROM policykit_acknowledgements WHERE subject_id = $1 AND idempotency_key = $2',
        [subjectId, idempotencyKey],
      );
      if (existing[0]) return { record: existing[0].record, created: false };
      const record = create();
      checkCreated(record, subjectId, idempotencyKey);
      const inserted = await run<{ record_id: string }>(
        pool,
        `INSERT INTO policykit_acknowledgements
  (subject_id, idempotency_key, record_id, policy_id, version, event, recorded_at, record)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (subject_id, idempotency_key) DO NOTHING
RETURNING record_id`,
        [
          subjectId,
          idempotencyKey,
          record.record.recordId,
          record.record.policyId,
          record.record.version,
          record.record.event,
          record.record.recordedAt,
          JSON.stringify(record),
        ],
      );
      if (inserted.length === 1) return { record, created: true };
      // Another instance recorded the same key between our SELECT and INSERT: its row holds.
      const winner = await run<{ record: StoredAcknowledgement }>(
        pool,
        'SELECT record FROM policykit_acknowledgements WHERE subject_id = $1 AND idempotency_key = $2',
        [subjectId, idempotencyKey],
      );
      return { record: winner[0]!.record, created: false };
    },
    async listBySubject(subjectId) {
      const rows = await run<{ record: StoredAcknowledgement }>(
        pool,
        `SELECT record FROM policykit_acknowledgements WHERE subject_id = $1 ${ORDER}`,
        [subjectId],
      );
      return rows.map((row) => row.record);
    },
    async query(query) {
      const where = ['policy_id = $1'];
      const values: unknown[] = [query.policyId];
      if (query.version !== undefined) {
        values.push(query.version);
        where.push(`version = $${values.length}`);
      }
      if (query.event !== undefined) {
        values.push(query.event);
        where.push(`event = $${values.length}`);
      }
      if (query.subjectIds !== undefined) {
        values.push([...query.subjectIds]);
        where.push(`subject_id = ANY($${values.length}::text[])`);
      }
      const rows = await run<{ record: StoredAcknowledgement }>(
        pool,
        `SELECT record FROM policykit_acknowledgements WHERE ${where.join(' AND ')} ${ORDER}`,
        values,
      );
      return rows.map((row) => row.record);
    },
  };
}
