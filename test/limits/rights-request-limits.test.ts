// @vitest-environment node
/**
 * The limits on rights requests, hit from both sides: the text limits of
 * `RIGHTS_REQUEST_LIMITS` (in the browser's `validateRightsRequest` and again
 * on the server), the server's body size (`maxBodyBytes`, default 64 KiB) and
 * the `Idempotency-Key` length. Each refusal names the field or the limit.
 */
import { describe, expect, it } from 'vitest';
import {
  RIGHTS_REQUEST_LIMITS,
  validateRightsRequest,
  type RightsRequest,
  type RightsRequestFieldIssue,
} from '@policykit/sdk';
import { createMemoryStore, createRightsRequestHandler } from '@policykit/sdk/server';

type LimitedField = keyof typeof RIGHTS_REQUEST_LIMITS;

const REQUEST: RightsRequest = {
  policyId: 'ctt-privacy',
  policyVersion: '2024-06-12',
  locale: 'id-ID',
  right: 'access',
  name: 'Siti Rahma',
  email: 'siti@example.co.id',
};

const NOW = new Date('2026-03-02T02:00:00.000Z');
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

function setup() {
  const store = createMemoryStore();
  const handler = createRightsRequestHandler({ store, jurisdiction: 'id-pdp', now: () => NOW });
  return { store, handler };
}

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1/rights-requests', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'key-1', ...headers },
    body,
    // Required by the Fetch standard for a streamed request body.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** A value of exactly `size` characters that is valid for `field`. */
const valueOf: Record<LimitedField, (size: number) => string> = {
  name: (size) => 'N'.repeat(size),
  email: (size) => `${'a'.repeat(size - '@example.co.id'.length)}@example.co.id`,
  details: (size) => 'd'.repeat(size),
  policyId: (size) => 'p'.repeat(size),
  policyVersion: (size) => 'v'.repeat(size),
  // Private-use subtags: a well-formed BCP 47 tag of any length.
  locale: (size) => `en-x${'-abcdefgh'.repeat(8)}`.slice(0, size - 1) + 'z',
};

/** The issue code for a value over the limit (a too-long locale is simply not a locale). */
const codeOf: Record<LimitedField, string> = {
  name: 'nameTooLong',
  email: 'emailTooLong',
  details: 'detailsTooLong',
  policyId: 'fieldTooLong',
  policyVersion: 'fieldTooLong',
  locale: 'localeInvalid',
};

const fields = Object.keys(RIGHTS_REQUEST_LIMITS) as LimitedField[];

describe.each(fields)('limit: RIGHTS_REQUEST_LIMITS.%s', (field) => {
  const max = RIGHTS_REQUEST_LIMITS[field];
  const expectedIssue: RightsRequestFieldIssue = {
    field,
    code: codeOf[field],
    message: `${field} must be at most ${max} characters`,
    params: { max },
  };

  it(`accepts ${max} characters`, () => {
    const value = valueOf[field](max);
    expect(value).toHaveLength(max);
    const result = validateRightsRequest({ ...REQUEST, [field]: value });
    expect(result).toEqual({ success: true, data: { ...REQUEST, [field]: value } });
  });

  it('counts the text without the white space around it', () => {
    const value = valueOf[field](max);
    expect(validateRightsRequest({ ...REQUEST, [field]: `  ${value}\n` }).success).toBe(true);
  });

  it(`refuses ${max + 1} with an issue naming the field and the limit`, () => {
    const result = validateRightsRequest({ ...REQUEST, [field]: valueOf[field](max + 1) });
    expect(result).toEqual({ success: false, issues: [expectedIssue] });
  });

  it('is enforced again by the server handler: 400 with the same issue', async () => {
    const { store, handler } = setup();
    const response = await handler(
      post(JSON.stringify({ ...REQUEST, [field]: valueOf[field](max + 1) })),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid-request',
        message: 'The request has 1 problem',
        issues: [expectedIssue],
      },
    });
    expect(await store.list()).toEqual([]);
  });
});

describe('limit: the server body size (maxBodyBytes, default 64 KiB)', () => {
  /** The valid request, padded with JSON white space to exactly `bytes` bytes. */
  const padded = (bytes: number) => {
    const json = JSON.stringify(REQUEST);
    return json + ' '.repeat(bytes - json.length);
  };
  const tooLarge = {
    error: {
      code: 'payload-too-large',
      message: `The body must be at most ${DEFAULT_MAX_BODY_BYTES} bytes`,
    },
  };

  it(`records a body of exactly ${DEFAULT_MAX_BODY_BYTES} bytes`, async () => {
    const { store, handler } = setup();
    const response = await handler(post(padded(DEFAULT_MAX_BODY_BYTES)));
    expect(response.status).toBe(201);
    expect(await store.list()).toHaveLength(1);
  });

  it('refuses one byte more with 413, naming the limit, and records nothing', async () => {
    const { store, handler } = setup();
    const response = await handler(post(padded(DEFAULT_MAX_BODY_BYTES + 1)));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(tooLarge);
    expect(await store.list()).toEqual([]);
  });

  it('refuses a 5 MB body announced by Content-Length without reading it', async () => {
    const { handler } = setup();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        if (pulled === 80) controller.close();
      },
    });
    const response = await handler(post(body, { 'Content-Length': String(80 * 64 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(tooLarge);
    // Nothing (or at most what a stream buffers ahead) was read.
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a streamed 5 MB body without Content-Length once it passes the limit', async () => {
    const { handler } = setup();
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
        if (pulled === 320) controller.close();
      },
    });
    const response = await handler(post(body));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(tooLarge);
    expect(pulled).toBeLessThan(10);
  });

  it('answers a body nested 30 000 levels deep (under the size limit) with 400, not a crash', async () => {
    const { store, handler } = setup();
    const response = await handler(post(`${'['.repeat(30_000)}${']'.repeat(30_000)}`));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid-request' } });
    expect(await store.list()).toEqual([]);
  });
});

describe('limit: the Idempotency-Key (1–255 visible ASCII characters)', () => {
  it('accepts a key of 255 characters', async () => {
    const { handler } = setup();
    const response = await handler(
      post(JSON.stringify(REQUEST), { 'Idempotency-Key': 'k'.repeat(255) }),
    );
    expect(response.status).toBe(201);
  });

  it('refuses 256 characters with 400, naming the rule', async () => {
    const { store, handler } = setup();
    const response = await handler(
      post(JSON.stringify(REQUEST), { 'Idempotency-Key': 'k'.repeat(256) }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid-idempotency-key',
        message: 'The Idempotency-Key must be 1–255 visible ASCII characters',
      },
    });
    expect(await store.list()).toEqual([]);
  });
});
