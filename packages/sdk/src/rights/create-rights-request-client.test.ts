import { describe, expect, it, vi } from 'vitest';
import { createRightsRequestClient } from './create-rights-request-client';
import { RightsRequestError } from './rights-request-error';
import type {
  RightsRequest,
  RightsRequestReceipt,
  RightsRequestTransport,
} from './rights-request-types';

const request: RightsRequest = {
  policyId: 'ctt-privacy',
  policyVersion: '2024-06-12',
  locale: 'id-ID',
  right: 'access',
  name: 'Siti Rahma',
  email: 'siti@example.co.id',
};

function receiptFor(req: RightsRequest, dueBy: string | null = null): RightsRequestReceipt {
  return {
    reference: 'CTT-2026-000001',
    right: req.right,
    submittedAt: '2026-03-02T02:00:00.000Z',
    dueBy,
  };
}

/** A transport that records each call and answers with `answers` in turn (an Error is thrown). */
function scriptedTransport(...answers: (RightsRequestReceipt | Error | 'echo')[]) {
  const calls: { request: RightsRequest; idempotencyKey: string; signal?: AbortSignal }[] = [];
  const transport: RightsRequestTransport = vi.fn(async (req, context) => {
    calls.push({ request: req, ...context });
    const answer = answers.length > 1 ? answers.shift() : answers[0];
    if (answer instanceof Error) throw answer;
    return answer === 'echo' || answer === undefined ? receiptFor(req) : answer;
  });
  return { transport, calls };
}

const unavailable = () =>
  new RightsRequestError('http', 'HTTP 503', { retryable: true, status: 503 });

