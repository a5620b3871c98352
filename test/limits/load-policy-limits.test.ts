// @vitest-environment node
/**
 * `loadPolicy`'s body limit (`maxBytes`, default `DEFAULT_MAX_POLICY_BYTES`):
 * a body over it is refused while it is read — whatever the server claims in
 * Content-Length, however it is compressed — with a `PolicyLoadError` whose
 * reason is `too-large`; a body under it is parsed like any other.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loopbackServer, rejectionOf } from '../../packages/sdk/src/test-support/loopback-server';
import {
  DEFAULT_MAX_POLICY_BYTES,
  LIMITS,
  loadPolicy,
  PolicyLoadError,
  PolicyValidationError,
  type PolicyDocument,
} from '@policykit/sdk';

const SMALL: PolicyDocument = {
  schemaVersion: 1,
  id: 'acme-privacy',
  version: '1',
  locale: 'en',
  title: 'Privacy',
  lastUpdated: '2024-06-12',
  sections: [{ id: 'intro', title: 'Intro', blocks: [{ type: 'paragraph', text: 'Hello.' }] }],
};

/** A valid document of `bytes` bytes or a little more: 2000 sections of padding text. */
function documentOfAbout(bytes: number): string {
  const perSection = Math.ceil(bytes / LIMITS.maxSections);
  return JSON.stringify({
    ...SMALL,
    sections: Array.from({ length: LIMITS.maxSections }, (_, i) => ({
      id: `s-${i}`,
      title: `Section ${i}`,
      blocks: [{ type: 'paragraph', text: 'x'.repeat(perSection) }],
    })),
  });
}

/** Pads the valid small document with white space (still JSON) to exactly `bytes` bytes. */
function paddedTo(bytes: number, fill = ' '): string {
  const json = JSON.stringify(SMALL);
  return json + fill.repeat(bytes - Buffer.byteLength(json));
}

const FIVE_MB = documentOfAbout(5_000_000);
const bodies = new Map<string, { body: Buffer; headers: Record<string, string> }>();
const served = (path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  bodies.set(path, { body: typeof body === 'string' ? Buffer.from(body) : body, headers });

served('/five-mb.json', FIVE_MB, { 'content-length': String(Buffer.byteLength(FIVE_MB)) });
served('/five-mb-chunked.json', FIVE_MB);
// 5 MB of JSON white space compresses to a few kilobytes: a "zip bomb" in miniature.
served('/five-mb-gzip.json', gzipSync(paddedTo(5_000_000)), { 'content-encoding': 'gzip' });
served('/deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);

function route(request: IncomingMessage, response: ServerResponse): void {
  const entry = bodies.get(request.url ?? '');
  if (!entry) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json', ...entry.headers });
  response.end(entry.body);
}

const local = loopbackServer(route);

/** A `fetch` double that answers every request with `body`. */
const answering =
  (body: string, headers: Record<string, string> = {}) =>
  async (): Promise<Response> =>
    new Response(body, { headers: { 'content-type': 'application/json', ...headers } });

describe('limit: loadPolicy maxBytes', () => {
  it('is 4 MiB by default', () => {
    expect(DEFAULT_MAX_POLICY_BYTES).toBe(4 * 1024 * 1024);
  });

  it('accepts a body of exactly maxBytes bytes', async () => {
    const policy = await loadPolicy('https://policies.example/p.json', {
      fetch: answering(paddedTo(10_000)),
      maxBytes: 10_000,
    });
    expect(policy.id).toBe('acme-privacy');
  });

  it('refuses one byte more with reason "too-large", naming the URL and the limit', async () => {
    const error = await rejectionOf(
      loadPolicy('https://policies.example/p.json', {
        fetch: answering(paddedTo(10_001)),
        maxBytes: 10_000,
      }),
    );
    expect(error).toBeInstanceOf(PolicyLoadError);
    expect(error).toMatchObject({ reason: 'too-large', status: 200 });
    expect((error as Error).message).toBe(
      'The policy https://policies.example/p.json is over the maxBytes limit of 10000 bytes',
    );
  });

  it('counts bytes, not characters: multi-byte UTF-8 text counts for what it weighs', async () => {
    // 4000 × "é" is 4000 characters but 8000 bytes of UTF-8.
    const body = JSON.stringify({ ...SMALL, appliesTo: 'é'.repeat(4000) });
    expect(body.length).toBeLessThan(5000);
    const error = await rejectionOf(
      loadPolicy('https://policies.example/p.json', { fetch: answering(body), maxBytes: 5000 }),
    );
    expect(error).toMatchObject({ reason: 'too-large' });
  });

  it('measures a fetch double whose response has no stream', async () => {
    const streamless = async () =>
      ({
        ok: true,
        status: 200,
        statusText: 'OK',
        headers: new Headers(),
        body: null,
        text: async () => paddedTo(2000),
      }) as unknown as Response;
    const error = await rejectionOf(
      loadPolicy('https://policies.example/p.json', { fetch: streamless, maxBytes: 1000 }),
    );
    expect(error).toMatchObject({ reason: 'too-large' });
  });

  it('turns off with maxBytes: Infinity', async () => {
    const policy = await loadPolicy('https://policies.example/p.json', {
      fetch: answering(paddedTo(DEFAULT_MAX_POLICY_BYTES + 1)),
      maxBytes: Infinity,
    });
    expect(policy.id).toBe('acme-privacy');
  });
});

describe('given a 5 MB policy from a real HTTP server', () => {
  it('refuses it by default when Content-Length announces it', async () => {
    const error = await rejectionOf(loadPolicy(`${local.base}/five-mb.json`));
    expect(error).toBeInstanceOf(PolicyLoadError);
    expect(error).toMatchObject({ reason: 'too-large', status: 200 });
    expect((error as Error).message).toContain(
      `over the maxBytes limit of ${DEFAULT_MAX_POLICY_BYTES} bytes`,
    );
  });

  it('refuses it by default while reading a chunked body with no Content-Length', async () => {
    const error = await rejectionOf(loadPolicy(`${local.base}/five-mb-chunked.json`));
    expect(error).toMatchObject({ reason: 'too-large' });
  });

  it('refuses a gzip body that expands past the limit (counted after decoding)', async () => {
    const compressed = bodies.get('/five-mb-gzip.json')!.body.byteLength;
    expect(compressed).toBeLessThan(100_000);
    const error = await rejectionOf(loadPolicy(`${local.base}/five-mb-gzip.json`));
    expect(error).toMatchObject({ reason: 'too-large' });
  });

  it('loads and validates it when maxBytes allows it (it is within the document limits)', async () => {
    const policy = await loadPolicy(`${local.base}/five-mb.json`, { maxBytes: 6_000_000 });
    expect(Buffer.byteLength(FIVE_MB)).toBeGreaterThanOrEqual(5_000_000);
    expect(policy.sections).toHaveLength(LIMITS.maxSections);
  });
});

describe('given a body nested 100 000 levels deep', () => {
  it('rejects it with a PolicyValidationError naming the nesting limit, not a stack overflow', async () => {
    const error = await rejectionOf(loadPolicy(`${local.base}/deep.json`));
    expect(error).toBeInstanceOf(PolicyValidationError);
    expect((error as PolicyValidationError).issues).toEqual([
      {
        path: expect.stringMatching(/^(\[0\]){64}$/),
        message: `nests deeper than ${LIMITS.maxNestingDepth} levels of objects and arrays; the document was not checked further`,
      },
    ]);
  });
});
