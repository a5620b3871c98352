// @vitest-environment node
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loopbackServer, rejectionOf } from '../test-support/loopback-server';
import { loadPolicy } from './load-policy';
import { PolicyLoadError } from './policy-load-error';
import type { PolicyDocument } from './policy-types';
import { PolicyValidationError } from './policy-validation-error';

const validPolicy: PolicyDocument = {
  schemaVersion: 1,
  id: 'btn-cx-privacy',
  version: '2023-01-10',
  locale: 'en',
  title: 'Privacy Policy',
  lastUpdated: '2023-01-10',
  sections: [
    { id: 'introduction', title: 'Introduction', blocks: [{ type: 'paragraph', text: 'Hello.' }] },
  ],
};

/** Requests that reached the server and are still open, by path: lets a test abort "during". */
const arrived = new Map<string, () => void>();
const whenArrived = (path: string) =>
  new Promise<void>((resolve) => {
    arrived.set(path, resolve);
  });

/**
 * The real fetch, reporting when the response headers are in: a test can then stop the load
 * while the body is read, instead of sleeping and hoping the headers came first.
 */
function fetchReportingHeaders() {
  let headersIn!: () => void;
  const headers = new Promise<void>((resolve) => {
    headersIn = resolve;
  });
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    headersIn();
    return response;
  };
  return { fetch, headers };
}

/** A promise's outcome so far, readable without waiting for it. */
function outcomeOf(promise: Promise<unknown>) {
  const outcome: { settled: boolean; error?: unknown } = { settled: false };
  promise.then(
    () => {
      outcome.settled = true;
    },
    (error: unknown) => {
      outcome.settled = true;
      outcome.error = error;
    },
  );
  return outcome;
}

/**
 * One turn of the event loop (setImmediate is not faked below): every pending promise
 * callback has run by then, so the load has gone as far as it can without the server.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The timeout is `setTimeout` inside loadPolicy: faked here, the clock moves only when a test
 * moves it, once the request is where the test wants it. A slow machine can delay a test, never
 * reorder it (with real time, a 50 ms limit could run out before the headers of /hang-body
 * arrived, and the load failed without the 200 status the test expects).
 */
function useFakeTimeout() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

function route(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/';
  arrived.get(path)?.();
  const json = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  switch (path) {
    case '/valid.json':
      return json(200, { ...validPolicy, accept: request.headers.accept });
    case '/invalid.json':
      return json(200, { ...validPolicy, version: '', sections: [] });
    case '/missing.json':
      return json(404, { error: 'not found' });
    case '/broken.json':
      return json(500, { error: 'internal' });
    case '/html':
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>Sign in</title><p>Please sign in</p>');
      return;
    case '/hang':
      return; // never answers
    case '/hang-body':
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"schemaVersion": 1, ');
      return; // never finishes the body
    default:
      response.writeHead(404).end();
  }
}

const local = loopbackServer(route);

describe('given a server that answers 200 with a valid policy', () => {
  it('resolves the parsed document, unknown keys kept, asking for JSON', async () => {
    const policy = await loadPolicy(`${local.base}/valid.json`);
    expect(policy).toEqual({ ...validPolicy, accept: 'application/json' });
  });

  it('accepts a URL object', async () => {
    const policy = await loadPolicy(new URL('/valid.json', local.base));
    expect(policy.id).toBe('btn-cx-privacy');
  });
});

describe('given a server that answers 200 with JSON that is not a valid policy', () => {
  it('rejects with a PolicyValidationError listing every issue', async () => {
    const error = await rejectionOf(loadPolicy(`${local.base}/invalid.json`));
    expect(error).toBeInstanceOf(PolicyValidationError);
    expect((error as PolicyValidationError).issues).toEqual([
      { path: 'version', message: 'must not be empty' },
      { path: 'sections', message: 'must have at least one section' },
    ]);
    expect((error as Error).message).toContain(`${local.base}/invalid.json`);
  });
});

describe('given a server that answers with an HTTP error', () => {
  it.each([
    ['404', '/missing.json', 404],
    ['500', '/broken.json', 500],
  ])('rejects a %s with reason "http" and the status', async (_name, path, status) => {
    const error = await rejectionOf(loadPolicy(`${local.base}${path}`));
    expect(error).toBeInstanceOf(PolicyLoadError);
    expect(error).toMatchObject({ reason: 'http', status, url: `${local.base}${path}` });
    expect((error as Error).message).toContain(`HTTP ${status}`);
  });
});

