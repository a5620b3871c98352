/**
 * Test support: a real HTTP server on 127.0.0.1 for one test file's own route (a raw
 * `node:http` listener, so a test can stall, trickle, gzip or cut a response), started before
 * the file's tests and closed after them.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/** Registers the server's lifecycle; `base` (`http://127.0.0.1:<port>`) is set once it listens. */
export function loopbackServer(route: RequestListener): { readonly base: string } {
  const state = { base: '' };
  let server: Server;
  beforeAll(async () => {
    server = createServer(route);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return state;
}

/** The rejection of a promise (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
