// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { RightsRequest } from '../rights/rights-request-types';
import { createRightsRequestHandler } from './create-rights-request-handler';
import { createMemoryStore } from './memory-store';
import { StoreUnavailableError, type RightsRequestStore } from './rights-request-store';

const request: RightsRequest = {
  policyId: 'ctt-privacy',
  policyVersion: '2024-06-12',
  locale: 'id-ID',
  right: 'access',
  name: 'Siti Rahma',
  email: 'siti@example.co.id',
};

const NOW = new Date('2026-03-02T02:00:00.000Z');

function post(
  body: unknown,
  headers: Record<string, string> = {},
  init: RequestInit = {},
): Request {
  return new Request('http://127.0.0.1/rights-requests', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'key-1', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}

function setup(options: Partial<Parameters<typeof createRightsRequestHandler>[0]> = {}) {
  const store = createMemoryStore();
  const handler = createRightsRequestHandler({
    store,
    jurisdiction: 'id-pdp',
    now: () => NOW,
    ...options,
  });
  return { store, handler };
}

describe('given a new, valid request', () => {
  it('records it and replies 201 with the receipt', async () => {
    const { store, handler } = setup();
    const response = await handler(post(request));
    expect(response.status).toBe(201);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      reference: 'REQ-2026-000001',
      right: 'access',
      submittedAt: '2026-03-02T02:00:00.000Z',
      dueBy: '2026-03-05T02:00:00.000Z',
      dueBySource: 'law',
      // Given once, here; only its hash is stored.
      statusToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    const records = await store.list();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ idempotencyKey: 'key-1', year: 2026, sequence: 1, request });
  });

  it('numbers the requests of a year one after another', async () => {
    const { handler } = setup({ reference: { prefix: 'CTT' } });
    const references = [];
    for (const key of ['a', 'b', 'c']) {
      const response = await handler(post(request, { 'Idempotency-Key': key }));
      references.push(((await response.json()) as { reference: string }).reference);
    }
    expect(references).toEqual(['CTT-2026-000001', 'CTT-2026-000002', 'CTT-2026-000003']);
  });

  it('starts the sequence again in a new year', async () => {
    let now = new Date('2026-12-31T23:59:00Z');
    const { handler } = setup({ now: () => now, reference: { prefix: 'CTT', digits: 4 } });
    await handler(post(request, { 'Idempotency-Key': 'a' }));
    now = new Date('2027-01-01T00:01:00Z');
    const response = await handler(post(request, { 'Idempotency-Key': 'b' }));
    expect(((await response.json()) as { reference: string }).reference).toBe('CTT-2027-0001');
  });

  it('counts the year in the handler’s time zone', async () => {
    // 31 December 2026 18:00 UTC is already 1 January 2027 01:00 in Jakarta.
    const { handler } = setup({
      now: () => new Date('2026-12-31T18:00:00Z'),
      timeZone: 'Asia/Jakarta',
    });
    const response = await handler(post(request));
    expect(((await response.json()) as { reference: string }).reference).toBe('REQ-2027-000001');
  });

  it('lets a function make the reference', async () => {
    const { handler } = setup({
      reference: (sequence, date) => `BTN/${date.getUTCMonth() + 1}/${sequence}`,
    });
    const response = await handler(post(request));
    expect(((await response.json()) as { reference: string }).reference).toBe('BTN/3/1');
  });

  it('gives no deadline where the law fixes none', async () => {
    const { handler } = setup();
    const response = await handler(post({ ...request, right: 'erasure' }));
    expect(await response.json()).toMatchObject({ right: 'erasure', dueBy: null });
  });

  it('fills the host’s service level where the law fixes none', async () => {
    const { handler } = setup({ serviceLevelDays: 14 });
    const response = await handler(post({ ...request, right: 'erasure' }));
    expect(await response.json()).toMatchObject({
      dueBy: '2026-03-16T02:00:00.000Z',
      dueBySource: 'service-level',
    });
  });

  it('uses the GDPR month for the gdpr jurisdiction', async () => {
    const { handler } = setup({ jurisdiction: 'gdpr' });
    const response = await handler(post({ ...request, right: 'erasure' }));
    expect(await response.json()).toMatchObject({ dueBy: '2026-04-02T02:00:00.000Z' });
  });

  it('accepts an application/*+json type and a quoted key', async () => {
    const { store, handler } = setup();
    const response = await handler(
      post(request, {
        'Content-Type': 'application/vnd.policykit+json; charset=UTF-8',
        'Idempotency-Key': '"8e03978e-40d5-43e8-bc93-6894a57f9324"',
      }),
    );
    expect(response.status).toBe(201);
    expect((await store.list())[0]?.idempotencyKey).toBe('8e03978e-40d5-43e8-bc93-6894a57f9324');
  });
});

