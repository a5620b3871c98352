/**
 * Test support: one server instance on the PostgreSQL store, in its own process, for the
 * multi-process tests (several of these behind an imaginary load balancer, one database).
 *
 *   PK_DATABASE_URL=postgres://… [PK_PORT=0] node --import tsx postgres-rights-request-server.ts
 *
 * Prints `LISTENING <port>` once it accepts connections.
 */
import pg from 'pg';
import { createRightsRequestHandler } from '../create-rights-request-handler';
import { createPostgresStore } from '../postgres/create-postgres-store';
import { serveNode } from './serve-node';

const connectionString = process.env.PK_DATABASE_URL;
if (!connectionString) throw new Error('PK_DATABASE_URL is required');
const pool = new pg.Pool({ connectionString, max: 8, connectionTimeoutMillis: 2000 });

const handler = createRightsRequestHandler({
  store: createPostgresStore({ pool, onError: () => undefined }),
  jurisdiction: 'id-pdp',
  reference: { prefix: 'CTT' },
  timeZone: 'Asia/Jakarta',
  storeTimeoutMs: 5000,
  retryAfterSeconds: 1,
  onError: () => undefined, // the tests count 503s; the reasons would only flood the output
});
const server = await serveNode(handler, Number(process.env.PK_PORT ?? 0), {
  onError: () => undefined,
});
process.stdout.write(`LISTENING ${server.port}\n`);
process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0));
});
