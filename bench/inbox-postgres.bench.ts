// The DPO inbox on PostgreSQL at scale: 100,000 requests (a mix of statuses, rights and due
// dates; 56 % open and past due at `now`), then the inbox's first page — open and overdue at
// `now`, sorted by due date, 50 rows, with the total count — through the store's own `query`
// (what the admin handler runs), timed 200 times. Budget from issue 14: p50 < 50 ms. Next to it,
// the same list without the overdue filter and a search by e-mail.
// Run: `npm run bench inbox` (needs Debian's postgresql package, as test/support/postgres.ts).
import pg from 'pg';
import { createPostgresStore } from '../packages/sdk/src/server/postgres/create-postgres-store';
import { migratePostgresStore } from '../packages/sdk/src/server/postgres/migrations';
import type { RequestStatus } from '../packages/sdk/src/rights/lifecycle/request-status';
import type { RightsRequestQuery } from '../packages/sdk/src/server/rights-request-store';
import { lifecycleRecordFor } from '../packages/sdk/src/server/test-support/store-contract';
import { startPostgres } from '../test/support/postgres';
import { report, spread } from './report';

const TOTAL = 100_000;
const RUNS = 200;
const NOW = new Date('2026-06-01T00:00:00.000Z');
const STATUSES: RequestStatus[] = [
  'received',
  'verifying',
  'awaiting-requester',
  'in-progress',
  'extended',
  'fulfilled',
  'rejected',
  'withdrawn',
];
const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'objection'] as const;

const postgres = await startPostgres();
try {
  const url = await postgres.createDatabase('inbox_bench');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('error', () => undefined);
  await migratePostgresStore(pool);

  // Rows as the store writes them (same columns), loaded 2,000 at a time with unnest().
  const started = performance.now();
  for (let from = 0; from < TOTAL; from += 2000) {
    const cols: unknown[][] = Array.from({ length: 12 }, () => []);
    for (let i = from; i < Math.min(TOTAL, from + 2000); i++) {
      const status = STATUSES[i % STATUSES.length] as RequestStatus;
      // Received over the 120 days before NOW; due 3 days later (UU PDP's 3 × 24 hours), or none.
      const received = new Date(NOW.getTime() - ((i * 7919) % (120 * 24)) * 3_600_000);
      const due = i % 10 === 9 ? null : new Date(received.getTime() + 72 * 3_600_000).toISOString();
      const record = lifecycleRecordFor(`k${i}`, 2026, i + 1, {
        status,
        right: RIGHTS[i % RIGHTS.length],
        dueBy: due,
        submittedAt: received.toISOString(),
        email: `pemohon${i}@example.co.id`,
      });
      const open = !['fulfilled', 'rejected', 'withdrawn'].includes(status);
      const values = [
        record.idempotencyKey,
        2026,
        i + 1,
        record.receipt.reference,
        JSON.stringify(record),
        status,
        record.receipt.right,
        record.receipt.submittedAt,
        due,
        open,
        1,
        record.request.email,
      ];
      values.forEach((value, c) => cols[c]?.push(value));
    }
    await pool.query(
      `INSERT INTO policykit_rights_requests (idempotency_key, year, sequence, reference, record,
         status, right_id, received_at, due_at, is_open, version, email_search)
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::jsonb[], $6::text[],
         $7::text[], $8::timestamptz[], $9::timestamptz[], $10::bool[], $11::int[], $12::text[])`,
      cols,
    );
  }
  await pool.query('VACUUM ANALYZE policykit_rights_requests');
  console.error(
    `inbox bench: ${TOTAL} rows loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const store = createPostgresStore({ pool });
  async function time(query: RightsRequestQuery) {
    const first = await store.query(query);
    for (let i = 0; i < 10; i++) await store.query(query); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await store.query(query);
      samples.push(performance.now() - start);
    }
    return { ...spread(samples), total: first.total, rows: first.items.length };
  }

  const overdue = await time({ overdueAt: NOW.toISOString(), sort: 'due', limit: 50 });
  console.error(`inbox bench: overdue ${overdue.total} of ${TOTAL}, page of ${overdue.rows}`);
  report({
    group: 'inbox (PostgreSQL, 100k requests)',
    name: `overdue, sorted by due date, 50 rows + count (${overdue.total} match)`,
    unit: 'ms',
    median: overdue.median,
    q1: overdue.q1,
    q3: overdue.q3,
    budget: 'p50 < 50 ms',
    budgetLimit: 50,
    budgetOf: 'median',
  });
  const all = await time({ sort: 'due', limit: 50 });
  report({
    group: 'inbox (PostgreSQL, 100k requests)',
    name: 'all, sorted by due date, 50 rows + count',
    unit: 'ms',
    median: all.median,
    q1: all.q1,
    q3: all.q3,
  });
  const search = await time({ search: 'pemohon4242@example.co.id' });
  report({
    group: 'inbox (PostgreSQL, 100k requests)',
    name: 'search by e-mail',
    unit: 'ms',
    median: search.median,
    q1: search.q1,
    q3: search.q3,
  });
  const plan = await pool.query(
    `EXPLAIN SELECT record FROM policykit_rights_requests WHERE is_open AND due_at < $1
     ORDER BY due_at ASC NULLS LAST, reference COLLATE "C" ASC LIMIT 50`,
    [NOW.toISOString()],
  );
  console.error(plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n'));
  await pool.end();
} finally {
  await postgres.stop();
}
