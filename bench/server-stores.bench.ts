// Rights-request throughput over real HTTP on 127.0.0.1: the handler on the file store (group
// commit), on the memory store (the same path without a disk: this machine's ceiling for the
// handler and HTTP right now) and on the PostgreSQL store, each in its own server process, driven by 50 clients
// with keep-alive from this process. Next to them, measured in the same run, the floors:
// one append+fsync of a record-sized line at a time (what the file store did per request
// before group commit), and one INSERT+COMMIT at a time on the same PostgreSQL server.
// Run: `npm run bench server` (PostgreSQL rows need Debian's postgresql package installed).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createFileStore } from '../packages/sdk/src/server/file-store';
import { migratePostgresStore } from '../packages/sdk/src/server/postgres/migrations';
import { recordFor } from '../packages/sdk/src/server/test-support/store-contract';
import { startPostgres } from '../test/support/postgres';
import { report, spread, versus, type Spread } from './report';

const CLIENTS = 50;
const ROUNDS = 3;
const FILE_REQUESTS = 2000;
const PG_REQUESTS = 1000;
const SERVER = 'packages/sdk/src/server/test-support/rights-request-server.ts';
const PG_SERVER = 'packages/sdk/src/server/test-support/postgres-rights-request-server.ts';

const body = (i: number) =>
  JSON.stringify({
    policyId: 'ctt-privacy',
    policyVersion: '2024-06-12',
    locale: 'id-ID',
    right: 'access',
    name: `Pemohon ${i}`,
    email: `pemohon${i}@example.co.id`,
    details: 'Saya ingin mendapatkan salinan data pribadi saya yang disimpan oleh layanan ini.',
  });

/** Per-op milliseconds of `count` sequential appends of a ~600-byte line, each fsynced. */
async function rawAppendFsync(dir: string, count: number): Promise<number[]> {
  const file = await open(join(dir, 'floor.jsonl'), 'a', 0o600);
  const line = Buffer.from(`${JSON.stringify({ record: 'x'.repeat(580) })}\n`);
  const times: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await file.write(line);
      await file.sync();
      times.push(performance.now() - start);
    }
  } finally {
    await file.close();
  }
  return times;
}

/** Inserts per second into the file store alone, `clients` at a time: group commit without HTTP. */
async function storeAlone(path: string, total: number, clients: number): Promise<number> {
  const store = createFileStore(path);
  await store.open();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const key = `k${next++}`;
        await store.insert(key, 2026, (sequence) => recordFor(key, 2026, sequence));
      }
    }),
  );
  const rate = total / ((performance.now() - started) / 1000);
  await store.close();
  return rate;
}

function startServer(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise<{ child: ChildProcess; port: number }>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\d+)/.exec(output);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
  });
}

/** `total` distinct requests through `clients` keep-alive connections: req/s and latencies. */
async function load(port: number, total: number, clients: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const one = (i: number) =>
    new Promise<void>((resolve) => {
      const payload = body(i);
      const start = performance.now();
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/rights-requests',
          method: 'POST',
          agent,
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(payload),
            'Idempotency-Key': randomUUID(),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode !== 201) failures++;
            latencies.push(performance.now() - start);
            resolve();
          });
        },
      );
      req.on('error', () => {
        failures++;
        resolve();
      });
      req.end(payload);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) await one(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const p99 = sorted[Math.floor(sorted.length * 0.99)] ?? Number.NaN;
  return { rps: total / seconds, p99, failures };
}

async function measure(port: number, total: number) {
  await load(port, Math.min(500, total), CLIENTS); // warm-up
  const runs = [];
  for (let round = 0; round < ROUNDS; round++) runs.push(await load(port, total, CLIENTS));
  return {
    rps: spread(runs.map((r) => r.rps)),
    p99: spread(runs.map((r) => r.p99)),
    failures: runs.reduce((n, r) => n + r.failures, 0),
  };
}

const perSecond = (ms: Spread): Spread => ({
  median: 1000 / ms.median,
  q1: 1000 / ms.q3,
  q3: 1000 / ms.q1,
});

