// @vitest-environment node
import { request as httpRequest } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRightsRequestClient } from '../rights/create-rights-request-client';
import { RightsRequestError } from '../rights/rights-request-error';
import type { RightsRequest, RightsRequestReceipt } from '../rights/rights-request-types';
import { createRightsRequestHandler } from './create-rights-request-handler';
import { createFileStore } from './file-store';
import type { StoredRightsRequest } from './rights-request-store';
import { serveNode, type NodeServer } from './test-support/serve-node';

// The real thing end to end: the SDK client → fetch → node:http on 127.0.0.1 → the SDK's
// handler → the file store in a temporary directory. A "script" in front of the handler
// can answer an attempt itself (a 503, a hang) to play a misbehaving server.

const request: RightsRequest = {
  policyId: 'ctt-privacy',
  policyVersion: '2024-06-12',
  locale: 'id-ID',
  right: 'access',
  name: 'Siti Rahma',
  email: 'siti@example.co.id',
};

type Handler = (request: Request) => Promise<Response>;
type Script = (
  attempt: number,
  request: Request,
  handler: Handler,
) => Response | undefined | Promise<Response | undefined>;

interface Seen {
  key: string | null;
  at: number;
}

let dir: string;
let storePath: string;
let server: NodeServer | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-http-'));
  storePath = join(dir, 'requests.jsonl');
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function start(script: Script = () => undefined, maxBodyBytes?: number) {
  const seen: Seen[] = [];
  const handler = createRightsRequestHandler({
    store: createFileStore(storePath),
    jurisdiction: 'id-pdp',
    reference: { prefix: 'CTT' },
    maxBodyBytes,
  });
  server = await serveNode(async (req) => {
    seen.push({ key: req.headers.get('Idempotency-Key'), at: performance.now() });
    return (await script(seen.length, req, handler)) ?? handler(req);
  });
  return { url: server.url, seen };
}

async function records(): Promise<StoredRightsRequest[]> {
  const text = await readFile(storePath, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as StoredRightsRequest);
}

const fast = { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 };

/** The receipt as stored: the status token is in the first reply only, never in the store. */
const asStored = ({ statusToken: _token, statusUrl: _url, ...receipt }: RightsRequestReceipt) =>
  receipt;

const unavailable = (headers: Record<string, string> = {}) =>
  new Response(
    JSON.stringify({ error: { code: 'unavailable', message: 'Down for maintenance' } }),
    {
      status: 503,
      headers: { 'Content-Type': 'application/json', ...headers },
    },
  );

/** Raw HTTP, for bodies fetch would not send (no length, wrong length). */
function rawPost(url: string, headers: Record<string, string>, chunks: (string | Buffer)[]) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    // The server may answer 413 and close before every chunk is sent.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('given a server that answers 503 twice, then works', () => {
  it('retries with the same key and ends with one record', async () => {
    const { url, seen } = await start((attempt) => (attempt <= 2 ? unavailable() : undefined));
    const client = createRightsRequestClient({ endpoint: url }, { retry: fast });
    const receipt = await client.submit(request);

    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => s.key)).size).toBe(1);
    expect(seen[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    const stored = await records();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.idempotencyKey).toBe(seen[0]?.key);
    expect(stored[0]?.receipt).toEqual(asStored(receipt));
    expect(receipt.reference).toMatch(/^CTT-\d{4}-000001$/);
  });

  it('gives up after the last attempt with a retryable error carrying the server’s message', async () => {
    const { url, seen } = await start(() => unavailable());
    const client = createRightsRequestClient({ endpoint: url }, { retry: fast });
    const error = (await client.submit(request).catch((e: unknown) => e)) as RightsRequestError;
    expect(error).toBeInstanceOf(RightsRequestError);
    expect(error).toMatchObject({
      code: 'http',
      status: 503,
      retryable: true,
      serverMessage: 'Down for maintenance',
      messageKey: 'rightsErrors.submit.unavailable',
    });
    expect(seen).toHaveLength(4);
    expect(await records()).toEqual([]);
  });

  it('uses a new key for the next submit', async () => {
    const { url, seen } = await start();
    const client = createRightsRequestClient({ endpoint: url }, { retry: fast });
    await client.submit(request);
    await client.submit(request);
    expect(seen[1]?.key).not.toBe(seen[0]?.key);
    expect((await records()).map((r) => r.receipt.reference)).toEqual([
      expect.stringMatching(/-000001$/),
      expect.stringMatching(/-000002$/),
    ]);
  });
});