describe('given a replayed Idempotency-Key', () => {
  it('replies 200 with the same receipt, without the status token, and records nothing new', async () => {
    const { store, handler } = setup();
    const { statusToken, ...first } = (await (await handler(post(request))).json()) as {
      statusToken: string;
    };
    expect(statusToken).toBeTruthy();
    const replay = await handler(post(request));
    expect(replay.status).toBe(200);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await replay.json()).toEqual(first);
    expect(await store.list()).toHaveLength(1);
  });

  it('treats the same request written differently (key order, spacing, trimming) as the same', async () => {
    const { handler } = setup();
    await handler(post(request));
    const reordered = `{ "email": "siti@example.co.id", "name": "  Siti Rahma ", "right": "access",
      "locale": "id-ID", "policyVersion": "2024-06-12", "policyId": "ctt-privacy" }`;
    expect((await handler(post(reordered))).status).toBe(200);
  });

  it('replies 422 when the body differs, and records nothing new', async () => {
    const { store, handler } = setup();
    await handler(post(request));
    const response = await handler(post({ ...request, right: 'rectification' }));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: {
        code: 'idempotency-key-reused',
        message: 'This Idempotency-Key was used for a different request; send a new key',
      },
    });
    expect(await store.list()).toHaveLength(1);
  });

  it('creates one record when ten requests with the key arrive at once', async () => {
    const { store, handler } = setup();
    const responses = await Promise.all(Array.from({ length: 10 }, () => handler(post(request))));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const receipts = (await Promise.all(responses.map((r) => r.json()))) as {
      statusToken?: string;
    }[];
    const withoutToken = receipts.map(({ statusToken: _, ...receipt }) => JSON.stringify(receipt));
    expect(new Set(withoutToken).size).toBe(1);
    expect(receipts.filter((r) => r.statusToken)).toHaveLength(1);
    expect(await store.list()).toHaveLength(1);
  });
});

describe('given a request without an Idempotency-Key', () => {
  it('records it under a key the server makes up', async () => {
    const { store, handler } = setup();
    const response = await handler(
      new Request('http://127.0.0.1/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      }),
    );
    expect(response.status).toBe(201);
    expect((await store.list())[0]?.idempotencyKey).toMatch(/^server-[0-9a-f-]{36}$/);
  });

  it('refuses it with 400 when keys are required', async () => {
    const { store, handler } = setup({ requireIdempotencyKey: true });
    const response = await handler(
      new Request('http://127.0.0.1/', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'missing-idempotency-key' } });
    expect(await store.list()).toEqual([]);
  });
});

