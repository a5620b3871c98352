import { addCalendarPeriod } from '../../dates/add-calendar-period';
import type { RejectionReason, RequestStatus } from './request-status';
import { isFinalRequestStatus } from './request-status';
import {
  toInstant,
  type RequestActor,
  type RequestEvent,
  type TrackedRequest,
} from './request-history';
import { lifecycleRules, type LifecycleRules, type RequestPeriod } from './lifecycle-rules';
import { RequestTransitionError } from './request-transition-error';

// Which status may follow which. A final status has no row: nothing follows it. Fulfilling needs
// the person's part done, so not straight from `awaiting-requester`; `received` may go straight to
// `fulfilled` (a simple request answered at once).
const NEXT: Readonly<Partial<Record<RequestStatus, readonly RequestStatus[]>>> = {
  received: [
    'verifying',
    'awaiting-requester',
    'in-progress',
    'extended',
    'fulfilled',
    'rejected',
    'withdrawn',
  ],
  verifying: [
    'awaiting-requester',
    'in-progress',
    'extended',
    'fulfilled',
    'rejected',
    'withdrawn',
  ],
  'awaiting-requester': ['verifying', 'in-progress', 'extended', 'rejected', 'withdrawn'],
  'in-progress': ['awaiting-requester', 'extended', 'fulfilled', 'rejected', 'withdrawn'],
  extended: [
    'verifying',
    'awaiting-requester',
    'in-progress',
    'fulfilled',
    'rejected',
    'withdrawn',
  ],
};

/**
 * The statuses a request may move to next under `rules` — what a DPO's inbox offers as buttons.
 * `extended` is offered only where an extension is provided and not yet taken.
 *
 * @example
 * allowedTransitions(trackRequest({ … }), lifecycleRules('id-pdp')); // no 'extended' under UU PDP
 */
export function allowedTransitions(
  request: TrackedRequest,
  rules: LifecycleRules = lifecycleRules(request.jurisdiction),
): RequestStatus[] {
  const next = NEXT[request.status] ?? [];
  return next.filter(
    (to) => to !== 'extended' || (rules.extension !== null && !wasExtended(request)),
  );
}

/** What a move says: where to, who, when (default now), and why. */
export interface RequestTransition {
  to: RequestStatus;
  actor: RequestActor;
  at?: string | Date;
  /** Required for `rejected`. */
  reason?: RejectionReason;
  /** Required for `extended` (the reasons the person must be told); optional otherwise. */
  note?: string;
}

/**
 * Moves a request to another status and appends the move to its history, or throws a
 * {@link RequestTransitionError} saying why not. The request given is not changed: a new one is
 * returned (the store writes it).
 *
 * @example
 * let tracked = trackRequest({ reference: 'EU-1', right: 'erasure', jurisdiction: 'gdpr', receivedAt: '2026-03-02T09:00:00Z' });
 * tracked = transitionRequest(tracked, { to: 'in-progress', actor: { kind: 'controller', id: 'dpo@ctt.id' } });
 * tracked = transitionRequest(tracked, { to: 'extended', actor, note: 'Records in three systems' });
 */
export function transitionRequest(
  request: TrackedRequest,
  transition: RequestTransition,
  rules: LifecycleRules = lifecycleRules(request.jurisdiction),
): TrackedRequest {
  const { to } = transition;
  const from = request.status;
  const refuse = (code: RequestTransitionError['code'], message: string): never => {
    throw new RequestTransitionError(code, from, to, message);
  };
  if (isFinalRequestStatus(from)) {
    refuse('final', `request ${request.reference} is ${from} and can no longer move`);
  }
  if (!(NEXT[from] ?? []).includes(to)) {
    refuse('not-allowed', `a request cannot move from ${from} to ${to}`);
  }
  const at = toInstant(transition.at ?? new Date(), 'at');
  const last = request.history.at(-1);
  if (last && at < last.at) {
    refuse('out-of-order', `the move is dated ${at}, before the request's last event (${last.at})`);
  }
  const note = transition.note?.trim() || undefined;
  if (to === 'rejected' && !transition.reason) {
    refuse('reason-required', 'a rejection needs a reason');
  }
  if (to === 'extended') {
    const extension = rules.extension;
    if (!extension) {
      refuse(
        'no-extension',
        `no extension of the reply period is provided for ${request.jurisdiction}`,
      );
    } else {
      if (wasExtended(request)) refuse('already-extended', 'the reply period was extended already');
      if (!note) refuse('reason-required', `an extension needs its reasons (${extension.source})`);
      if (extension.noticeWithin) {
        const noticeBy = addPeriod(request.receivedAt, extension.noticeWithin, rules.timeZone);
        if (at > noticeBy) {
          refuse(
            'extension-too-late',
            `under ${extension.source} the person must be told of an extension by ${noticeBy}`,
          );
        }
      }
    }
  }
  const event: RequestEvent = {
    at,
    actor: transition.actor,
    type: 'status',
    from,
    to,
    ...(to === 'rejected' ? { reason: transition.reason } : {}),
    ...(note ? { note } : {}),
  };
  return { ...request, status: to, history: [...request.history, event] };
}

/**
 * Adds a note to a request's history without moving it (what was asked of the person, a call
 * made). Allowed on a final request too: the record may still grow.
 */
export function addRequestNote(
  request: TrackedRequest,
  entry: { actor: RequestActor; note: string; at?: string | Date },
): TrackedRequest {
  const note = entry.note.trim();
  if (!note) throw new RangeError('a note needs some text');
  const at = toInstant(entry.at ?? new Date(), 'at');
  return {
    ...request,
    history: [...request.history, { at, actor: entry.actor, type: 'note', note }],
  };
}

/** Whether the request's reply period was extended (a move into `extended` in its history). */
export function wasExtended(request: TrackedRequest): boolean {
  return request.history.some((event) => event.type === 'status' && event.to === 'extended');
}

/** `start` plus a period, as an ISO instant (months and days on the zone's calendar). */
export function addPeriod(start: string, period: RequestPeriod, timeZone?: string): string {
  const calendar = addCalendarPeriod(
    new Date(start),
    { months: period.months, days: period.days },
    timeZone,
  );
  return new Date(calendar.getTime() + (period.hours ?? 0) * 3_600_000).toISOString();
}
