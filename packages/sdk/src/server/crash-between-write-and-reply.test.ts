// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRightsRequestClient } from '../rights/create-rights-request-client';
import type { RightsRequest } from '../rights/rights-request-types';

const SERVER = fileURLToPath(new URL('./test-support/rights-request-server.ts', import.meta.url));

const request: RightsRequest = {
  policyId: 'ctt-privacy',
  policyVersion: '2024-06-12',
  locale: 'id-ID',
  right: 'rectification',
  name: 'Siti Rahma',
  email: 'siti@example.co.id',
};

let dir: string;
let storePath: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-crash-'));
  storePath = join(dir, 'requests.jsonl');
});

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
  await rm(dir, { recursive: true, force: true });
});

/** Starts the server in a child process; resolves once it listens. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    env: { ...process.env, PK_STORE_PATH: storePath, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const port = new Promise<number>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening`)));
  });
  return { port, exited };
}

describe('given a server that crashes after writing a request and before replying', () => {
  it('loses nothing: the retry after a restart gets the same receipt and the file holds one record', async () => {
    const first = startServer({ PK_CRASH_AFTER_WRITE: '1' });
    const port = await first.port;

    const keys: (string | null)[] = [];
    const outcomes: (number | 'network error')[] = [];
    let restart: Promise<void> | undefined;
    // The client's fetch, watched: it notes each attempt's key and outcome, and after the
    // crash brings the server back (same port, no crash hook) before reporting the error,
    // so the client's next retry finds it.
    const watchedFetch: typeof fetch = async (input, init) => {
      keys.push(new Headers(init?.headers).get('Idempotency-Key'));
      try {
        const response = await fetch(input, init);
        outcomes.push(response.status);
        return response;
      } catch (error) {
        outcomes.push('network error');
        restart ??= (async () => {
          await first.exited;
          await startServer({ PK_PORT: String(port) }).port;
        })();
        await restart;
        throw error;
      }
    };

    const client = createRightsRequestClient(
      { endpoint: `http://127.0.0.1:${port}/rights-requests` },
      { fetch: watchedFetch, retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 } },
    );
    const receipt = await client.submit(request);

    expect(await first.exited).toBe(70);
    expect(outcomes).toEqual(['network error', 200]);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);

    const lines = (await readFile(storePath, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] as string) as { idempotencyKey: string; receipt: unknown };
    expect(record.idempotencyKey).toBe(keys[0]);
    expect(record.receipt).toEqual(receipt);
    expect(receipt).toMatchObject({ reference: expect.stringMatching(/^CTT-\d{4}-000001$/) });
  });
});