const dir = await mkdtemp(join(tmpdir(), 'pk-bench-server-'));
try {
  // File store. The machine is shared: the floor, the no-disk ceiling (memory store, same
  // handler and HTTP path) and the file store take turns, round by round, so a neighbour's
  // load falls on all three alike.
  const memoryServer = await startServer(SERVER, { PK_STORE_PATH: ':memory:' });
  const fileServer = await startServer(SERVER, { PK_STORE_PATH: join(dir, 'requests.jsonl') });
  const floorMs: number[] = [];
  const memoryRps: number[] = [];
  const fileRps: number[] = [];
  const fileP99: number[] = [];
  const aloneRps: number[] = [];
  let failures = 0;
  try {
    await load(memoryServer.port, 500, CLIENTS); // warm-up
    await load(fileServer.port, 500, CLIENTS);
    for (let round = 0; round < ROUNDS; round++) {
      floorMs.push(...(await rawAppendFsync(dir, 150)));
      memoryRps.push((await load(memoryServer.port, FILE_REQUESTS, CLIENTS)).rps);
      const file = await load(fileServer.port, FILE_REQUESTS, CLIENTS);
      fileRps.push(file.rps);
      fileP99.push(file.p99);
      failures += file.failures;
      aloneRps.push(await storeAlone(join(dir, `alone-${round}.jsonl`), 3000, CLIENTS));
    }
  } finally {
    memoryServer.child.kill('SIGKILL');
    fileServer.child.kill('SIGKILL');
  }
  if (failures > 0) console.error(`file store: ${failures} requests not 201`);
  const floor = spread(floorMs);
  const floorOps = perSecond(floor);
  const file = spread(fileRps);
  const memory = spread(memoryRps);
  report({ group: 'file store', name: 'raw append+fsync, one at a time', unit: 'ms', ...floor });
  report({ group: 'file store', name: 'raw append+fsync floor', unit: 'ops/s', ...floorOps });
  report({
    group: 'file store',
    name: `handler + memory store (no disk), ${CLIENTS} clients`,
    unit: 'req/s',
    ...memory,
  });
  report({
    group: 'file store',
    name: `handler + file store, ${CLIENTS} clients`,
    unit: 'req/s',
    ...file,
    baseline: 'raw append+fsync floor',
    ...versus(file, floorOps),
    budget: '≥ 1,000 req/s',
    budgetLimit: 1000,
    budgetOf: 'median',
  });
  report({
    group: 'file store',
    name: 'file store vs the no-disk ceiling',
    unit: 'req/s',
    ...file,
    baseline: 'handler + memory store',
    ...versus(file, memory),
  });
  const alone = spread(aloneRps);
  report({
    group: 'file store',
    name: `file store alone (no HTTP), ${CLIENTS} at a time`,
    unit: 'ops/s',
    ...alone,
    baseline: 'raw append+fsync floor',
    ...versus(alone, floorOps),
  });
  report({
    group: 'file store',
    name: `p99 latency, ${CLIENTS} clients`,
    unit: 'ms',
    ...spread(fileP99),
    budget: '< 100 ms',
    budgetLimit: 100,
    budgetOf: 'median',
  });

  // PostgreSQL store (same machine, same run).
  let postgres;
  try {
    postgres = await startPostgres();
  } catch (error) {
    console.error(`PostgreSQL rows skipped: ${(error as Error).message}`);
  }
  if (postgres) {
    try {
      const url = await postgres.createDatabase('bench');
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      await migratePostgresStore(pool);
      await pool.query('CREATE TABLE floor (id serial PRIMARY KEY, line text)');
      const commits: number[] = [];
      for (let i = 0; i < 300; i++) {
        const start = performance.now();
        await pool.query('INSERT INTO floor (line) VALUES ($1)', ['x'.repeat(580)]);
        commits.push(performance.now() - start);
      }
      await pool.end();
      const commit = spread(commits);
      const commitOps = perSecond(commit);
      report({ group: 'postgres', name: 'INSERT+COMMIT, one at a time', unit: 'ms', ...commit });
      report({ group: 'postgres', name: 'INSERT+COMMIT floor', unit: 'ops/s', ...commitOps });
      const pgServer = await startServer(PG_SERVER, { PK_DATABASE_URL: url });
      try {
        const result = await measure(pgServer.port, PG_REQUESTS);
        if (result.failures > 0) console.error(`postgres: ${result.failures} requests not 201`);
        report({
          group: 'postgres',
          name: `handler + PostgreSQL store, ${CLIENTS} clients`,
          unit: 'req/s',
          ...result.rps,
          baseline: 'INSERT+COMMIT floor',
          ...versus(result.rps, commitOps),
        });
        report({
          group: 'postgres',
          name: `p99 latency, ${CLIENTS} clients`,
          unit: 'ms',
          ...result.p99,
        });
      } finally {
        pgServer.child.kill('SIGKILL');
      }
    } finally {
      await postgres.stop();
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
