import type { FieldEncryption } from '../field-encryption';
import { isFinalRequestStatus } from '../../rights/lifecycle/request-status';
import { normalizeQuery } from '../lifecycle/query-records';
import { applyChange, lifecycleOf } from '../lifecycle/stored-lifecycle';
import {
  RightsRequestNotFoundError,
  StoreConflictError,
  type LifecycleRightsRequestStore,
  type RightsRequestPage,
  type RightsRequestQuery,
  type StoredRightsRequest,
} from '../rights-request-store';
import {
  REDACTED,
  redactRecord,
  retentionReport,
  selectForRetention,
  type RetentionOptions,
  type RetentionReport,
} from '../retention';
import { classify } from './classify-error';
import type { PostgresPool, PostgresQueryable } from './postgres-types';
import { withTransaction } from './with-transaction';

/** The PostgreSQL store: the store and lifecycle methods, plus retention. */
export interface PostgresRightsRequestStore extends LifecycleRightsRequestStore {
  /**
   * Redacts or purges requests closed longer than `olderThanDays` (`dryRun` first to see
   * which), in one transaction. The year counters are untouched, so a purged reference
   * number is never given again.
   */
  applyRetention(options: RetentionOptions): Promise<RetentionReport>;
}

export interface PostgresStoreOptions {
  /** A `pg.Pool` the host made (or anything with the same `query` and `connect`). */
  pool: PostgresPool;
  /**
   * Hears about errors of idle pool connections (a database restart). node-postgres
   * crashes the process on a pool `'error'` nobody listens to, so the store listens when
   * the host does not. Default `console.error`.
   */
  onError?: (error: Error) => void;
  /**
   * Encrypts the personal fields (name, e-mail, phone, details) in the database with a host
   * key (`createFieldEncryption` from `@policykit/sdk/server`); what the store returns is plain.
   */
  encryption?: FieldEncryption;
}

interface Row {
  record: StoredRightsRequest | string;
}

const recordOf = (row: Row): StoredRightsRequest =>
  typeof row.record === 'string' ? (JSON.parse(row.record) as StoredRightsRequest) : row.record;

/** `%`, `_` and `\` are LIKE's own: a search for them matches them literally. */
const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The columns the inbox filters on, from a record (the JSON stays the source of truth). */
function columnsOf(record: StoredRightsRequest) {
  const lifecycle = lifecycleOf(record);
  return {
    status: lifecycle.status,
    right: record.receipt.right,
    receivedAt: record.receipt.submittedAt,
    dueAt: lifecycle.dueBy,
    open: !isFinalRequestStatus(lifecycle.status),
    version: lifecycle.version,
  };
}

/**
 * A rights-request store in PostgreSQL, for several server instances on one database
 * (`migratePostgresStore(pool)` creates its tables first).
 *
 * - Idempotency is the database's: the key is the primary key, so the same key sent to
 *   four instances at once becomes one row; the others get that row (`created: false`).
 * - One reference sequence per year across every instance: a counter row per year, taken
 *   with `INSERT … ON CONFLICT DO UPDATE … RETURNING` inside the insert's transaction and
 *   held until its commit — no gaps, no duplicates, a failed insert rolls it back. This
 *   serializes inserts of a year: throughput is bounded by the database's commit time.
 * - Durable when `insert` resolves: the handler replies after `COMMIT` returns (keep
 *   `synchronous_commit` on).
 * - Connection failures, a restarting server, serialization failures →
 *   `StoreUnavailableError` (the handler replies 503 + `Retry-After`; the client retries with
 *   the same key, which is safe even when the lost reply was a successful `COMMIT`).
 *
 * @example
 * import pg from 'pg';
 * import { createRightsRequestHandler } from '@policykit/sdk/server';
 * import { createPostgresStore, migratePostgresStore } from '@policykit/sdk/server/postgres';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
 * await migratePostgresStore(pool);
 * export const POST = createRightsRequestHandler({ store: createPostgresStore({ pool }), jurisdiction: 'id-pdp' });
 */