describe('given a server that answers 200 with an HTML page', () => {
  it('rejects with reason "not-json", naming the content type', async () => {
    const error = await rejectionOf(loadPolicy(`${local.base}/html`));
    expect(error).toBeInstanceOf(PolicyLoadError);
    expect(error).toMatchObject({ reason: 'not-json', status: 200 });
    expect((error as Error).message).toContain('text/html');
  });
});

describe('given a server that never answers', () => {
  useFakeTimeout();

  it('rejects with reason "timeout" when timeoutMs has passed, and not a millisecond before', async () => {
    const arrival = whenArrived('/hang');
    const loading = outcomeOf(loadPolicy(`${local.base}/hang`, { timeoutMs: 50 }));
    await arrival;
    await vi.advanceTimersByTimeAsync(49);
    await nextTurn();
    expect(loading.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await nextTurn();
    expect(loading.error).toBeInstanceOf(PolicyLoadError);
    expect(loading.error).toMatchObject({ reason: 'timeout', status: undefined });
  });

  it('rejects with reason "timeout" and the status when the body never finishes', async () => {
    const { fetch, headers } = fetchReportingHeaders();
    const loading = outcomeOf(loadPolicy(`${local.base}/hang-body`, { timeoutMs: 50, fetch }));
    await headers;
    await nextTurn();
    await vi.advanceTimersByTimeAsync(49);
    await nextTurn();
    expect(loading.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await nextTurn();
    expect(loading.error).toBeInstanceOf(PolicyLoadError);
    expect(loading.error).toMatchObject({ reason: 'timeout', status: 200 });
  });
});

describe('given an abort signal', () => {
  it('rejects with reason "aborted" without fetching when it is already aborted', async () => {
    let called = false;
    const fetch = async () => {
      called = true;
      return new Response('{}');
    };
    const error = await rejectionOf(
      loadPolicy(`${local.base}/valid.json`, { signal: AbortSignal.abort(), fetch }),
    );
    expect(error).toBeInstanceOf(PolicyLoadError);
    expect(error).toMatchObject({ reason: 'aborted' });
    expect(called).toBe(false);
  });

  it('rejects with reason "aborted" when aborted while waiting for the server', async () => {
    const controller = new AbortController();
    const arrival = whenArrived('/hang');
    const loading = loadPolicy(`${local.base}/hang`, { signal: controller.signal });
    await arrival;
    controller.abort();
    const error = await rejectionOf(loading);
    expect(error).toBeInstanceOf(PolicyLoadError);
    expect(error).toMatchObject({ reason: 'aborted' });
  });

  it('rejects with reason "aborted" when aborted while reading the body', async () => {
    const controller = new AbortController();
    const { fetch, headers } = fetchReportingHeaders();
    const loading = loadPolicy(`${local.base}/hang-body`, { signal: controller.signal, fetch });
    await headers;
    await nextTurn();
    controller.abort();
    expect(await rejectionOf(loading)).toMatchObject({ reason: 'aborted', status: 200 });
  });
});

describe('given nothing listening on the port', () => {
  it('rejects with reason "network" and no status', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await rejectionOf(loadPolicy(`http://127.0.0.1:${port}/policy.json`));
    expect(error).toBeInstanceOf(PolicyLoadError);
    expect(error).toMatchObject({ reason: 'network', status: undefined });
  });
});

describe('given a custom fetch', () => {
  it('uses it, passing the URL, a signal and the Accept header', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), init });
      return new Response(JSON.stringify(validPolicy), {
        headers: { 'content-type': 'application/json' },
      });
    };
    const policy = await loadPolicy('https://policies.example/btn.json', { fetch });
    expect(policy).toEqual(validPolicy);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('https://policies.example/btn.json');
    expect(calls[0]!.init?.signal).toBeInstanceOf(AbortSignal);
    expect(new Headers(calls[0]!.init?.headers).get('accept')).toBe('application/json');
  });

  describe('that ignores the signal and never settles', () => {
    useFakeTimeout();

    it('still times out after timeoutMs', async () => {
      const fetch = () => new Promise<Response>(() => undefined);
      const loading = outcomeOf(
        loadPolicy('https://policies.example/x.json', { fetch, timeoutMs: 20 }),
      );
      await vi.advanceTimersByTimeAsync(19);
      await nextTurn();
      expect(loading.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await nextTurn();
      expect(loading.error).toMatchObject({ reason: 'timeout' });
    });
  });

  it('reports what that fetch throws as a network failure, keeping the cause', async () => {
    const cause = new TypeError('Failed to fetch');
    const fetch = () => Promise.reject(cause);
    const error = await rejectionOf(loadPolicy('https://policies.example/x.json', { fetch }));
    expect(error).toMatchObject({ reason: 'network', cause });
    expect((error as Error).message).toContain('Failed to fetch');
  });
});
