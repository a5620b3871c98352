import type { RequestActor } from '../../rights/lifecycle/request-history';
import type { RequestStatus } from '../../rights/lifecycle/request-status';
import type { StoredRightsRequest } from '../rights-request-store';

interface EventBase {
  /** The request's reference. */
  reference: string;
  /** ISO 8601 instant of the event (for `due-soon` and `overdue`: when the job looked). */
  at: string;
  /**
   * The stored record, so the host can write to the person (`record.request.email`, in
   * `record.request.locale`). It holds personal data: send it, never log it.
   */
  record: StoredRightsRequest;
}

/**
 * What a host hears through `onEvent` to send its e-mails:
 * - `received` — a new request was recorded (the public form or a DPO's manual entry);
 * - `status-changed` — a DPO moved it (`from` → `to`, by `actor`);
 * - `due-soon` — open and due within the window `dueSoon` was given;
 * - `overdue` — open and past due (from `dueSoon`).
 */
export type RightsRequestLifecycleEvent =
  | (EventBase & { type: 'received' })
  | (EventBase & {
      type: 'status-changed';
      from: RequestStatus;
      to: RequestStatus;
      actor: RequestActor;
    })
  | (EventBase & { type: 'due-soon' | 'overdue'; dueBy: string; hoursLeft: number });

/** Hears lifecycle events; may be async. Its failures never fail the request (they go to `onError`). */
export type RightsRequestEventHook = (event: RightsRequestLifecycleEvent) => void | Promise<void>;

/**
 * Calls the hook after the reply's work is done, without waiting for it (a slow mail server
 * must not hold the reply); a throw or rejection goes to `onError`.
 */
export function emitEvent(
  hook: RightsRequestEventHook | undefined,
  event: RightsRequestLifecycleEvent,
  onError: (error: unknown) => void,
): void {
  if (!hook) return;
  void Promise.resolve()
    .then(() => hook(event))
    .catch((error: unknown) => onError(error));
}
