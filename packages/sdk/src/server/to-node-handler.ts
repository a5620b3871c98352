import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Fetch-API handler, like the one `createRightsRequestHandler` returns. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

export interface ToNodeHandlerOptions {
  /**
   * The longest the request body may take to arrive, from the start of the request. A
   * client that trickles or stalls gets `408` and the connection is closed. Default 30 000 ms.
   */
  bodyTimeoutMs?: number;
  /**
   * The origin the `Request` URL is built on (`https://ctt.example`). Default
   * `http://<Host header or 127.0.0.1>`; the handler here never reads it.
   */
  origin?: string;
  /** Hears about errors the adapter turned into a reply (a thrown handler → 500). Default `console.error`. */
  onError?: (error: unknown) => void;
  /**
   * Give each `Request` a `signal` that aborts when the client disconnects. Off by default:
   * undici makes a `Request` with a signal ~250 µs slower (about a third of the adapter's
   * cost here), and an upload cut short already ends the handler's body read with an error.
   */
  signalOnDisconnect?: boolean;
}

/** Methods the Fetch API refuses to build a `Request` with (Fetch §2.2.1 forbidden methods). */
const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

const BODY_TIMEOUT = Symbol('body timeout');

function plainReply(res: ServerResponse, status: number, text: string, headers = {}): void {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/** The body as a web stream, erroring with BODY_TIMEOUT when it takes longer than `ms`. */
function bodyStream(
  req: IncomingMessage,
  res: ServerResponse,
  ms: number,
): ReadableStream<Uint8Array> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const settle = (error?: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error === undefined) controller.close();
        else controller.error(error);
      };
      timer = setTimeout(() => {
        req.pause();
        settle(BODY_TIMEOUT);
      }, ms);
      res.once('close', () => clearTimeout(timer));
      req.on('data', (chunk: Buffer) => {
        if (settled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.once('end', () => settle());
      req.once('error', (error) => settle(error));
      // The client went away before the body was complete.
      req.once('close', () => {
        if (!req.complete) settle(new Error('the request was aborted'));
      });
    },
    pull() {
      if (!settled) req.resume();
    },
    cancel() {
      settled = true;
      clearTimeout(timer);
      req.resume(); // drain what is left, so the connection can be reused or closed cleanly
    },
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    // One chunk is held back, so a body of one chunk (every JSON reply) is a single `end`.
    let held: Uint8Array | undefined;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) {
        await reader.cancel();
        return;
      }
      if (held && !res.write(held)) {
        await new Promise<void>((resolve) => {
          res.once('drain', resolve);
          res.once('close', resolve);
        });
      }
      held = value;
    }
    res.end(held);
  } catch (error) {
    res.destroy();
    throw error;
  }
}

/**
 * Mounts a Fetch-API handler on `node:http` (and on Express, which passes the same
 * `req`/`res`), so that nothing a client sends can crash the process:
 * - any method token: those the Fetch API cannot represent (`TRACE`, `CONNECT`, `TRACK`)
 *   get `405` without reaching the handler; every other method reaches it;
 * - a body that stops arriving gets `408` after `bodyTimeoutMs`; an aborted upload ends
 *   the handler's read with an error, and nothing is written to a closed socket;
 * - a handler that throws (or rejects) gets `500` (reported to `onError`); a response
 *   that fails mid-stream closes the connection.
 * With `signalOnDisconnect`, the `Request`'s `signal` aborts when the client disconnects.
 *
 * @example
 * import { createServer } from 'node:http';
 * import { createFileStore, createRightsRequestHandler, toNodeHandler } from '@policykit/sdk/server';
 * const handler = createRightsRequestHandler({ store: createFileStore('./data/rr.jsonl'), jurisdiction: 'id-pdp' });
 * createServer(toNodeHandler(handler)).listen(3000, '127.0.0.1');
 */
export function toNodeHandler(
  handler: FetchHandler,
  options: ToNodeHandlerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const { bodyTimeoutMs = 30_000 } = options;
  const onError = options.onError ?? ((error: unknown) => console.error(error));

  return (req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    if (FORBIDDEN_METHODS.has(method)) {
      req.resume();
      plainReply(res, 405, 'Method Not Allowed');
      return;
    }
    let request: Request;
    const controller = options.signalOnDisconnect ? new AbortController() : undefined;
    try {
      if (controller) res.once('close', () => controller.abort());
      const headers = new Headers();
      for (const [name, values] of Object.entries(req.headersDistinct)) {
        for (const value of values ?? []) headers.append(name, value);
      }
      const origin = options.origin ?? `http://${req.headers.host ?? '127.0.0.1'}`;
      let url: URL;
      try {
        url = new URL(req.url ?? '/', origin);
      } catch {
        url = new URL(req.url ?? '/', 'http://127.0.0.1');
      }
      const hasBody = method !== 'GET' && method !== 'HEAD';
      if (!hasBody) req.resume();
      request = new Request(url, {
        method,
        headers,
        ...(controller ? { signal: controller.signal } : {}),
        ...(hasBody ? { body: bodyStream(req, res, bodyTimeoutMs), duplex: 'half' } : {}),
      } as RequestInit);
    } catch {
      // A header value or URL the Fetch API rejects: the client's fault.
      req.resume();
      plainReply(res, 400, 'Bad Request');
      return;
    }
    Promise.resolve()
      .then(() => handler(request))
      .then((response) => send(res, response))
      .catch((error: unknown) => {
        if (error === BODY_TIMEOUT) {
          res.once('finish', () => req.destroy());
          plainReply(res, 408, 'Request Timeout', { Connection: 'close' });
          return;
        }
        if (res.destroyed || res.writableEnded) return; // the client left: nobody to tell
        onError(error);
        plainReply(res, 500, 'Internal Server Error');
      });
  };
}
