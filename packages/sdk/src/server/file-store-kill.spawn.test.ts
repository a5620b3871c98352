// @vitest-environment node
/**
 * kill -9 at random moments, with group commit: a server process on the file store takes a
 * burst of concurrent requests and is killed with SIGKILL at a random moment, then
 * restarted on the same port while the clients retry with their keys — round after round.
 * Every receipt a client was given is in the file with the same reference, each key once,
 * no reference twice, sequences 1…n without gaps, and the file loads cleanly each time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RightsRequestReceipt } from '../rights/rights-request-types';
import type { StoredRightsRequest } from './rights-request-store';
import { hashStatusToken } from './status/status-token';

const SERVER = fileURLToPath(new URL('./test-support/rights-request-server.ts', import.meta.url));
const ROUNDS = 12;
const PER_ROUND = 40;

let dir: string;
let storePath: string;
let child: ChildProcess | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-kill-'));
  storePath = join(dir, 'requests.jsonl');
});

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

function start(port = 0): Promise<{ port: number; exited: Promise<unknown> }> {
  const process_ = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: { ...process.env, PK_STORE_PATH: storePath, PK_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child = process_;
  const exited = new Promise((resolve) => process_.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let output = '';
    process_.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\d+)/.exec(output);
      if (match) resolve({ port: Number(match[1]), exited });
    });
    void exited.then(() => reject(new Error('server exited before listening')));
  });
}

const body = (i: number) =>
  JSON.stringify({
    policyId: 'ctt-privacy',
    policyVersion: '1',
    locale: 'id-ID',
    right: 'access',
    name: `Pemohon ${i}`,
    email: `p${i}@example.co.id`,
  });

/** The client: retries network errors and 5xx with the same key until it has a receipt. */
async function submit(port: () => number, key: string, i: number): Promise<RightsRequestReceipt> {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port()}/rights-requests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: body(i),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status === 201 || response.status === 200) {
        return (await response.json()) as RightsRequestReceipt;
      }
      if (response.status < 500) throw new Error(`final ${response.status}`);
    } catch (error) {
      if ((error as Error).message.startsWith('final')) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${key}: no receipt`);
}

describe('given a file-store server killed with SIGKILL at random moments under load', () => {
  it(`loses nothing and records nothing twice over ${ROUNDS} rounds`, async () => {
    let server = await start();
    const port = server.port;
    const receipts = new Map<string, RightsRequestReceipt>();
    let kills = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const burst = Array.from({ length: PER_ROUND }, (_, n) => ({
        key: randomUUID(),
        i: round * PER_ROUND + n,
      }));
      const sending = Promise.all(
        burst.map(async ({ key, i }) => receipts.set(key, await submit(() => port, key, i))),
      );
      // Somewhere in the burst: before, during or after the group commits.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 120));
      child?.kill('SIGKILL');
      kills++;
      await server.exited;
      server = await start(port);
      await sending;
    }
    child?.kill('SIGKILL');
    await server.exited;

    expect(kills).toBe(ROUNDS);
    const text = await readFile(storePath, 'utf8');
    const records = text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as StoredRightsRequest);
    const byKey = new Map(records.map((r) => [r.idempotencyKey, r]));
    expect(byKey.size).toBe(records.length); // no key twice
    expect(records.length).toBe(ROUNDS * PER_ROUND);
    for (const [key, { statusToken, statusUrl: _url, ...receipt }] of receipts) {
      const stored = byKey.get(key);
      expect(stored?.receipt).toEqual(receipt);
      // A first reply's status token is the one whose hash was recorded (a replay has none).
      if (statusToken) expect(stored?.statusTokenHash).toBe(await hashStatusToken(statusToken));
    }
    expect(new Set(records.map((r) => r.receipt.reference)).size).toBe(records.length);
    expect(records.map((r) => r.sequence).sort((a, b) => a - b)).toEqual(
      records.map((_, i) => i + 1),
    );
  }, 180_000);
});
