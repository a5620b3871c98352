import type { PostgresPool } from './postgres-types';

/** One schema change, applied once, in order of `version`. */
export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The PostgreSQL store's schema, as SQL — hand it to your migration tool, or let
 * `migratePostgresStore(pool)` apply it. Tables:
 * - `policykit_rights_requests`: one row per request; the idempotency key is the primary
 *   key (the database, not the process, makes a key count once), `(year, sequence)` and
 *   `reference` are unique;
 * - `policykit_rights_request_counters`: the last sequence number of each year, one row per
 *   year, locked by each insert until its commit (gapless numbering across every instance);
 * - `policykit_schema_migrations`: which of these migrations ran.
 *
 * Version 2 (the request lifecycle) adds to `policykit_rights_requests` the columns the inbox
 * filters and sorts on — `status`, `right_id`, `received_at`, `due_at`, `is_open`, `version`,
 * `email_search` — copied from each record's JSON (existing rows read as `received`), and the
 * indexes behind them: open requests by due date (the overdue list), due date, received date,
 * status, right, a reference prefix and the e-mail search value.
 *
 * Version 3 adds `policykit_acknowledgements` (the acknowledgement store,
 * `createPostgresAcknowledgementStore`): one append-only row per acknowledgement or delivery.
 */
export const POSTGRES_STORE_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'rights requests and their per-year counters',
    sql: `CREATE TABLE policykit_rights_requests (
  idempotency_key text PRIMARY KEY CHECK (length(idempotency_key) BETWEEN 1 AND 300),
  year integer NOT NULL,
  sequence integer NOT NULL CHECK (sequence > 0),
  reference text NOT NULL UNIQUE,
  record jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (year, sequence)
);
CREATE TABLE policykit_rights_request_counters (
  year integer PRIMARY KEY,
  last_sequence integer NOT NULL CHECK (last_sequence > 0)
);`,
  },
  {
    version: 2,
    name: 'request lifecycle: status, due date and search columns, and the inbox indexes',
    sql: `ALTER TABLE policykit_rights_requests
  ADD COLUMN status text NOT NULL DEFAULT 'received',
  ADD COLUMN right_id text,
  ADD COLUMN received_at timestamptz,
  ADD COLUMN due_at timestamptz,
  ADD COLUMN is_open boolean NOT NULL DEFAULT true,
  ADD COLUMN version integer NOT NULL DEFAULT 0,
  ADD COLUMN email_search text;
UPDATE policykit_rights_requests SET
  right_id = record->'receipt'->>'right',
  received_at = (record->'receipt'->>'submittedAt')::timestamptz,
  due_at = (record->'receipt'->>'dueBy')::timestamptz,
  -- An encrypted address (pk-enc:…) cannot be searched until the store rewrites the row.
  email_search = CASE WHEN record->'request'->>'email' LIKE 'pk-enc:%' THEN NULL
    ELSE lower(record->'request'->>'email') END;
ALTER TABLE policykit_rights_requests
  ALTER COLUMN right_id SET NOT NULL,
  ALTER COLUMN received_at SET NOT NULL,
  ALTER COLUMN status DROP DEFAULT;
-- The overdue list: open requests, due first (a partial index: closed ones never enter it).
CREATE INDEX policykit_rr_open_due_idx ON policykit_rights_requests (due_at, reference COLLATE "C") WHERE is_open;
CREATE INDEX policykit_rr_due_idx ON policykit_rights_requests (due_at, reference COLLATE "C");
CREATE INDEX policykit_rr_received_idx ON policykit_rights_requests (received_at, reference COLLATE "C");
CREATE INDEX policykit_rr_status_due_idx ON policykit_rights_requests (status, due_at);
CREATE INDEX policykit_rr_right_due_idx ON policykit_rights_requests (right_id, due_at);
CREATE INDEX policykit_rr_reference_prefix_idx ON policykit_rights_requests (lower(reference) text_pattern_ops);
CREATE INDEX policykit_rr_email_search_idx ON policykit_rights_requests (email_search);`,
  },
  {
    version: 3,
    name: 'acknowledgements of policy versions (issue 15)',
    // One row per acknowledgement or delivery, append-only (evidence: nothing updates a row).
    // (subject_id, idempotency_key) is the primary key, so a client's retry is one row; the DPO's
    // per-version list and counts read (policy_id, version, event); a person's own list reads
    // subject_id.
    sql: `CREATE TABLE policykit_acknowledgements (
  subject_id text NOT NULL CHECK (length(subject_id) BETWEEN 1 AND 512),
  idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 300),
  record_id text NOT NULL UNIQUE,
  policy_id text NOT NULL,
  version text NOT NULL,
  event text NOT NULL CHECK (event IN ('acknowledged', 'delivered')),
  recorded_at timestamptz NOT NULL,
  record jsonb NOT NULL,
  PRIMARY KEY (subject_id, idempotency_key)
);
CREATE INDEX policykit_ack_policy_version_idx ON policykit_acknowledgements (policy_id, version, event, recorded_at);`,
  },
];

/** Any constant: every instance that migrates at once waits on the same advisory lock. */
const MIGRATION_LOCK = 0x706b_7372; // "pksr"

/**
 * Applies the migrations the database lacks, in one transaction, under an advisory lock —
 * safe when several instances start at once. Resolves with the versions it applied.
 *
 * @example
 * import pg from 'pg';
 * import { createPostgresStore, migratePostgresStore } from '@policykit/sdk/server/postgres';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migratePostgresStore(pool); // at deploy or start-up
 * const store = createPostgresStore({ pool });
 */
export async function migratePostgresStore(pool: PostgresPool): Promise<number[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onClientError = (error: Error) => (broken = error);
  client.on?.('error', onClientError);
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS policykit_schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`);
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM policykit_schema_migrations',
    );
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const migration of POSTGRES_STORE_MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query(
        'INSERT INTO policykit_schema_migrations (version, name) VALUES ($1, $2)',
        [migration.version, migration.name],
      );
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
    throw error;
  } finally {
    client.off?.('error', onClientError);
    client.release(broken);
  }
}
