/**
 * Why a policy could not be loaded:
 * - `http`: the server answered with a status other than 2xx (see `status`);
 * - `network`: no answer at all (DNS, refused connection, CORS, offline …);
 * - `timeout`: no complete answer within `timeoutMs`;
 * - `aborted`: the caller's `signal` aborted the load;
 * - `not-json`: the answer arrived but is not JSON (an HTML error page, say);
 * - `too-large`: the body is larger than `maxBytes` (it was not parsed).
 */
export type PolicyLoadErrorReason =
  'http' | 'network' | 'timeout' | 'aborted' | 'not-json' | 'too-large';

/** Details of a {@link PolicyLoadError}. */
export interface PolicyLoadErrorDetails {
  url: string;
  /** The HTTP status, when the server answered. */
  status?: number;
  cause?: unknown;
}

/**
 * A policy could not be fetched (HTTP, network, timeout, abort) or its body
 * is not JSON. A body that is JSON but not a valid policy is a
 * `PolicyValidationError` instead: that is the author's problem, not the
 * network's.
 *
 * @example
 * ```ts
 * import { loadPolicy, PolicyLoadError } from '@policykit/sdk';
 * try {
 *   await loadPolicy('/privacy.json', { timeoutMs: 5000 });
 * } catch (error) {
 *   if (error instanceof PolicyLoadError && error.reason === 'http' && error.status === 404) {
 *     showMissingPolicyNotice();
 *   }
 * }
 * ```
 */
export class PolicyLoadError extends Error {
  override readonly name = 'PolicyLoadError';
  readonly reason: PolicyLoadErrorReason;
  /** The URL that was requested. */
  readonly url: string;
  /** The HTTP status, when the server answered (`http`, `not-json`, `too-large`). */
  readonly status: number | undefined;

  constructor(reason: PolicyLoadErrorReason, message: string, details: PolicyLoadErrorDetails) {
    super(message, { cause: details.cause });
    this.reason = reason;
    this.url = details.url;
    this.status = details.status;
  }
}
