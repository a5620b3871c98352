import type { RequestStatus } from './request-status';

/**
 * Why a move was refused:
 * - `final` — the request is `fulfilled`, `rejected` or `withdrawn` and moves no more;
 * - `not-allowed` — no such move from the current status (see `allowedTransitions`);
 * - `reason-required` — a rejection needs a reason, an extension its reasons (a note);
 * - `no-extension` — the jurisdiction (or the host's rules) provides no extension;
 * - `extension-too-late` — the law wants the person told of an extension sooner;
 * - `already-extended` — the period was extended once already;
 * - `out-of-order` — the move is dated before the request's last event.
 */
export type RequestTransitionErrorCode =
  | 'final'
  | 'not-allowed'
  | 'reason-required'
  | 'no-extension'
  | 'extension-too-late'
  | 'already-extended'
  | 'out-of-order';

/**
 * A move a request's lifecycle does not allow, with the code a DPO's UI translates and the
 * statuses involved.
 *
 * @example
 * try { transitionRequest(tracked, { to: 'fulfilled', actor }); }
 * catch (error) { if (error instanceof RequestTransitionError) show(error.code); }
 */
export class RequestTransitionError extends Error {
  override readonly name = 'RequestTransitionError';

  constructor(
    readonly code: RequestTransitionErrorCode,
    readonly from: RequestStatus,
    readonly to: RequestStatus,
    message: string,
  ) {
    super(message);
  }
}