describe('given a 4xx answer', () => {
  it('does not retry a 409 and reports it as final', async () => {
    const { url, seen } = await start(
      () => new Response(JSON.stringify({ error: { message: 'Conflict' } }), { status: 409 }),
    );
    const client = createRightsRequestClient({ endpoint: url }, { retry: fast });
    await expect(client.submit(request)).rejects.toMatchObject({
      code: 'http',
      status: 409,
      retryable: false,
      serverMessage: 'Conflict',
    });
    expect(seen).toHaveLength(1);
  });

  it('does not retry the handler’s 422 for a reused key with a different body', async () => {
    const { url, seen } = await start();
    const client = createRightsRequestClient({ endpoint: url }, { retry: fast });
    await client.submit(request, { idempotencyKey: 'reused-key' });
    await expect(
      client.submit({ ...request, right: 'erasure' }, { idempotencyKey: 'reused-key' }),
    ).rejects.toMatchObject({ code: 'http', status: 422, retryable: false });
    expect(seen).toHaveLength(2);
    expect(await records()).toHaveLength(1);
  });

  it('turns the handler’s 400 issues into an invalid error, without retrying', async () => {
    const seenBy: string[] = [];
    const handler = createRightsRequestHandler({
      store: createFileStore(storePath),
      jurisdiction: 'id-pdp',
      policy: { id: 'ctt-privacy', rights: [{ id: 'erasure' }] },
    });
    server = await serveNode((req) => {
      seenBy.push(req.method);
      return handler(req);
    });
    const client = createRightsRequestClient({ endpoint: server.url }, { retry: fast });
    const error = (await client.submit(request).catch((e: unknown) => e)) as RightsRequestError;
    expect(error).toMatchObject({ code: 'invalid', status: 400, retryable: false });
    expect(error.issues).toEqual([
      expect.objectContaining({ field: 'right', code: 'rightNotOffered' }),
    ]);
    expect(seenBy).toEqual(['POST']);
    expect(await records()).toEqual([]);
  });
});

describe('given a Retry-After', () => {
  it('waits at least that long before the retry, even when the backoff would not', async () => {
    const { url, seen } = await start((attempt) =>
      attempt === 1 ? unavailable({ 'Retry-After': '1' }) : undefined,
    );
    const client = createRightsRequestClient(
      { endpoint: url },
      { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } },
    );
    await client.submit(request);
    expect(seen).toHaveLength(2);
    // A lower bound only: the wait the server asked for (timers never fire early by more
    // than a millisecond of rounding).
    expect((seen[1]?.at ?? 0) - (seen[0]?.at ?? 0)).toBeGreaterThanOrEqual(990);
  });

  it('gives up at once when the server asks for longer than the cap, saying how long', async () => {
    const { url, seen } = await start(() => unavailable({ 'Retry-After': '120' }));
    const client = createRightsRequestClient({ endpoint: url }, { retry: fast });
    await expect(client.submit(request)).rejects.toMatchObject({
      status: 503,
      retryable: true,
      retryAfterMs: 120_000,
    });
    expect(seen).toHaveLength(1);
  });

  it('reads an HTTP date as well', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
    const { url, seen } = await start(
      () => new Response('', { status: 429, headers: { 'Retry-After': inAnHour } }),
    );
    const client = createRightsRequestClient({ endpoint: url }, { retry: fast });
    const error = (await client.submit(request).catch((e: unknown) => e)) as RightsRequestError;
    expect(error).toMatchObject({ status: 429, retryable: true });
    expect(error.retryAfterMs).toBeGreaterThan(3_500_000);
    expect(seen).toHaveLength(1);
  });
});

describe('given a server that is too slow', () => {
  /** Never answers on its own; ends when the client gives up on the attempt. */
  const hang = (req: Request) =>
    new Promise<Response>((resolve) =>
      req.signal.addEventListener('abort', () => resolve(new Response(null, { status: 499 }))),
    );

  it('times each attempt out, retries, and reports a retryable timeout', async () => {
    const { url, seen } = await start((_attempt, req) => hang(req));
    const client = createRightsRequestClient(
      { endpoint: url },
      { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 }, timeoutMs: 100 },
    );
    await expect(client.submit(request)).rejects.toMatchObject({
      code: 'timeout',
      retryable: true,
      messageKey: 'rightsErrors.submit.timeout',
    });
    expect(seen).toHaveLength(2);
    expect(seen[1]?.key).toBe(seen[0]?.key);
  });

  it('returns the recorded receipt when the reply to a recorded request was too late', async () => {
    // Attempt 1 is recorded but its reply comes after the client stopped waiting.
    const { url, seen } = await start(async (attempt, req, handler) => {
      if (attempt > 1) return undefined;
      const response = await handler(req);
      await hang(req);
      return response;
    });
    const client = createRightsRequestClient(
      { endpoint: url },
      { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 }, timeoutMs: 300 },
    );
    const receipt = await client.submit(request);
    expect(seen).toHaveLength(2);
    const stored = await records();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.receipt).toEqual(asStored(receipt));
  });
});

