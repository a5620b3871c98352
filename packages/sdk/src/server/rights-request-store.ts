import type { RightId } from '../document/policy-types';
import type { RequestEvent } from '../rights/lifecycle/request-history';
import type { RequestStatus } from '../rights/lifecycle/request-status';
import type {
  Jurisdiction,
  RightsRequest,
  RightsRequestReceipt,
} from '../rights/rights-request-types';

/**
 * Where a stored request stands after its receipt: the lifecycle's status and append-only
 * history (UU PDP Pasal 31: records of processing), with the version that makes every change
 * an optimistic compare-and-set.
 */
export interface StoredRequestLifecycle {
  /** The regime whose clock the request runs on (from the handler that recorded it). */
  jurisdiction: Jurisdiction;
  status: RequestStatus;
  /** Oldest first, starting with `received`; never shortened or rewritten, only appended to. */
  history: RequestEvent[];
  /**
   * 1 when recorded, +1 on every change. A change based on another version is refused
   * (`StoreConflictError`), so two DPOs moving one request at once cannot lose a move.
   */
  version: number;
  /**
   * The reply-by instant as of the last change — the lifecycle clock's (`requestClock`), or
   * the host's service level where the law fixes none — or `null` (no deadline, or the clock
   * is paused). What the inbox filters (`dueBefore`, `overdueAt`) and sorts by.
   */
  dueBy: string | null;
}

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
  /**
   * The lifecycle. Absent on records written before the lifecycle existed: read them with
   * `lifecycleOf` (status `received`, version 0).
   */
  lifecycle?: StoredRequestLifecycle;
  /**
   * SHA-256 (hex) of the requester's status token; the token itself is never stored (it is in
   * the receipt the person got, once). Absent when no token was issued.
   */
  statusTokenHash?: string;
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

/** What `update` changes: the lifecycle (its `version` is set by the store) and the token hash. */
export interface RightsRequestChange {
  lifecycle: Omit<StoredRequestLifecycle, 'version'>;
  /** A new status token's hash (a replayed submission gets a fresh token); omitted: unchanged. */
  statusTokenHash?: string;
}

/** How the inbox asks for requests; every filter given must match (AND). */
export interface RightsRequestQuery {
  /** Any of these statuses. */
  status?: readonly RequestStatus[];
  /** Any of these rights. */
  right?: readonly RightId[];
  /** Only open (`true`) or only closed (`false`) requests. */
  open?: boolean;
  /** A reply-by instant strictly before this ISO instant (requests without one never match). */
  dueBefore?: string;
  /** Open and past due at this ISO instant (`dueBy < overdueAt`). */
  overdueAt?: string;
  /**
   * A reference that starts with this text, or an e-mail address equal to it (both
   * case-insensitive; the e-mail only when the whole address is given).
   */
  search?: string;
  /** `due`: reply-by instant, requests without one last; `received`: submission time. Default `due`. */
  sort?: 'due' | 'received';
  /** Default `asc` (the most urgent first, for `due`). */
  order?: 'asc' | 'desc';
  /** Page size, 1–500. Default 50. */
  limit?: number;
  /** How many matching requests to skip. Default 0. */
  offset?: number;
}

/** One page of a query, and how many requests match in all. */
export interface RightsRequestPage {
  items: StoredRightsRequest[];
  total: number;
  /** The `offset` of the next page, or `null` on the last. */
  nextOffset: number | null;
}

/**
 * A store that also runs the request lifecycle — all three built-in stores are one. What the
 * admin handler (`createRightsRequestAdminHandler`) and the status lookup need.
 */
export interface LifecycleRightsRequestStore extends ListableRightsRequestStore {
  /** The record with this reference (exact, case-sensitive), if any. */
  getByReference(reference: string): Promise<StoredRightsRequest | undefined>;
  /**
   * Atomically: if the record's lifecycle version (`lifecycleOf(record).version`) is still
   * `expectedVersion`, writes `change` with version `expectedVersion + 1`, durably, and resolves
   * with the new record; otherwise rejects with `StoreConflictError` and writes nothing. The new
   * history must extend the stored one (append-only). An unknown reference rejects with
   * `RightsRequestNotFoundError`.
   */
  update(
    reference: string,
    expectedVersion: number,
    change: RightsRequestChange,
  ): Promise<StoredRightsRequest>;
  /** Filters, sorts and pages the records (see `RightsRequestQuery`). */
  query(query: RightsRequestQuery): Promise<RightsRequestPage>;
}

const CONFLICT = Symbol.for('@policykit/sdk/server:store-conflict');

/**
 * A change was based on a version of the request that is no longer the stored one (someone
 * else moved it first). Nothing was written: read the request again and redo the change. The
 * admin handler replies `409` with code `version-conflict`.
 */
export class StoreConflictError extends Error {
  override readonly name: string = 'StoreConflictError';
  readonly code = 'version-conflict';
  readonly [CONFLICT] = true;

  constructor(
    /** The request's reference. */
    readonly reference: string,
    /** The version the change was based on. */
    readonly expectedVersion: number,
    /** The stored version. */
    readonly actualVersion: number,
  ) {
    super(
      `${reference}: the change was based on version ${expectedVersion}, but the stored version is ${actualVersion}`,
    );
  }
}

/** Whether `error` is a `StoreConflictError` from any copy of the SDK. */
export function isStoreConflict(error: unknown): error is StoreConflictError {
  return (
    error instanceof StoreConflictError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[CONFLICT] === true)
  );
}

const NOT_FOUND = Symbol.for('@policykit/sdk/server:request-not-found');

/** No stored request has this reference. */
export class RightsRequestNotFoundError extends Error {
  override readonly name: string = 'RightsRequestNotFoundError';
  readonly code = 'not-found';
  readonly [NOT_FOUND] = true;

  constructor(readonly reference: string) {
    super(`no rights request has the reference ${JSON.stringify(reference)}`);
  }
}

/** Whether `error` is a `RightsRequestNotFoundError` from any copy of the SDK. */
export function isRequestNotFound(error: unknown): error is RightsRequestNotFoundError {
  return (
    error instanceof RightsRequestNotFoundError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[NOT_FOUND] === true)
  );
}
