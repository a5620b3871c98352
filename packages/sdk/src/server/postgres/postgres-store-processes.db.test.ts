// @vitest-environment node
/**
 * Several server processes on one real PostgreSQL database, as behind a load balancer: the
 * same key sent to all four at once, a process killed with SIGKILL mid-burst, and the
 * database itself restarted under load. Every request ends with one record and one
 * reference, and every receipt a client was given is the one recorded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../../../../../test/support/postgres';
import type { RightsRequestReceipt } from '../../rights/rights-request-types';
import { migratePostgresStore } from './migrations';

const SERVER = fileURLToPath(
  new URL('../test-support/postgres-rights-request-server.ts', import.meta.url),
);

interface Instance {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
}

let server: TestPostgres;
let url: string;
let admin: pg.Pool;
let instances: Instance[] = [];

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase('processes');
  admin = new pg.Pool({ connectionString: url, max: 2 });
  admin.on('error', () => undefined);
  await migratePostgresStore(admin);
}, 120_000);

afterAll(async () => {
  await admin?.end().catch(() => undefined);
  await server?.stop();
});

function startInstance(): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: { ...process.env, PK_DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('instance did not start in 30 s')), 30_000);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]), exited });
      }
    });
    void exited.then((code) => reject(new Error(`instance exited (${code}) before listening`)));
  });
}

beforeEach(async () => {
  await admin.query('TRUNCATE policykit_rights_requests, policykit_rights_request_counters');
  instances = await Promise.all(Array.from({ length: 4 }, () => startInstance()));
}, 60_000);

afterEach(async () => {
  for (const { child } of instances) if (child.exitCode === null) child.kill('SIGKILL');
  await Promise.all(instances.map((instance) => instance.exited));
  instances = [];
});

const body = (i: number) =>
  JSON.stringify({
    policyId: 'ctt-privacy',
    policyVersion: '2024-06-12',
    locale: 'id-ID',
    right: 'access',
    name: `Pemohon ${i}`,
    email: `pemohon${i}@example.co.id`,
  });

async function post(
  port: number,
  key: string,
  payload: string,
): Promise<{ status: number; retryAfter: string | null; receipt?: RightsRequestReceipt }> {
  const response = await fetch(`http://127.0.0.1:${port}/rights-requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: payload,
    signal: AbortSignal.timeout(15_000),
  });
  const json = (await response.json()) as RightsRequestReceipt;
  return {
    status: response.status,
    retryAfter: response.headers.get('Retry-After'),
    ...(response.status < 300 ? { receipt: json } : {}),
  };
}

/**
 * A client behind a load balancer: sends to `first`, and on a network error or a 5xx
 * retries the same key on the next instance (bounded), as the SDK's client would.
 */
async function submit(
  key: string,
  payload: string,
  first: number,
  seen: { status: number | 'network'; retryAfter?: string | null }[],
): Promise<RightsRequestReceipt> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const instance = instances[(first + attempt) % instances.length] as Instance;
    try {
      const reply = await post(instance.port, key, payload);
      seen.push({ status: reply.status, retryAfter: reply.retryAfter });
      if (reply.receipt) return reply.receipt;
      if (reply.status < 500) throw new Error(`final ${reply.status}`);
    } catch (error) {
      if ((error as Error).message.startsWith('final')) throw error;
      seen.push({ status: 'network' });
    }
    await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 20));
  }
  throw new Error(`${key}: no receipt after 60 attempts`);
}

async function recorded(): Promise<Map<string, { reference: string; sequence: number }>> {
  const { rows } = await admin.query<{ key: string; reference: string; sequence: number }>(
    'SELECT idempotency_key AS key, reference, sequence FROM policykit_rights_requests',
  );
  return new Map(rows.map((row) => [row.key, row]));
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('given four server processes on one database', () => {
  it('records a key sent to all four at once (five times each) once, with one reference', async () => {
    const keys = Array.from({ length: 10 }, () => randomUUID());
    for (const [i, key] of keys.entries()) {
      const replies = await Promise.all(
        Array.from({ length: 20 }, (_, n) =>
          post((instances[n % 4] as Instance).port, key, body(i)),
        ),
      );
      expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
      expect(replies.filter((r) => r.status === 200)).toHaveLength(19);
      expect(new Set(replies.map((r) => r.receipt?.reference)).size).toBe(1);
    }
    const rows = await recorded();
    expect(rows.size).toBe(10);
    expect([...rows.values()].map((r) => r.sequence).sort((a, b) => a - b)).toEqual(range(10));
  }, 60_000);

  it('loses nothing when a process is killed with SIGKILL mid-burst: one record and the given receipt per request', async () => {
    const total = 200;
    const seen: { status: number | 'network' }[] = [];
    let done = 0;
    const victim = instances[1] as Instance;
    const requests = Array.from({ length: total }, (_, i) => ({ key: randomUUID(), i }));
    const receipts = new Map<string, RightsRequestReceipt>();
    // 25 clients at a time, each request first to instance i % 4.
    let next = 0;
    const worker = async () => {
      while (next < total) {
        const { key, i } = requests[next++] as { key: string; i: number };
        receipts.set(key, await submit(key, body(i), i % 4, seen));
        if (++done === 40) victim.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 25 }, worker));

    expect(await victim.exited).toBe(null); // killed by the signal
    expect(seen.some((s) => s.status === 'network')).toBe(true);
    const rows = await recorded();
    expect(rows.size).toBe(total);
    for (const [key, receipt] of receipts) expect(rows.get(key)?.reference).toBe(receipt.reference);
    expect(new Set([...rows.values()].map((r) => r.reference)).size).toBe(total);
    // A transaction cut off by the kill rolled its counter back: still no gaps.
    expect([...rows.values()].map((r) => r.sequence).sort((a, b) => a - b)).toEqual(range(total));
  }, 120_000);

  it('answers 503 with Retry-After while the database restarts under load, then recovers: every request recorded once', async () => {
    const total = 160;
    const seen: { status: number | 'network'; retryAfter?: string | null }[] = [];
    const requests = Array.from({ length: total }, (_, i) => ({ key: randomUUID(), i }));
    const receipts = new Map<string, RightsRequestReceipt>();
    let done = 0;
    let restart: Promise<void> | undefined;
    let next = 0;
    const worker = async () => {
      while (next < total) {
        const { key, i } = requests[next++] as { key: string; i: number };
        receipts.set(key, await submit(key, body(i), i % 4, seen));
        if (++done === 40) {
          restart = (async () => {
            await server.kill(); // pg_ctl stop -m immediate: a crash, recovery on start
            await new Promise((resolve) => setTimeout(resolve, 1500));
            await server.start();
          })();
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await restart;

    const unavailable = seen.filter((s) => s.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(unavailable.every((s) => s.retryAfter === '1')).toBe(true);
    expect(seen.filter((s) => s.status === 500)).toEqual([]);
    for (const instance of instances) expect(instance.child.exitCode).toBe(null); // none crashed
    const rows = await recorded();
    expect(rows.size).toBe(total);
    for (const [key, receipt] of receipts) expect(rows.get(key)?.reference).toBe(receipt.reference);
    expect(new Set([...rows.values()].map((r) => r.reference)).size).toBe(total);
  }, 120_000);
});
