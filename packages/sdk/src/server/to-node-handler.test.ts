// @vitest-environment node
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRightsRequestHandler } from './create-rights-request-handler';
import { createMemoryStore } from './memory-store';
import { toNodeHandler, type FetchHandler, type ToNodeHandlerOptions } from './to-node-handler';

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Serves `handler`, except `/health`, which always answers 204 (see `stillServes`). */
async function serve(handler: FetchHandler, options: ToNodeHandlerOptions = {}): Promise<number> {
  const withHealth: FetchHandler = (request) =>
    new URL(request.url).pathname === '/health'
      ? new Response(null, { status: 204 })
      : handler(request);
  server = createServer(toNodeHandler(withHealth, { onError: () => undefined, ...options }));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** Sends raw bytes and collects everything the server answers until it closes (bounded by `ms`). */
function raw(port: number, text: string, options: { ms?: number; end?: boolean } = {}) {
  return new Promise<string>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => socket.destroy(), options.ms ?? 3000);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.on('error', () => undefined);
    socket.write(text);
    if (options.end) socket.end();
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);

/** The server still answers: the process did not go down with the last request. */
async function stillServes(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/health`);
  expect(response.status).toBe(204);
}

const echoMethod: FetchHandler = async (request) =>
  new Response(JSON.stringify({ method: request.method, url: request.url }), {
    headers: { 'Content-Type': 'application/json' },
  });

describe('given any method token', () => {
  it('answers TRACE, which the Fetch API cannot represent, with 405 and keeps serving', async () => {
    const handler = vi.fn(echoMethod);
    const port = await serve(handler);
    const answer = await raw(
      port,
      'TRACE /rights-requests HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    );
    expect(statusOf(answer)).toBe(405);
    expect(handler).not.toHaveBeenCalled();
    await stillServes(port);
  });

  it.each([
    ['TRACK', 'TRACK /x'],
    ['an unknown token', 'BREW /x'],
    ['a lower-case method', 'post /x'],
    ['CONNECT', 'CONNECT 127.0.0.1:1'],
  ])('keeps serving after %s (refused by Node before the handler)', async (_label, line) => {
    const handler = vi.fn(echoMethod);
    const port = await serve(handler);
    const answer = await raw(
      port,
      `${line} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    );
    // Node answers 400 or closes the connection (CONNECT without a 'connect' listener).
    expect(answer === '' ? 'closed' : statusOf(answer)).toBeOneOf(['closed', 400, 405]);
    expect(handler).not.toHaveBeenCalled();
    await stillServes(port);
  });

  it.each(['PROPFIND', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'GET'])(
    'hands %s to the handler',
    async (method) => {
      const port = await serve(echoMethod);
      const answer = await raw(
        port,
        `${method} /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      );
      expect(statusOf(answer)).toBe(200);
      if (method !== 'HEAD') expect(answer).toContain(`"method":"${method}"`);
    },
  );

  it('answers TRACE through the rights-request handler of the SDK without crashing', async () => {
    const port = await serve(
      createRightsRequestHandler({ store: createMemoryStore(), jurisdiction: 'id-pdp' }),
    );
    const answer = await raw(
      port,
      'TRACE /rights-requests HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    expect(statusOf(answer)).toBe(405);
    await stillServes(port);
  });
});

describe('given a handler that fails', () => {
  it.each([
    [
      'rejects',
      (async () => {
        throw new Error('boom');
      }) as FetchHandler,
    ],
    [
      'throws synchronously',
      (() => {
        throw new Error('boom');
      }) as FetchHandler,
    ],
    ['returns something that is not a Response', (async () => 'nope') as unknown as FetchHandler],
  ])('answers 500 when it %s, reports the error, and keeps serving', async (_label, handler) => {
    const onError = vi.fn();
    const port = await serve(handler, { onError });
    const response = await fetch(`http://127.0.0.1:${port}/x`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('Internal Server Error');
    expect(onError).toHaveBeenCalledTimes(1);
    await stillServes(port);
  });

  it('closes the connection when the response body fails mid-stream', async () => {
    const port = await serve(
      async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('partial'));
              controller.error(new Error('stream broke'));
            },
          }),
        ),
    );
    await expect(
      fetch(`http://127.0.0.1:${port}/x`).then((response) => response.text()),
    ).rejects.toThrow();
    await stillServes(port);
  });
});

describe('given a body that does not arrive', () => {
  it('answers 408 after bodyTimeoutMs to a client that stalls, and closes the connection', async () => {
    const port = await serve(
      createRightsRequestHandler({ store: createMemoryStore(), jurisdiction: 'id-pdp' }),
      { bodyTimeoutMs: 200 },
    );
    const started = Date.now();
    const answer = await raw(
      port,
      'POST /rights-requests HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":',
    );
    expect(statusOf(answer)).toBe(408);
    expect(Date.now() - started).toBeLessThan(2500);
    await stillServes(port);
  });

  it('survives a client that sends half a body and goes away', async () => {
    const onError = vi.fn();
    let settled: Promise<unknown> | undefined;
    const inner = createRightsRequestHandler({
      store: createMemoryStore(),
      jurisdiction: 'id-pdp',
    });
    const port = await serve(
      (request) => {
        const work = inner(request);
        settled = work.catch((error: unknown) => error);
        return work;
      },
      { onError },
    );
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/rights-requests',
        headers: { 'Content-Type': 'application/json', 'Content-Length': '1000' },
      });
      req.on('error', () => resolve());
      req.write('{"name":"Siti"');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 100);
    });
    await vi.waitFor(() => expect(settled).toBeDefined());
    expect(await settled).toBeInstanceOf(Error); // the handler's read ended with an error
    expect(onError).not.toHaveBeenCalled(); // nobody left to answer, nothing to report
    await stillServes(port);
  });
});

describe('given an ordinary request', () => {
  it('passes the body, headers and URL through, and the reply back with every header', async () => {
    const port = await serve(async (request) => {
      const body = await request.text();
      const headers = new Headers({ 'X-Echo': request.headers.get('x-test') ?? '' });
      headers.append('Set-Cookie', 'a=1');
      headers.append('Set-Cookie', 'b=2');
      return new Response(`${new URL(request.url).pathname}:${body}`, { status: 201, headers });
    });
    const response = await fetch(`http://127.0.0.1:${port}/path?q=1`, {
      method: 'POST',
      headers: { 'X-Test': 'yes' },
      body: 'hello',
    });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('/path:hello');
    expect(response.headers.get('x-echo')).toBe('yes');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it('signals the handler when the client disconnects (signalOnDisconnect)', async () => {
    let aborted: Promise<void> | undefined;
    const port = await serve(
      async (request) => {
        aborted = new Promise((resolve) =>
          request.signal.addEventListener('abort', () => resolve()),
        );
        await aborted;
        return new Response('late');
      },
      { signalOnDisconnect: true },
    );
    const controller = new AbortController();
    const pending = fetch(`http://127.0.0.1:${port}/x`, { signal: controller.signal }).catch(
      () => 'aborted',
    );
    await vi.waitFor(() => expect(aborted).toBeDefined());
    controller.abort();
    expect(await pending).toBe('aborted');
    await aborted;
    await stillServes(port);
  });
});