describe('given a request the handler must refuse', () => {
  it('replies 405 with Allow: POST to other methods', async () => {
    const { handler } = setup();
    const response = await handler(new Request('http://127.0.0.1/', { method: 'GET' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST');
    expect(await response.json()).toEqual({
      error: { code: 'method-not-allowed', message: 'Use POST' },
    });
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['JSON in Latin-1', 'application/json; charset=iso-8859-1'],
  ])('replies 415 to %s', async (_label, type) => {
    const { store, handler } = setup();
    const response = await handler(post(request, { 'Content-Type': type }));
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: 'unsupported-media-type' } });
    expect(await store.list()).toEqual([]);
  });

  it('replies 413 when Content-Length announces too much, before reading', async () => {
    const { store, handler } = setup({ maxBodyBytes: 100 });
    const response = await handler(post(request, { 'Content-Length': '5000' }));
    expect(response.status).toBe(413);
    expect(await store.list()).toEqual([]);
  });

  it('replies 413 when a streamed body without a length grows too large', async () => {
    const { store, handler } = setup({ maxBodyBytes: 1024 });
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new TextEncoder().encode(' '.repeat(512)));
        if (pulls > 100) controller.close();
      },
    });
    const response = await handler(post('', {}, { body, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      error: { code: 'payload-too-large', message: 'The body must be at most 1024 bytes' },
    });
    expect(pulls).toBeLessThan(10);
    expect(await store.list()).toEqual([]);
  });

  it.each([
    ['broken JSON', '{"name": "Siti"'],
    ['an empty body', ''],
  ])('replies 400 invalid-json to %s', async (_label, body) => {
    const { store, handler } = setup();
    const response = await handler(post(body));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid-json' } });
    expect(await store.list()).toEqual([]);
  });

  it('replies 400 invalid-json to bytes that are not UTF-8', async () => {
    const { handler } = setup();
    const response = await handler(post('', {}, { body: new Uint8Array([0x7b, 0xff, 0x7d]) }));
    expect(await response.json()).toEqual({
      error: { code: 'invalid-json', message: 'The body is not valid JSON (it is not UTF-8)' },
    });
  });

  it('replies 400 with per-field issues to an invalid request', async () => {
    const { store, handler } = setup();
    const response = await handler(post({ ...request, email: 'siti@', phone: '0812' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid-request',
        message: 'The request has 2 problems',
        issues: [
          { field: 'email', code: 'emailInvalid', message: 'email is not a valid e-mail address' },
          {
            field: 'phone',
            code: 'phoneCountryCode',
            message: 'phone must start with + and a country code',
          },
        ],
      },
    });
    expect(await store.list()).toEqual([]);
  });

  it('checks the request against the policy it is for', async () => {
    const policy = { id: 'ctt-privacy', rights: [{ id: 'access' as const }] };
    const { handler } = setup({ policy });
    const wrongPolicy = await handler(post({ ...request, policyId: 'btn-cx-privacy' }));
    expect(await wrongPolicy.json()).toMatchObject({
      error: { issues: [{ field: 'policyId', code: 'policyUnknown' }] },
    });
    const wrongRight = await handler(
      post({ ...request, right: 'erasure' }, { 'Idempotency-Key': 'k2' }),
    );
    expect(await wrongRight.json()).toMatchObject({
      error: { issues: [{ field: 'right', code: 'rightNotOffered' }] },
    });
  });

  it.each([
    ['too long', 'k'.repeat(256)],
    ['with a space', 'my key'],
    ['empty', ''],
  ])('replies 400 to an Idempotency-Key %s', async (_label, key) => {
    const { handler } = setup();
    const response = await handler(post(request, { 'Idempotency-Key': key }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid-idempotency-key' } });
  });
});

describe('given a store that fails', () => {
  it('replies 500, reports the error, and a retry with the key succeeds once the store recovers', async () => {
    const memory = createMemoryStore();
    let broken = true;
    const store: RightsRequestStore = {
      get: memory.get,
      insert: (...args) =>
        broken ? Promise.reject(new Error('disk full')) : memory.insert(...args),
    };
    const onError = vi.fn();
    const handler = createRightsRequestHandler({ store, jurisdiction: 'gdpr', onError });
    const response = await handler(post(request));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: { code: 'internal', message: 'The request could not be recorded. Try again.' },
    });
    expect(onError).toHaveBeenCalledWith(new Error('disk full'));
    broken = false;
    expect((await handler(post(request))).status).toBe(201);
  });
});

