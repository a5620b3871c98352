import type { RightId } from '../../document/policy-types';
import type { Jurisdiction } from '../rights-request-types';
import type { RejectionReason, RequestStatus } from './request-status';

/**
 * Who did something to a request. `id` is the host's own (a DPO's account id, a job's name):
 * PolicyKit never invents identities. A requester is named by nothing but the request itself.
 */
export interface RequestActor {
  kind: 'requester' | 'controller' | 'system';
  id?: string;
}

/**
 * One entry in a request's history. The history is append-only: UU PDP Pasal 31 asks the
 * controller to keep records of its processing, and the history is what a DPO shows for a
 * request — who moved it, when, from what to what, and why.
 */
export interface RequestEvent {
  /** ISO 8601 instant, by the clock of whoever recorded it (the server's, for a server). */
  at: string;
  actor: RequestActor;
  /** `received` opens every history; `status` moves it; `note` only adds words. */
  type: 'received' | 'status' | 'note';
  /** For `status`: the status left. */
  from?: RequestStatus;
  /** For `received` (always `received`) and `status`: the status entered. */
  to?: RequestStatus;
  /** For a move to `rejected`. */
  reason?: RejectionReason;
  /** Free text: the reasons for an extension, what was asked of the person, a DPO's note. */
  note?: string;
  /**
   * The note may be shown to the person (the status lookup's history shows it); otherwise it
   * is for the controller's staff only. Default private.
   */
  public?: boolean;
}

/**
 * What the lifecycle knows of a request: enough to move it and run its clock, nothing of the
 * person (their name and contact details stay in the store's record).
 */
export interface TrackedRequest {
  reference: string;
  right: RightId;
  jurisdiction: Jurisdiction;
  /** ISO 8601 instant the request was received. */
  receivedAt: string;
  status: RequestStatus;
  /** Oldest first; starts with the `received` event. */
  history: readonly RequestEvent[];
}

/**
 * A new request's lifecycle: status `received`, its history one `received` event by the system.
 *
 * @example
 * const tracked = trackRequest({ reference: 'CTT-2026-000123', right: 'access', jurisdiction: 'id-pdp', receivedAt: '2026-03-02T09:00:00Z' });
 * tracked.status; // 'received'
 */
export function trackRequest(request: {
  reference: string;
  right: RightId;
  jurisdiction: Jurisdiction;
  receivedAt: string | Date;
}): TrackedRequest {
  const receivedAt = toInstant(request.receivedAt, 'receivedAt');
  return {
    reference: request.reference,
    right: request.right,
    jurisdiction: request.jurisdiction,
    receivedAt,
    status: 'received',
    history: [{ at: receivedAt, actor: { kind: 'system' }, type: 'received', to: 'received' }],
  };
}

/** An ISO 8601 UTC string for a date or date string; a RangeError naming `what` otherwise. */
export function toInstant(value: string | Date, what: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`${what} "${String(value)}" is not a valid date`);
  }
  return date.toISOString();
}
