import type { RightsRequest, RightsRequestReceipt } from '../rights/rights-request-types';

/** One recorded rights request, as a store keeps it (UU PDP Pasal 14: requests are recorded). */
export interface StoredRightsRequest {
  /** The client's `Idempotency-Key` (or one the server made up when the client sent none). */
  idempotencyKey: string;
  /**
   * SHA-256 (hex) of the request's canonical JSON: tells a replay of the same request
   * from a different request that reuses the key (422).
   */
  fingerprint: string;
  /** The year the reference's sequence counts in. */
  year: number;
  /** 1, 2, 3… within `year`; what the human-readable reference is made from. */
  sequence: number;
  /** The validated, normalized request. */
  request: RightsRequest;
  /** What the person was told: returned again, unchanged, on every replay. */
  receipt: RightsRequestReceipt;
}

/** What `insert` reports: the record under the key, and whether this call created it. */
export interface RightsRequestInsertResult {
  record: StoredRightsRequest;
  created: boolean;
}

/**
 * Where `createRightsRequestHandler` records requests. Two async methods; plug in any
 * database by implementing them.
 *
 * `insert` must be **atomic per key**: if a record with `idempotencyKey` exists, return
 * it (`created: false`) and write nothing; otherwise take the next `sequence` of `year`
 * (1 for the first request of a year), build the record with `create(sequence)`, make it
 * durable, and only then resolve (`created: true`). The handler replies after `insert`
 * resolves, so a crash between the write and the reply loses nothing: the client's retry
 * (same key) finds the record and gets the same receipt.
 *
 * @example
 * // PostgreSQL (node-postgres), one transaction per insert:
 * //   CREATE TABLE rights_requests (idempotency_key text PRIMARY KEY, year int, sequence int,
 * //     record jsonb, UNIQUE (year, sequence));
 * //   CREATE TABLE rights_request_counters (year int PRIMARY KEY, last int);
 * const store: RightsRequestStore = {
 *   async get(key) {
 *     const { rows } = await pool.query('SELECT record FROM rights_requests WHERE idempotency_key = $1', [key]);
 *     return rows[0]?.record;
 *   },
 *   async insert(key, year, create) {
 *     const db = await pool.connect();
 *     try {
 *       await db.query('BEGIN');
 *       // Serializes inserts of one key (and one year) across every server instance.
 *       await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
 *       const found = await db.query('SELECT record FROM rights_requests WHERE idempotency_key = $1', [key]);
 *       if (found.rows[0]) { await db.query('ROLLBACK'); return { record: found.rows[0].record, created: false }; }
 *       const { rows } = await db.query(
 *         `INSERT INTO rights_request_counters (year, last) VALUES ($1, 1)
 *          ON CONFLICT (year) DO UPDATE SET last = rights_request_counters.last + 1 RETURNING last`, [year]);
 *       const record = create(rows[0].last);
 *       await db.query('INSERT INTO rights_requests VALUES ($1, $2, $3, $4)', [key, year, record.sequence, record]);
 *       await db.query('COMMIT');
 *       return { record, created: true };
 *     } catch (error) { await db.query('ROLLBACK'); throw error; } finally { db.release(); }
 *   },
 * };
 */
export interface RightsRequestStore {
  /** The record stored under `idempotencyKey`, if any. */
  get(idempotencyKey: string): Promise<StoredRightsRequest | undefined>;
  /** Atomically: the existing record under the key, or a new, durably written one. */
  insert(
    idempotencyKey: string,
    year: number,
    create: (sequence: number) => StoredRightsRequest,
  ): Promise<RightsRequestInsertResult>;
}

const UNAVAILABLE = Symbol.for('@policykit/sdk/server:store-unavailable');

/**
 * The store cannot answer now, but may soon: a full disk, a database restarting, a
 * connection refused, an operation that took longer than the handler's `storeTimeoutMs`.
 * The handler replies `503` with `Retry-After`, so the client retries with the same key
 * (safe: `insert` is idempotent). Any other error from a store is a `500`.
 *
 * @example
 * throw new StoreUnavailableError('the database is restarting', { cause: error });
 */
export class StoreUnavailableError extends Error {
  override readonly name: string = 'StoreUnavailableError';
  /** A brand that survives two copies of this class (the CommonJS builds of two entries). */
  readonly [UNAVAILABLE] = true;
}

/**
 * Whether `error` says "not now, retry": a `StoreUnavailableError` from this or another copy
 * of the SDK (`instanceof` alone fails across the separate CommonJS builds of
 * `@policykit/sdk/server` and `@policykit/sdk/server/postgres`).
 */
export function isStoreUnavailable(error: unknown): boolean {
  return (
    error instanceof StoreUnavailableError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[UNAVAILABLE] === true)
  );
}

/** A store operation took longer than the handler's `storeTimeoutMs` (a hung volume, a stuck lock). */
export class StoreTimeoutError extends StoreUnavailableError {
  override readonly name: string = 'StoreTimeoutError';
}

/** A store that can also list what it holds (both built-in stores can). */
export interface ListableRightsRequestStore extends RightsRequestStore {
  /** Every record, oldest first. */
  list(): Promise<StoredRightsRequest[]>;
}