describe('given the caller aborts', () => {
  it('stops an attempt in flight', async () => {
    const { url, seen } = await start(
      (_attempt, req) =>
        new Promise<Response>((resolve) =>
          req.signal.addEventListener('abort', () => resolve(new Response(null))),
        ),
    );
    const client = createRightsRequestClient({ endpoint: url }, { retry: fast });
    const controller = new AbortController();
    const submitting = client.submit(request, { signal: controller.signal });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    controller.abort();
    await expect(submitting).rejects.toMatchObject({ code: 'aborted' });
    expect(seen).toHaveLength(1);
  });

  it('stops the wait between attempts', async () => {
    const { url, seen } = await start(() => unavailable());
    // A one-minute backoff: the test would time out if the abort did not end the wait.
    const client = createRightsRequestClient(
      { endpoint: url },
      { retry: { attempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000 } },
    );
    const controller = new AbortController();
    const submitting = client.submit(request, { signal: controller.signal });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 200));
    controller.abort();
    await expect(submitting).rejects.toMatchObject({ code: 'aborted' });
    expect(seen).toHaveLength(1);
  });
});

describe('given many submissions at once', () => {
  it('records twenty distinct requests twenty times, numbered 1 to 20', async () => {
    const { url, seen } = await start();
    const client = createRightsRequestClient({ endpoint: url }, { retry: fast });
    const receipts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => client.submit({ ...request, name: `Person ${i}` })),
    );
    expect(new Set(seen.map((s) => s.key)).size).toBe(20);
    const stored = await records();
    expect(stored).toHaveLength(20);
    expect(stored.map((r) => r.sequence).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    for (const receipt of receipts) {
      expect(stored.find((r) => r.receipt.reference === receipt.reference)?.receipt).toEqual(
        asStored(receipt),
      );
    }
  });

  it('records a request sent ten times with one key once, and every reply is its receipt', async () => {
    const { url, seen } = await start();
    const client = createRightsRequestClient({ endpoint: url }, { retry: fast });
    const send = () => client.submit(request, { idempotencyKey: 'one-key' });
    const receipts = await Promise.all([send(), send(), send(), send(), send()]);
    receipts.push(await send(), await send(), await send(), await send(), await send());
    expect(seen).toHaveLength(10);
    expect(new Set(receipts.map((r) => JSON.stringify(asStored(r)))).size).toBe(1);
    expect(receipts.filter((r) => r.statusToken)).toHaveLength(1);
    expect(await records()).toHaveLength(1);
  });
});

describe('given bodies the handler must refuse', () => {
  it('answers broken JSON with 400 and stores nothing', async () => {
    const { url } = await start();
    const response = await rawPost(
      url,
      { 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' },
      ['{"policyId": "ctt-privacy", "name": '],
    );
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid-json' } });
    expect(await records()).toEqual([]);
  });

  it('answers a chunked body that grows past the limit with 413 and stores nothing', async () => {
    const { url } = await start(undefined, 2048);
    const chunk = Buffer.from(`"${'x'.repeat(1000)}",`);
    const response = await rawPost(
      url,
      { 'Content-Type': 'application/json', 'Idempotency-Key': 'k2' },
      ['[', ...Array.from({ length: 50 }, () => chunk), '""]'],
    );
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      error: { code: 'payload-too-large', message: 'The body must be at most 2048 bytes' },
    });
    expect(await records()).toEqual([]);
  });

  it('answers a form post with 415 and stores nothing', async () => {
    const { url } = await start();
    const response = await rawPost(
      url,
      { 'Content-Type': 'application/x-www-form-urlencoded', 'Idempotency-Key': 'k3' },
      ['name=Siti&email=siti%40example.co.id'],
    );
    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ error: { code: 'unsupported-media-type' } });
    expect(await records()).toEqual([]);
  });

  it('answers GET with 405 and Allow: POST', async () => {
    const { url } = await start();
    const response = await fetch(url);
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST');
    expect(await records()).toEqual([]);
  });
});