describe('given an invalid request', () => {
  it('rejects with code invalid and per-field issues, and never calls the transport', async () => {
    const { transport, calls } = scriptedTransport('echo');
    const client = createRightsRequestClient({ transport });
    const error = await client
      .submit({ ...request, email: 'siti@', name: '' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RightsRequestError);
    expect(error).toMatchObject({ code: 'invalid', retryable: false });
    expect((error as RightsRequestError).issues?.map((i) => i.field)).toEqual(['name', 'email']);
    expect((error as RightsRequestError).messageKey).toBe('rightsErrors.submit.invalid');
    expect(calls).toEqual([]);
  });

  it('checks the right against the policy’s rights when the client knows them', async () => {
    const { transport, calls } = scriptedTransport('echo');
    const client = createRightsRequestClient({ transport }, { rights: [{ id: 'erasure' }] });
    await expect(client.submit(request)).rejects.toMatchObject({
      code: 'invalid',
      issues: [expect.objectContaining({ field: 'right', code: 'rightNotOffered' })],
    });
    expect(calls).toEqual([]);
  });

  it('never calls fetch for an endpoint client', async () => {
    const fetch = vi.fn();
    const client = createRightsRequestClient({ endpoint: 'https://example.test/rr' }, { fetch });
    await expect(client.submit({ ...request, right: 'nope' as never })).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('given a valid request', () => {
  it('sends the normalized request and resolves the receipt', async () => {
    const { transport, calls } = scriptedTransport('echo');
    const client = createRightsRequestClient({ transport });
    const receipt = await client.submit({
      ...request,
      name: ' Siti Rahma ',
      phone: '+62 21 1234 5678',
    });
    expect(receipt).toEqual(receiptFor(request));
    expect(calls[0]?.request).toEqual({ ...request, phone: '+622112345678' });
  });

  it('uses a different idempotency key for each submit', async () => {
    const { transport, calls } = scriptedTransport('echo');
    const client = createRightsRequestClient({ transport });
    await client.submit(request);
    await client.submit(request);
    expect(calls[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(calls[1]?.idempotencyKey).not.toBe(calls[0]?.idempotencyKey);
  });

  it('passes the caller’s signal and key to the transport', async () => {
    const { transport, calls } = scriptedTransport('echo');
    const client = createRightsRequestClient({ transport });
    const controller = new AbortController();
    await client.submit(request, { signal: controller.signal, idempotencyKey: 'my-key-1' });
    expect(calls[0]).toMatchObject({ signal: controller.signal, idempotencyKey: 'my-key-1' });
  });
});

describe('when delivery fails', () => {
  it('reuses the key when the same request is retried after a retryable failure', async () => {
    const { transport, calls } = scriptedTransport(unavailable(), 'echo');
    const client = createRightsRequestClient({ transport });
    await expect(client.submit(request)).rejects.toMatchObject({ code: 'http', retryable: true });
    await client.submit({ ...request });
    expect(calls[1]?.idempotencyKey).toBe(calls[0]?.idempotencyKey);
  });

  it('uses a new key when the person changed the request before retrying', async () => {
    const { transport, calls } = scriptedTransport(unavailable(), 'echo');
    const client = createRightsRequestClient({ transport });
    await client.submit(request).catch(() => undefined);
    await client.submit({ ...request, details: 'Tambahan' });
    expect(calls[1]?.idempotencyKey).not.toBe(calls[0]?.idempotencyKey);
  });

  it('uses a new key after a final failure', async () => {
    const final = new RightsRequestError('http', 'HTTP 409', { retryable: false, status: 409 });
    const { transport, calls } = scriptedTransport(final, 'echo');
    const client = createRightsRequestClient({ transport });
    await expect(client.submit(request)).rejects.toBe(final);
    await client.submit(request);
    expect(calls[1]?.idempotencyKey).not.toBe(calls[0]?.idempotencyKey);
  });

  it('shares one key between two submits of the same request in flight (a double click)', async () => {
    const { transport, calls } = scriptedTransport('echo');
    const client = createRightsRequestClient({ transport });
    await Promise.all([client.submit(request), client.submit(request)]);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.idempotencyKey).toBe(calls[0]?.idempotencyKey);
  });

  it('wraps a transport’s own error as a retryable network error', async () => {
    const { transport } = scriptedTransport(new TypeError('Failed to fetch'));
    const client = createRightsRequestClient({ transport });
    const error = (await client.submit(request).catch((e: unknown) => e)) as RightsRequestError;
    expect(error).toBeInstanceOf(RightsRequestError);
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(error.messageKey).toBe('rightsErrors.submit.network');
  });
});

describe('given a receipt without a deadline', () => {
  it('computes the statutory one from the client’s jurisdiction', async () => {
    const { transport } = scriptedTransport('echo');
    const client = createRightsRequestClient({ transport }, { jurisdiction: 'id-pdp' });
    expect(await client.submit(request)).toMatchObject({
      dueBy: '2026-03-05T02:00:00.000Z',
      dueBySource: 'law',
    });
  });

  it('fills the host’s service level where the law is silent', async () => {
    const { transport } = scriptedTransport('echo');
    const client = createRightsRequestClient(
      { transport },
      { jurisdiction: 'id-pdp', serviceLevelDays: 14 },
    );
    expect(await client.submit({ ...request, right: 'erasure' })).toMatchObject({
      dueBy: '2026-03-16T02:00:00.000Z',
      dueBySource: 'service-level',
    });
  });

  it('prefers the law to the service level', async () => {
    const { transport } = scriptedTransport('echo');
    const client = createRightsRequestClient(
      { transport },
      { jurisdiction: 'id-pdp', serviceLevelDays: 14 },
    );
    expect((await client.submit(request)).dueBySource).toBe('law');
  });

  it('stays null without a jurisdiction or a service level', async () => {
    const { transport } = scriptedTransport('echo');
    const client = createRightsRequestClient({ transport });
    expect((await client.submit(request)).dueBy).toBeNull();
  });
});

describe('given a receipt with a deadline', () => {
  it('keeps the server’s deadline', async () => {
    const { transport } = scriptedTransport(receiptFor(request, '2026-03-04T00:00:00.000Z'));
    const client = createRightsRequestClient(
      { transport },
      { jurisdiction: 'gdpr', serviceLevelDays: 3 },
    );
    expect((await client.submit(request)).dueBy).toBe('2026-03-04T00:00:00.000Z');
  });
});
