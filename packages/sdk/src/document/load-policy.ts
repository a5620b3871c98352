import { safeParsePolicy } from './parse-policy';
import { PolicyLoadError } from './policy-load-error';
import type { PolicyDocument } from './policy-types';
import { PolicyValidationError } from './policy-validation-error';

/** Options of {@link loadPolicy}. */
export interface LoadPolicyOptions {
  /** The `fetch` to use (a server's, a test double, one with auth headers); the global one by default. */
  fetch?: typeof globalThis.fetch;
  /** Aborts the load; it then rejects with a `PolicyLoadError` whose `reason` is `aborted`. */
  signal?: AbortSignal;
  /**
   * Gives up after this many milliseconds, body included (`reason: 'timeout'`).
   * Default 30 000; `Infinity` waits as long as the network does.
   */
  timeoutMs?: number;
  /**
   * The largest body accepted, in bytes, counted while it is read (after any
   * `Content-Encoding` is undone, so a small compressed body cannot expand
   * into a huge one). A larger body is refused with `reason: 'too-large'`
   * before it is parsed. Default 4 MiB (`DEFAULT_MAX_POLICY_BYTES`): a real
   * policy is tens of kilobytes and a 1000-section one about 1.3 MB.
   * `Infinity` turns the check off.
   */
  maxBytes?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * The default `maxBytes` of {@link loadPolicy}: 4 MiB.
 *
 * @example
 * ```ts
 * await loadPolicy(url, { maxBytes: 2 * DEFAULT_MAX_POLICY_BYTES });
 * ```
 */
export const DEFAULT_MAX_POLICY_BYTES = 4 * 1024 * 1024;
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Fetches a policy document and validates it like `parsePolicy`.
 *
 * Rejects with a `PolicyLoadError` when the policy cannot be fetched — `reason`
 * `http` (with `status`), `network`, `timeout`, `aborted` — or the body is not
 * JSON (`not-json`) or larger than `maxBytes` (`too-large`), and with a
 * `PolicyValidationError` when it is JSON but not a valid policy.
 *
 * @example
 * ```ts
 * import { loadPolicy } from '@policykit/sdk';
 * const controller = new AbortController();
 * const policy = await loadPolicy('https://example.com/privacy.id.json', {
 *   signal: controller.signal,
 *   timeoutMs: 10_000,
 * });
 * ```
 */
export async function loadPolicy(
  url: string | URL,
  options: LoadPolicyOptions = {},
): Promise<PolicyDocument> {
  const href = String(url);
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_POLICY_BYTES } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let timedOut = false;
  // Why a load stopped: the timeout, the caller's signal, or the network.
  const failure = (error: unknown, status?: number): PolicyLoadError => {
    if (timedOut) {
      return new PolicyLoadError(
        'timeout',
        `Loading the policy ${href} took longer than ${timeoutMs} ms`,
        { url: href, status, cause: error },
      );
    }
    if (signal?.aborted) {
      return new PolicyLoadError('aborted', `Loading the policy ${href} was aborted`, {
        url: href,
        status,
        cause: error,
      });
    }
    const detail = error instanceof Error ? `: ${error.message}` : '';
    return new PolicyLoadError('network', `Could not load the policy ${href}${detail}`, {
      url: href,
      status,
      cause: error,
    });
  };
  if (signal?.aborted) throw failure(signal.reason);
  if (typeof fetchImpl !== 'function') {
    throw new PolicyLoadError('network', `No fetch is available to load the policy ${href}`, {
      url: href,
    });
  }

  // One controller for both reasons to stop, so the body read is cut off too.
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  // Beyond 2^31 - 1 ms, setTimeout fires at once (browsers and Node alike): treat as "no limit".
  const timer =
    timeoutMs >= 0 && timeoutMs <= MAX_TIMER_MS
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;

  // A `fetch` passed in may ignore the signal; racing against it keeps the promise honest.
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), {
      once: true,
    });
  });
  stopped.catch(() => undefined);

  try {
    let response: Response;
    try {
      response = await Promise.race([
        fetchImpl(href, { signal: controller.signal, headers: { Accept: 'application/json' } }),
        stopped,
      ]);
    } catch (error) {
      throw failure(error);
    }
    if (!response.ok) {
      // Free the connection: the error page is of no use.
      void response.body?.cancel().catch(() => undefined);
      const statusText = response.statusText ? ` ${response.statusText}` : '';
      throw new PolicyLoadError(
        'http',
        `Loading the policy ${href} failed: HTTP ${response.status}${statusText}`,
        { url: href, status: response.status },
      );
    }
    let body: string | undefined;
    try {
      body = await Promise.race([readText(response, maxBytes), stopped]);
    } catch (error) {
      throw failure(error, response.status);
    }
    if (body === undefined) {
      throw new PolicyLoadError(
        'too-large',
        `The policy ${href} is over the maxBytes limit of ${maxBytes} bytes`,
        { url: href, status: response.status },
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      const type = response.headers.get('content-type');
      throw new PolicyLoadError(
        'not-json',
        `The policy ${href} is not JSON${type ? ` (content-type ${type})` : ''}`,
        { url: href, status: response.status, cause: error },
      );
    }
    const result = safeParsePolicy(json);
    if (!result.success) {
      throw new PolicyValidationError(result.issues, { subject: `policy document ${href}` });
    }
    return result.data;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The body as text, or `undefined` as soon as it grows past `maxBytes` (the
 * rest is not downloaded, whatever `Content-Length` claimed).
 */
async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  const reader = maxBytes < Infinity ? response.body?.getReader() : undefined;
  if (!reader) {
    const text = await response.text();
    // No limit, or a `fetch` double without a stream: measure what it gave.
    return maxBytes < Infinity && maxBytes < new TextEncoder().encode(text).byteLength
      ? undefined
      : text;
  }
  // Decoded like `response.text()`: UTF-8, a byte order mark dropped, bad bytes replaced.
  const decoder = new TextDecoder();
  let text = '';
  for (let size = 0, chunk; !(chunk = await reader.read()).done;) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}
