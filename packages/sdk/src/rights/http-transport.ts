import { RightsRequestError } from './rights-request-error';
import type {
  RightsRequest,
  RightsRequestFieldIssue,
  RightsRequestReceipt,
  RightsRequestTransport,
} from './rights-request-types';

/** How the HTTP transport retries network errors, timeouts, 5xx and 429. */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 4. */
  attempts?: number;
  /** The first backoff ceiling; it doubles per retry. Default 500 ms. */
  baseDelayMs?: number;
  /** The largest backoff ceiling. Default 10 000 ms. */
  maxDelayMs?: number;
  /**
   * The longest `Retry-After` the client waits for. A server asking for more gets no
   * early retry: `submit` rejects (retryable, with `retryAfterMs`) instead. Default 30 000 ms.
   */
  maxRetryAfterMs?: number;
}

export interface HttpTransportOptions {
  /** The `fetch` to use (tests, instrumented clients). Default: the global one. */
  fetch?: typeof fetch;
  retry?: RetryOptions;
  /** Per-attempt timeout, reading the reply included. Default 15 000 ms. */
  timeoutMs?: number;
  /** Extra request headers, e.g. a CSRF token. */
  headers?: Record<string, string>;
  /** A number in [0, 1) for the backoff jitter; injectable for tests. Default `Math.random`. */
  random?: () => number;
  /** The current time, to read a `Retry-After` HTTP date. Default `() => new Date()`. */
  now?: () => Date;
}

const TIMEOUT = Symbol('timeout');

/**
 * Delivers rights requests by `POST`ing JSON to `endpoint` (the server half,
 * `createRightsRequestHandler`, answers there).
 *
 * Every attempt of one `submit` carries the same `Idempotency-Key`, so a retry after
 * a lost reply cannot create a second request. Network errors, timeouts, 5xx and 429
 * are retried with exponential backoff and full jitter (a random wait between 0 and
 * `min(maxDelayMs, baseDelayMs × 2^retry)`: spreads a crowd of clients after an outage),
 * at most `attempts` times; a `Retry-After` (seconds or HTTP date) replaces the
 * backoff when present. Other 4xx are final: the same request would fail again.
 * The caller's `signal` aborts an attempt in flight and the wait between attempts.
 *
 * @example
 * const client = createRightsRequestClient({
 *   transport: httpTransport('/api/rights-requests', { retry: { attempts: 5 }, timeoutMs: 10_000 }),
 * });
 */
export function httpTransport(
  endpoint: string | URL,
  options: HttpTransportOptions = {},
): RightsRequestTransport {
  const attempts = Math.max(1, options.retry?.attempts ?? 4);
  const baseDelayMs = options.retry?.baseDelayMs ?? 500;
  const maxDelayMs = options.retry?.maxDelayMs ?? 10_000;
  const maxRetryAfterMs = options.retry?.maxRetryAfterMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => new Date());

  return async (request, { signal, idempotencyKey }) => {
    const body = JSON.stringify(request);
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw abortedError(signal);
      const failure = await attemptOnce(body, request, idempotencyKey, signal);
      if (!(failure instanceof RightsRequestError)) return failure;
      const retryAfterMs = failure.retryAfterMs;
      if (!failure.retryable || attempt >= attempts) throw failure;
      if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs) throw failure;
      const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      await wait(retryAfterMs ?? random() * ceiling, signal);
    }
  };

  /** One attempt: the receipt, or the failure (thrown only when the caller aborted). */
  async function attemptOnce(
    body: string,
    request: RightsRequest,
    idempotencyKey: string,
    signal: AbortSignal | undefined,
  ): Promise<RightsRequestReceipt | RightsRequestError> {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(TIMEOUT), timeoutMs);
    try {
      const response = await (options.fetch ?? fetch)(endpoint, {
        method: 'POST',
        headers: {
          ...options.headers,
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'Idempotency-Key': idempotencyKey,
        },
        body,
        signal: controller.signal,
      });
      const text = await response.text();
      if (response.ok) return parseReceipt(text, request, response.status);
      return httpError(response, text, now());
    } catch (error) {
      if (signal?.aborted) throw abortedError(signal);
      if (controller.signal.reason === TIMEOUT) {
        return new RightsRequestError('timeout', `No reply within ${timeoutMs} ms`, {
          retryable: true,
          cause: error,
        });
      }
      return new RightsRequestError('network', `Network error: ${String(error)}`, {
        retryable: true,
        cause: error,
      });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

function abortedError(signal: AbortSignal): RightsRequestError {
  return new RightsRequestError('aborted', 'The rights request was aborted', {
    retryable: true,
    cause: signal.reason,
  });
}

/** Resolves after `ms`, or rejects as `aborted` as soon as `signal` fires. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value));

function parseReceipt(
  text: string,
  request: RightsRequest,
  status: number,
): RightsRequestReceipt | RightsRequestError {
  const body = parseJson(text) as Partial<Record<keyof RightsRequestReceipt, unknown>> | undefined;
  if (
    typeof body === 'object' &&
    body !== null &&
    typeof body.reference === 'string' &&
    body.reference.trim() !== '' &&
    body.right === request.right &&
    isInstant(body.submittedAt) &&
    (body.dueBy === null || isInstant(body.dueBy))
  ) {
    return body as RightsRequestReceipt;
  }
  // The server may well have recorded the request; a retry with the same key is safe.
  return new RightsRequestError(
    'response',
    `HTTP ${status}: the reply is not a receipt { reference, right, submittedAt, dueBy } for "${request.right}"`,
    { retryable: true, status },
  );
}

/** `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP date, in milliseconds. */
function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

function httpError(response: Response, text: string, now: Date): RightsRequestError {
  const { status } = response;
  const error = (parseJson(text) as { error?: { message?: unknown; issues?: unknown } } | null)
    ?.error;
  const serverMessage = typeof error?.message === 'string' ? error.message : undefined;
  const issues = Array.isArray(error?.issues)
    ? (error.issues as RightsRequestFieldIssue[])
    : undefined;
  // 429 and 5xx are about the server's state, not the request: the same request may pass later.
  const retryable = status === 429 || status >= 500;
  const message = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}${
    serverMessage ? `: ${serverMessage}` : ''
  }`;
  const code = status === 400 && issues ? 'invalid' : 'http';
  const options = { retryable, status, issues, serverMessage };
  const wait = retryable ? retryAfterMs(response.headers.get('Retry-After'), now) : undefined;
  return new RightsRequestError(
    code,
    message,
    wait === undefined ? options : { ...options, retryAfterMs: wait },
  );
}
