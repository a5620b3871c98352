// @vitest-environment node
/** The PostgreSQL acknowledgement store against a real PostgreSQL server: the shared contract. */
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startPostgres, type TestPostgres } from '../../../../../test/support/postgres';
import { migratePostgresStore } from '../postgres/migrations';
import { createPostgresAcknowledgementStore } from './postgres-acknowledgement-store';
import { describeAcknowledgementStoreContract } from './test-support/acknowledgement-store-contract';

let server: TestPostgres;
let url: string;
const pools: pg.Pool[] = [];
function newPool(): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 3000 });
  pool.on('error', () => undefined);
  pools.push(pool);
  return pool;
}

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase('acknowledgement_store_tests');
  await migratePostgresStore(newPool());
}, 120_000);

afterAll(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end().catch(() => undefined)));
  await server?.stop();
});

describeAcknowledgementStoreContract('PostgreSQL', async () => {
  const pool = newPool();
  await pool.query('TRUNCATE policykit_acknowledgements');
  return {
    store: createPostgresAcknowledgementStore({ pool }),
    reopen: async () => createPostgresAcknowledgementStore({ pool: newPool() }),
  };
});
