// @vitest-environment node
/**
 * The PostgreSQL store against a real PostgreSQL server (test/support/postgres.ts starts a
 * throwaway one): the shared store contract, the migration, and what happens when the
 * database goes away and comes back.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../../../../test/support/postgres';
import { createRightsRequestHandler } from '../create-rights-request-handler';
import { createFieldEncryption } from '../field-encryption';
import { StoreUnavailableError } from '../rights-request-store';
import {
  describeRightsRequestStoreContract,
  lifecycleRecordFor,
  recordFor,
} from '../test-support/store-contract';
import { createPostgresStore, type PostgresRightsRequestStore } from './create-postgres-store';
import { migratePostgresStore, POSTGRES_STORE_MIGRATIONS } from './migrations';

let server: TestPostgres;
let url: string;
const pools: pg.Pool[] = [];

function newPool(max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 3000 });
  pool.on('error', () => undefined);
  pools.push(pool);
  return pool;
}

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase('store_tests');
  await migratePostgresStore(newPool(1));
}, 120_000);

afterAll(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end().catch(() => undefined)));
  await server?.stop();
});

async function emptyStore(): Promise<PostgresRightsRequestStore> {
  const pool = newPool();
  await pool.query('TRUNCATE policykit_rights_requests, policykit_rights_request_counters');
  return createPostgresStore({ pool });
}

describeRightsRequestStoreContract('PostgreSQL', async () => ({
  store: await emptyStore(),
  reopen: async () => createPostgresStore({ pool: newPool() }),
}));

describe('given the migration', () => {
  it('creates the tables once; running it again, even from four instances at once, applies nothing', async () => {
    const fresh = await server.createDatabase('migration_tests');
    const instances = Array.from({ length: 4 }, () => {
      const pool = new pg.Pool({ connectionString: fresh, max: 1 });
      pool.on('error', () => undefined);
      pools.push(pool);
      return pool;
    });
    const applied = await Promise.all(instances.map((pool) => migratePostgresStore(pool)));
    expect(applied.flat()).toEqual(POSTGRES_STORE_MIGRATIONS.map((m) => m.version));
    expect(await migratePostgresStore(instances[0] as pg.Pool)).toEqual([]);
    const { rows } = await (instances[0] as pg.Pool).query(
      "SELECT tablename FROM pg_tables WHERE tablename LIKE 'policykit_%' ORDER BY 1",
    );
    expect(rows.map((row) => row.tablename)).toEqual([
      'policykit_acknowledgements', // migration 3 (issue 15's acknowledgement store)
      'policykit_rights_request_counters',
      'policykit_rights_requests',
      'policykit_schema_migrations',
    ]);
  });
});

describe('given two stores (two instances) on one database', () => {
  it('enforces the key in the database: the same key from both at once is one row, one reference', async () => {
    await emptyStore();
    const a = createPostgresStore({ pool: newPool() });
    const b = createPostgresStore({ pool: newPool() });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a : b).insert('same', 2026, (s) => recordFor('same', 2026, s)),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.record.receipt.reference))).toEqual(
      new Set(['REQ-2026-000001']),
    );
    const { rows } = await newPool(1).query(
      'SELECT count(*)::int AS n FROM policykit_rights_requests',
    );
    expect(rows[0].n).toBe(1);
    // The losers' counter increments rolled back: the next key is number 2.
    expect((await a.insert('next', 2026, (s) => recordFor('next', 2026, s))).record.sequence).toBe(
      2,
    );
  });

  it('refuses at the database level a second row with a reference already given', async () => {
    const store = await emptyStore();
    await store.insert('a', 2026, (s) => recordFor('a', 2026, s));
    await newPool(1).query('DELETE FROM policykit_rights_request_counters'); // a counter lost by hand
    await expect(store.insert('b', 2026, (s) => recordFor('b', 2026, s))).rejects.toMatchObject({
      code: '23505', // unique_violation: (year, sequence) and reference are unique
    });
  });
});

describe('given a database that goes away and comes back', () => {
  it('rejects with StoreUnavailableError (the handler answers 503 + Retry-After), then recovers without a restart', async () => {
    const store = await emptyStore();
    const handler = createRightsRequestHandler({
      store,
      jurisdiction: 'id-pdp',
      onError: () => undefined,
    });
    const post = (key: string) =>
      handler(
        new Request('http://127.0.0.1/rights-requests', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify({
            policyId: 'ctt-privacy',
            policyVersion: '1',
            locale: 'id-ID',
            right: 'access',
            name: 'Siti',
            email: 'siti@example.co.id',
          }),
        }),
      );
    expect((await post('before')).status).toBe(201);
    await server.kill();
    try {
      await expect(store.insert('x', 2026, (s) => recordFor('x', 2026, s))).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
      const down = await post('during');
      expect(down.status).toBe(503);
      expect(down.headers.get('Retry-After')).toBe('2');
    } finally {
      await server.start();
    }
    // The pool drops its dead connections; the retry of the same key now succeeds.
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 201; attempt++) {
      status = (await post('during')).status;
      if (status !== 201) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(201);
    expect((await store.list()).map((r) => r.receipt.reference)).toEqual([
      'REQ-2026-000001',
      'REQ-2026-000002',
    ]);
  }, 60_000);
});

describe('given field encryption', () => {
  it('keeps name and e-mail out of the database and returns them plain', async () => {
    await emptyStore();
    const encryption = createFieldEncryption({
      keys: { k1: new Uint8Array(32).fill(3) },
      current: 'k1',
    });
    const store = createPostgresStore({ pool: newPool(), encryption });
    const { record } = await store.insert('enc', 2026, (s) => recordFor('enc', 2026, s));
    const { rows } = await newPool(1).query(
      'SELECT record::text AS text FROM policykit_rights_requests',
    );
    expect(rows[0].text).not.toContain('siti@example.co.id');
    expect(rows[0].text).not.toContain('Siti');
    expect(rows[0].text).toContain('pk-enc:v1:k1:');
    expect(await store.get('enc')).toEqual(record);
    expect(await store.list()).toEqual([record]);
  });

  it('encrypts history notes too, and finds an encrypted e-mail only through the blind index', async () => {
    await emptyStore();
    const keys = { k1: new Uint8Array(32).fill(3) };
    const indexed = createPostgresStore({
      pool: newPool(),
      encryption: createFieldEncryption({
        keys,
        current: 'k1',
        searchKey: new Uint8Array(32).fill(9),
      }),
    });
    const { record } = await indexed.insert('enc', 2026, (s) =>
      lifecycleRecordFor('enc', 2026, s, { email: 'Siti@Example.co.id' }),
    );
    const lifecycle = record.lifecycle as NonNullable<typeof record.lifecycle>;
    const noted = await indexed.update(record.receipt.reference, 1, {
      lifecycle: {
        ...lifecycle,
        history: [
          ...lifecycle.history,
          {
            at: '2026-03-03T00:00:00.000Z',
            actor: { kind: 'controller', id: 'dpo' },
            type: 'note',
            note: 'Called +62 812 0000',
          },
        ],
      },
    });
    const { rows } = await newPool(1).query(
      'SELECT record::text AS text, email_search FROM policykit_rights_requests',
    );
    expect(rows[0].text).not.toMatch(/siti@example|Called \+62/i);
    expect(rows[0].email_search).toMatch(/^[0-9a-f]{64}$/);
    expect(await indexed.getByReference(record.receipt.reference)).toEqual(noted);
    const found = await indexed.query({ search: 'siti@example.co.id' });
    expect(found.items.map((r) => r.receipt.reference)).toEqual([record.receipt.reference]);
    // Without a search key, an encrypted store keeps no searchable address at all.
    const plainIndex = createPostgresStore({
      pool: newPool(),
      encryption: createFieldEncryption({ keys, current: 'k1' }),
    });
    await plainIndex.insert('enc2', 2026, (s) =>
      lifecycleRecordFor('enc2', 2026, s, { email: 'budi@example.co.id' }),
    );
    const second = await newPool(1).query(
      "SELECT email_search FROM policykit_rights_requests WHERE idempotency_key = 'enc2'",
    );
    expect(second.rows[0].email_search).toBeNull();
    expect((await plainIndex.query({ search: 'budi@example.co.id' })).total).toBe(0);
  });
});

describe('given a retention period', () => {
  it('dry-runs, redacts and purges requests closed longer ago; a purged number is not given again', async () => {
    const store = (await emptyStore()) as ReturnType<typeof createPostgresStore>;
    for (const key of ['a', 'b', 'c'])
      await store.insert(key, 2026, (s) => recordFor(key, 2026, s));
    const closedAt = (record: { idempotencyKey: string }) =>
      record.idempotencyKey === 'c' ? undefined : '2026-01-01T00:00:00Z';
    const now = new Date('2027-06-01T00:00:00Z');
    const dry = await store.applyRetention({
      closedAt,
      olderThanDays: 365,
      action: 'redact',
      dryRun: true,
      now,
    });
    expect(dry.matched.map((m) => m.reference)).toEqual(['REQ-2026-000001', 'REQ-2026-000002']);
    expect((await store.get('a'))?.request.name).toBe('Siti');

    await store.applyRetention({ closedAt, olderThanDays: 365, action: 'redact', now });
    expect((await store.get('a'))?.request).toMatchObject({
      name: '[redacted]',
      email: '[redacted]',
    });
    const { rows } = await newPool(1).query(
      'SELECT record::text AS text FROM policykit_rights_requests',
    );
    expect(rows.filter((row) => row.text.includes('siti@example.co.id'))).toHaveLength(1);

    await store.applyRetention({
      closedAt: (r) => (r.idempotencyKey === 'b' ? '2026-01-01' : undefined),
      olderThanDays: 365,
      action: 'purge',
      now,
    });
    expect((await store.list()).map((r) => r.idempotencyKey)).toEqual(['a', 'c']);
    expect((await store.insert('d', 2026, (s) => recordFor('d', 2026, s))).record.sequence).toBe(4);
  });
});
