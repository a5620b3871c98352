import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { httpTransport } from './http-transport';
import { RightsRequestError } from './rights-request-error';
import type { RightsRequest } from './rights-request-types';

// The schedule of retries, checked with fake timers and a scripted fetch. The same
// transport against a real HTTP server is in server/rights-requests-over-http.test.ts.

const request: RightsRequest = {
  policyId: 'ctt-privacy',
  policyVersion: '2024-06-12',
  locale: 'id-ID',
  right: 'access',
  name: 'Siti Rahma',
  email: 'siti@example.co.id',
};

const receipt = {
  reference: 'CTT-2026-000001',
  right: 'access',
  submittedAt: '2026-03-02T02:00:00.000Z',
  dueBy: '2026-03-05T02:00:00.000Z',
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers });

/** A fetch that answers with `answers` in turn (the last one repeats) and records each call. */
function scriptedFetch(...answers: (() => Response)[]) {
  const calls: RequestInit[] = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    calls.push(init ?? {});
    const answer = answers.length > 1 ? answers.shift() : answers[0];
    return (answer as () => Response)();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('given a server that keeps failing with 503', () => {
  it('waits a full-jitter backoff that doubles up to the cap between attempts', async () => {
    const { fetch, calls } = scriptedFetch(() => json(503, {}));
    const transport = httpTransport('https://example.test/rr', {
      fetch,
      random: () => 0.5,
      retry: { attempts: 5, baseDelayMs: 100, maxDelayMs: 250 },
    });
    const sending = transport(request, { idempotencyKey: 'k' }).catch((e: unknown) => e);
    // Ceilings 100, 200, 250 (capped), 250; half of each with random() = 0.5.
    for (const [delay, attemptsSoFar] of [
      [50, 2],
      [100, 3],
      [125, 4],
      [125, 5],
    ] as const) {
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(calls).toHaveLength(attemptsSoFar - 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(calls).toHaveLength(attemptsSoFar);
    }
    const error = (await sending) as RightsRequestError;
    expect(error).toMatchObject({ code: 'http', status: 503, retryable: true });
    expect(calls.map((c) => (c.headers as Record<string, string>)['Idempotency-Key'])).toEqual([
      'k',
      'k',
      'k',
      'k',
      'k',
    ]);
  });

  it('sends JSON with the key, and the body is the request', async () => {
    const { fetch, calls } = scriptedFetch(() => json(201, receipt));
    await httpTransport('https://example.test/rr', { fetch, headers: { 'X-CSRF': 't' } })(request, {
      idempotencyKey: 'k',
    });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': 'k',
        'X-CSRF': 't',
      },
    });
    expect(JSON.parse(calls[0]?.body as string)).toEqual(request);
  });
});

describe('given a Retry-After header', () => {
  it('waits exactly the seconds asked for instead of the backoff', async () => {
    const { fetch, calls } = scriptedFetch(
      () => json(503, {}, { 'Retry-After': '2' }),
      () => json(201, receipt),
    );
    const transport = httpTransport('https://example.test/rr', { fetch, random: () => 0 });
    const sending = transport(request, { idempotencyKey: 'k' });
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    expect(await sending).toEqual(receipt);
  });

  it('waits until an HTTP date', async () => {
    const now = new Date('2026-03-02T02:00:00.000Z');
    const { fetch, calls } = scriptedFetch(
      () => json(429, {}, { 'Retry-After': 'Mon, 02 Mar 2026 02:00:05 GMT' }),
      () => json(201, receipt),
    );
    const transport = httpTransport('https://example.test/rr', { fetch, now: () => now });
    const sending = transport(request, { idempotencyKey: 'k' });
    await vi.advanceTimersByTimeAsync(4999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await sending).toEqual(receipt);
  });

  it('gives up instead of retrying early when the wait is over the cap', async () => {
    const { fetch, calls } = scriptedFetch(() => json(503, {}, { 'Retry-After': '31' }));
    const transport = httpTransport('https://example.test/rr', { fetch });
    await expect(transport(request, { idempotencyKey: 'k' })).rejects.toMatchObject({
      retryable: true,
      retryAfterMs: 31_000,
    });
    expect(calls).toHaveLength(1);
  });
});

describe('given a 4xx answer', () => {
  it.each([400, 401, 403, 404, 408, 409, 413, 415, 422])('does not retry %i', async (status) => {
    const { fetch, calls } = scriptedFetch(() => json(status, { error: { message: 'no' } }));
    const transport = httpTransport('https://example.test/rr', { fetch });
    await expect(transport(request, { idempotencyKey: 'k' })).rejects.toMatchObject({
      status,
      retryable: false,
      serverMessage: 'no',
    });
    expect(calls).toHaveLength(1);
  });

  it('retries 429', async () => {
    const { fetch, calls } = scriptedFetch(
      () => json(429, {}),
      () => json(201, receipt),
    );
    const sending = httpTransport('https://example.test/rr', { fetch, random: () => 0 })(request, {
      idempotencyKey: 'k',
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(await sending).toEqual(receipt);
    expect(calls).toHaveLength(2);
  });
});

describe('given a 2xx answer that is not a receipt', () => {
  it.each([
    ['not JSON', () => new Response('<html>ok</html>', { status: 200 })],
    ['no reference', () => json(201, { ...receipt, reference: '' })],
    ['another right', () => json(201, { ...receipt, right: 'erasure' })],
    ['a bad date', () => json(201, { ...receipt, submittedAt: 'soon' })],
    ['a bad dueBy', () => json(201, { ...receipt, dueBy: 'never' })],
  ])('reports %s as a retryable response error', async (_label, answer) => {
    const { fetch } = scriptedFetch(answer);
    const transport = httpTransport('https://example.test/rr', {
      fetch,
      retry: { attempts: 1 },
    });
    const error = await transport(request, { idempotencyKey: 'k' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RightsRequestError);
    expect(error).toMatchObject({ code: 'response', retryable: true });
  });

  it('accepts a receipt whose dueBy is null', async () => {
    const { fetch } = scriptedFetch(() => json(201, { ...receipt, dueBy: null }));
    const result = await httpTransport('https://example.test/rr', { fetch })(request, {
      idempotencyKey: 'k',
    });
    expect(result.dueBy).toBeNull();
  });
});

describe('given a network failure', () => {
  it('retries it and reports a retryable network error in the end', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const transport = httpTransport('https://example.test/rr', {
      fetch,
      random: () => 0,
      retry: { attempts: 3 },
    });
    const sending = transport(request, { idempotencyKey: 'k' }).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    const error = (await sending) as RightsRequestError;
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
