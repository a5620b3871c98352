import type { RequestTransitionErrorCode } from '../lifecycle/request-transition-error';

/**
 * Why an admin call failed. The handler's own codes (`unauthorized` 401, `forbidden` 403,
 * `not-found`, `invalid-request`, `invalid-query`, `version-conflict` — someone changed the
 * request first —, `reference-taken`, `payload-too-large`, `unavailable`, `internal`), a
 * `RequestTransitionErrorCode` for a move the lifecycle refuses, or the client's own:
 * `network` (no answer), `bad-reply` (an answer that is not the handler's), `invalid-input`
 * (refused before sending: see the message).
 */
export type RightsRequestAdminClientErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'invalid-json'
  | 'invalid-request'
  | 'invalid-query'
  | 'payload-too-large'
  | 'version-conflict'
  | 'reference-taken'
  | 'unavailable'
  | 'internal'
  | RequestTransitionErrorCode
  | 'network'
  | 'bad-reply'
  | 'invalid-input';

/**
 * An admin call that did not do what was asked. `code` is what an inbox shows
 * (`inbox.errors.*`); `status` the HTTP status (0 without an answer); `retryAfterMs` when the
 * server said when to retry. The message names what failed and where, never the person's data.
 */
export class RightsRequestAdminError extends Error {
  override readonly name = 'RightsRequestAdminError';

  constructor(
    readonly code: RightsRequestAdminClientErrorCode,
    message: string,
    readonly status: number,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