export function createPostgresStore(options: PostgresStoreOptions): PostgresRightsRequestStore {
  const { pool, encryption } = options;
  const plain = (record: StoredRightsRequest) =>
    encryption ? encryption.decrypt(record) : Promise.resolve(record);
  /**
   * What `email_search` holds: the address in lower case — or, when the personal fields are
   * encrypted, its keyed hash (`encryption.blindIndex`), so the column never holds the address
   * in the clear; without a blind index an encrypted store cannot search by e-mail.
   */
  async function emailSearchOf(email: string | undefined): Promise<string | null> {
    if (email === undefined || email === REDACTED || !email.includes('@')) return null;
    const normalized = email.trim().toLowerCase();
    if (!encryption) return normalized;
    return encryption.blindIndex ? encryption.blindIndex(normalized) : null;
  }

  async function find(
    db: PostgresQueryable,
    key: string,
  ): Promise<StoredRightsRequest | undefined> {
    const { rows } = await db.query<Row>(
      'SELECT record FROM policykit_rights_requests WHERE idempotency_key = $1',
      [key],
    );
    return rows[0] === undefined ? undefined : plain(recordOf(rows[0]));
  }

  const onError = options.onError ?? ((error: Error) => console.error(error));
  if (typeof pool.on === 'function' && (pool.listenerCount?.('error') ?? 0) === 0) {
    pool.on('error', (error) => onError(error));
  }

  async function list(): Promise<StoredRightsRequest[]> {
    try {
      const { rows } = await pool.query<Row>(
        'SELECT record FROM policykit_rights_requests ORDER BY year, sequence',
      );
      return await Promise.all(rows.map((row) => plain(recordOf(row))));
    } catch (error) {
      throw classify(error);
    }
  }

  async function query(input: RightsRequestQuery): Promise<RightsRequestPage> {
    const q = normalizeQuery(input);
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (q.status) where.push(`status = ANY(${param(q.status)}::text[])`);
    if (q.right) where.push(`right_id = ANY(${param(q.right)}::text[])`);
    if (q.open !== undefined) where.push(q.open ? 'is_open' : 'NOT is_open');
    if (q.dueBefore !== undefined) where.push(`due_at < ${param(q.dueBefore)}`);
    if (q.overdueAt !== undefined) where.push(`is_open AND due_at < ${param(q.overdueAt)}`);
    if (q.search !== undefined) {
      const email = await emailSearchOf(q.search);
      const reference = `lower(reference) LIKE ${param(likePrefix(q.search.toLowerCase()))}`;
      where.push(email === null ? reference : `(${reference} OR email_search = ${param(email)})`);
    }
    const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const direction = q.order === 'asc' ? 'ASC' : 'DESC';
    const column = q.sort === 'due' ? 'due_at' : 'received_at';
    const order = `${column} ${direction} NULLS LAST, reference COLLATE "C" ${direction}`;
    try {
      const [page, count] = await Promise.all([
        pool.query<Row>(
          `SELECT record FROM policykit_rights_requests ${filter} ORDER BY ${order}
           LIMIT ${q.limit} OFFSET ${q.offset}`,
          params,
        ),
        pool.query<{ total: string }>(
          `SELECT count(*) AS total FROM policykit_rights_requests ${filter}`,
          params,
        ),
      ]);
      const items = await Promise.all(page.rows.map((row) => plain(recordOf(row))));
      const total = Number(count.rows[0]?.total ?? 0);
      const next = q.offset + items.length;
      return { items, total, nextOffset: next < total ? next : null };
    } catch (error) {
      throw classify(error);
    }
  }

  return {
    list,
    query,
    async getByReference(reference) {
      try {
        const { rows } = await pool.query<Row>(
          'SELECT record FROM policykit_rights_requests WHERE reference = $1',
          [reference],
        );
        return rows[0] === undefined ? undefined : await plain(recordOf(rows[0]));
      } catch (error) {
        throw classify(error);
      }
    },
    update: (reference, expectedVersion, change) =>
      withTransaction(pool, async (client) => {
        // The row lock holds a second update of the same request until this one commits; that
        // one then sees the new version and is refused, never lost.
        const { rows } = await client.query<Row & { version: number }>(
          'SELECT record, version FROM policykit_rights_requests WHERE reference = $1 FOR UPDATE',
          [reference],
        );
        const row = rows[0];
        if (row === undefined) throw new RightsRequestNotFoundError(reference);
        if (Number(row.version) !== expectedVersion) {
          throw new StoreConflictError(reference, expectedVersion, Number(row.version));
        }
        const next = applyChange(reference, await plain(recordOf(row)), expectedVersion, change);
        const stored = encryption ? await encryption.encrypt(next) : next;
        const columns = columnsOf(next);
        await client.query(
          `UPDATE policykit_rights_requests
           SET record = $2, status = $3, due_at = $4, is_open = $5, version = $6
           WHERE reference = $1`,
          [
            reference,
            JSON.stringify(stored),
            columns.status,
            columns.dueAt,
            columns.open,
            columns.version,
          ],
        );
        return next;
      }),
    async applyRetention(retention) {
      const selected = selectForRetention(await list(), retention);
      const report = retentionReport(retention, selected);
      if (report.dryRun || selected.length === 0) return report;
      return withTransaction(pool, async (client) => {
        for (const { record } of selected) {
          if (retention.action === 'purge') {
            await client.query('DELETE FROM policykit_rights_requests WHERE idempotency_key = $1', [
              record.idempotencyKey,
            ]);
          } else {
            const redacted = redactRecord(record);
            const stored = encryption ? await encryption.encrypt(redacted) : redacted;
            await client.query(
              'UPDATE policykit_rights_requests SET record = $2, email_search = NULL WHERE idempotency_key = $1',
              [record.idempotencyKey, JSON.stringify(stored)],
            );
          }
        }
        return report;
      });
    },

    async get(idempotencyKey) {
      try {
        return await find(pool, idempotencyKey);
      } catch (error) {
        throw classify(error);
      }
    },

    async insert(idempotencyKey, year, create) {
      try {
        // Most replays are of a committed record: answer them without a transaction.
        const existing = await find(pool, idempotencyKey);
        if (existing) return { record: existing, created: false };
      } catch (error) {
        throw classify(error);
      }

      const outcome = await withTransaction(pool, async (client, rollback) => {
        const counter = await client.query<{ last_sequence: number }>(
          `INSERT INTO policykit_rights_request_counters AS c (year, last_sequence) VALUES ($1, 1)
           ON CONFLICT (year) DO UPDATE SET last_sequence = c.last_sequence + 1
           RETURNING last_sequence`,
          [year],
        );
        const sequence = Number(counter.rows[0]?.last_sequence);
        const record = create(sequence);
        if (record.idempotencyKey !== idempotencyKey || record.year !== year) {
          throw new Error(
            'RightsRequestStore.insert: create() returned a record for another key or year',
          );
        }
        const stored = encryption ? await encryption.encrypt(record) : record;
        const columns = columnsOf(record);
        const inserted = await client.query(
          `INSERT INTO policykit_rights_requests (idempotency_key, year, sequence, reference, record,
             status, right_id, received_at, due_at, is_open, version, email_search)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT (idempotency_key) DO NOTHING`,
          [
            idempotencyKey,
            year,
            sequence,
            record.receipt.reference,
            JSON.stringify(stored),
            columns.status,
            columns.right,
            columns.receivedAt,
            columns.dueAt,
            columns.open,
            columns.version,
            await emailSearchOf(record.request.email),
          ],
        );
        if (inserted.rowCount === 0) {
          // Another instance committed this key while we waited for the counter: its row
          // wins, and our counter increment rolls back with us.
          rollback();
          return undefined;
        }
        return { record, created: true };
      });
      if (outcome) return outcome;
      try {
        const winner = await find(pool, idempotencyKey);
        if (!winner) throw new Error(`${idempotencyKey}: conflicting row vanished`);
        return { record: winner, created: false };
      } catch (error) {
        throw classify(error);
      }
    },
  };
}