describe('given a store that is unavailable or never answers', () => {
  it('replies 503 with Retry-After when the store says it is unavailable (a full disk, a database restarting)', async () => {
    const onError = vi.fn();
    const store: RightsRequestStore = {
      get: async () => undefined,
      insert: () => Promise.reject(new StoreUnavailableError('ENOSPC')),
    };
    const handler = createRightsRequestHandler({ store, jurisdiction: 'gdpr', onError });
    const response = await handler(post(request));
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('2');
    expect(await response.json()).toEqual({
      error: { code: 'unavailable', message: 'The request could not be recorded now. Try again.' },
    });
    expect(onError).toHaveBeenCalledWith(new StoreUnavailableError('ENOSPC'));
  });

  it('gives up after storeTimeoutMs with 503 and Retry-After; the retry gets the receipt once the write lands', async () => {
    const memory = createMemoryStore();
    let hang = true;
    const late: Promise<unknown>[] = [];
    const store: RightsRequestStore = {
      get: memory.get,
      insert: (...args) => {
        if (!hang) return memory.insert(...args);
        // A hung volume: the write finishes long after the handler gave up on it.
        const write = new Promise((resolve) => setTimeout(resolve, 200)).then(() =>
          memory.insert(...args),
        );
        late.push(write);
        return write;
      },
    };
    const onError = vi.fn();
    const handler = createRightsRequestHandler({
      store,
      jurisdiction: 'gdpr',
      storeTimeoutMs: 50,
      retryAfterSeconds: 1,
      onError,
    });
    const started = Date.now();
    const response = await handler(post(request));
    expect(Date.now() - started).toBeLessThan(190);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('1');
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ name: 'StoreTimeoutError' });
    await Promise.all(late);
    hang = false;
    const retry = await handler(post(request));
    expect(retry.status).toBe(200);
    expect(await memory.list()).toHaveLength(1);
  });
});

describe('given hostile values in a 400', () => {
  const huge = 'x'.repeat(10_000);
  const script = '<script>alert(1)</script>';

  it.each([
    ['a 10,000-character right', { ...request, right: huge }],
    ['<script> in policyId, with a policy configured', { ...request, policyId: script }],
    ['<script> in locale', { ...request, locale: script }],
    ['<script> as the right', { ...request, right: script }],
    ['a 10,000-character name', { ...request, name: huge }],
    ['an e-mail that is a script', { ...request, email: script }],
  ])('names the field and the rule, never the value (%s)', async (_label, body) => {
    const { handler } = setup({ policy: { id: 'ctt-privacy', rights: [{ id: 'access' }] } });
    const response = await handler(post(body));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain('xxxxxxxxxx');
    expect(text).not.toContain('<script');
    expect(text).not.toContain('script>');
    expect(text.length).toBeLessThan(600);
    const { error } = JSON.parse(text) as { error: { issues: { field: string }[] } };
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it('does not quote the body in an invalid-JSON reply', async () => {
    const { handler } = setup();
    const response = await handler(post(`{"name": "${script}" ${huge}`));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain('<script');
    expect(text).not.toContain('xxxxxxxxxx');
    expect(JSON.parse(text)).toEqual({
      error: { code: 'invalid-json', message: 'The body is not valid JSON (a syntax error)' },
    });
  });

  it('does not repeat the method in a 405', async () => {
    const { handler } = setup();
    const response = await handler(new Request('http://127.0.0.1/', { method: 'X-SCRIPT' }));
    expect(response.status).toBe(405);
    expect(await response.text()).not.toContain('X-SCRIPT');
  });
});

describe('given a misconfiguration', () => {
  it('throws at creation for an unknown jurisdiction', () => {
    expect(() =>
      createRightsRequestHandler({ store: createMemoryStore(), jurisdiction: 'ccpa' as never }),
    ).toThrow(/Unknown jurisdiction "ccpa"/);
  });

  it('throws at creation for an unknown time zone', () => {
    expect(() =>
      createRightsRequestHandler({
        store: createMemoryStore(),
        jurisdiction: 'gdpr',
        timeZone: 'Nowhere/Special',
      }),
    ).toThrow(/Unknown time zone "Nowhere\/Special"/);
  });
});

describe('given a StoreUnavailableError from another copy of the SDK (two CommonJS builds)', () => {
  it('still replies 503', async () => {
    // What the copy in dist/server/postgres.cjs throws: the same brand, another class.
    const foreign = Object.assign(new Error('PostgreSQL is unavailable (08006)'), {
      [Symbol.for('@policykit/sdk/server:store-unavailable')]: true,
    });
    const handler = createRightsRequestHandler({
      store: { get: async () => undefined, insert: () => Promise.reject(foreign) },
      jurisdiction: 'gdpr',
      onError: () => undefined,
    });
    expect((await handler(post(request))).status).toBe(503);
  });
});
