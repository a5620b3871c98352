import type { RightsRequestFieldIssue } from './rights-request-types';

/**
 * Why a submission failed:
 * - `invalid` — the request did not validate (see `.issues`); it never left the client,
 *   or the server answered 400 with per-field issues;
 * - `network` — no answer (offline, connection refused or reset);
 * - `timeout` — an attempt took longer than the client's per-attempt timeout;
 * - `aborted` — the caller's `AbortSignal` fired;
 * - `http` — the server answered with an error status (see `.status`);
 * - `response` — the server answered 2xx but not with a receipt.
 */
export type RightsRequestErrorCode =
  'invalid' | 'network' | 'timeout' | 'aborted' | 'http' | 'response';

export interface RightsRequestErrorOptions {
  /** Whether the same request may succeed if sent again (a form shows a retry button). */
  retryable: boolean;
  status?: number;
  issues?: RightsRequestFieldIssue[];
  /** The server's own `error.message`, when it sent one. */
  serverMessage?: string;
  /** How long the server asked us to wait (`Retry-After`), in milliseconds. */
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * A rights request that could not be delivered. `code` says why, `retryable` whether
 * sending the very same request again can succeed (the person's input is still good),
 * `status` the HTTP status when there was one, `issues` the per-field problems of an
 * `invalid` request, `serverMessage` what the server said. `messageKey` is the
 * translation key (namespace `policykit`) of a sentence for the person.
 *
 * @example
 * try {
 *   await client.submit(request);
 * } catch (error) {
 *   if (error instanceof RightsRequestError && error.retryable) showRetryButton();
 *   else if (error instanceof RightsRequestError) showMessage(t(error.messageKey));
 * }
 */
export class RightsRequestError extends Error {
  override readonly name = 'RightsRequestError';
  readonly code: RightsRequestErrorCode;
  readonly retryable: boolean;
  readonly status?: number;
  readonly issues?: RightsRequestFieldIssue[];
  readonly serverMessage?: string;
  readonly retryAfterMs?: number;

  constructor(code: RightsRequestErrorCode, message: string, options: RightsRequestErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable;
    if (options.status !== undefined) this.status = options.status;
    if (options.issues !== undefined) this.issues = options.issues;
    if (options.serverMessage !== undefined) this.serverMessage = options.serverMessage;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }

  /**
   * The key of a sentence for the person, e.g. `rightsErrors.submit.network`.
   * A retryable HTTP failure (5xx, 429) reads "temporarily unavailable", a final one
   * "could not accept".
   */
  get messageKey(): `rightsErrors.submit.${RightsRequestErrorCode | 'unavailable'}` {
    return `rightsErrors.submit.${this.code === 'http' && this.retryable ? 'unavailable' : this.code}`;
  }
}
