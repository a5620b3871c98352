import { responseDeadline } from '../response-deadline';
import { isFinalRequestStatus } from './request-status';
import { toInstant, type TrackedRequest } from './request-history';
import { lifecycleRules, type LifecycleRules } from './lifecycle-rules';
import { addPeriod, wasExtended } from './transition-request';

const HOUR = 3_600_000;

/** Where a request stands against the law's clock at one instant. */
export interface RequestClock {
  /**
   * The reply-by instant (ISO 8601): the statutory period of `responseDeadline`, plus an
   * extension taken, plus paused time where the rules pause; `null` where the law fixes no
   * period for the right (a host's own service level is `serviceLevelDeadline`'s business).
   */
  dueBy: string | null;
  /** `law` (the bare period), `extension` (extended by the rules' `extension`), or `null`. */
  basis: 'law' | 'extension' | null;
  /** The clock stands still now (the request is `awaiting-requester` and the rules pause). */
  paused: boolean;
  /** Whole and fractional hours from `now` to `dueBy`, negative when overdue; `null` when closed or no deadline. */
  hoursLeft: number | null;
  /** Open and past `dueBy`. */
  overdue: boolean;
  /** When the request reached a final status, or `null` while it is open. */
  closedAt: string | null;
  /** Closed after `dueBy` (answered late). */
  closedLate: boolean;
}

/**
 * The request's clock at `now` (default: the current time): its reply-by instant under the
 * jurisdiction's rules (GDPR Art. 12(3), UU PDP Pasal 30, 32, 40, 41 — see `responseDeadline` and
 * `lifecycleRules`), the hours left, and whether it is overdue. Display `dueBy` in the
 * controller's zone (WIB, WITA or WIT in Indonesia) with `Intl.DateTimeFormat` and `timeZone`.
 *
 * @example
 * requestClock(tracked, { now: '2026-03-04T09:00:00Z' });
 * // { dueBy: '2026-03-05T09:00:00.000Z', basis: 'law', hoursLeft: 24, overdue: false, … }
 */
export function requestClock(
  request: TrackedRequest,
  options: { now?: string | Date; rules?: LifecycleRules } = {},
): RequestClock {
  const rules = options.rules ?? lifecycleRules(request.jurisdiction);
  const now = toInstant(options.now ?? new Date(), 'now');
  const base = responseDeadline({
    jurisdiction: request.jurisdiction,
    right: request.right,
    submittedAt: request.receivedAt,
    timeZone: rules.timeZone,
  });
  const closing = isFinalRequestStatus(request.status)
    ? request.history.findLast((event) => event.type === 'status' && event.to === request.status)
    : undefined;
  const closedAt = closing?.at ?? null;
  const until = closedAt ?? now;
  const pausedMs = rules.pauseWhileAwaitingRequester ? awaitingTime(request, until) : 0;
  const paused = rules.pauseWhileAwaitingRequester && request.status === 'awaiting-requester';
  if (base === null) {
    return {
      dueBy: null,
      basis: null,
      paused,
      hoursLeft: null,
      overdue: false,
      closedAt,
      closedLate: false,
    };
  }
  const extended = rules.extension !== null && wasExtended(request);
  const deadline =
    extended && rules.extension ? addPeriod(base, rules.extension.by, rules.timeZone) : base;
  const dueBy = new Date(new Date(deadline).getTime() + pausedMs).toISOString();
  const left = (Date.parse(dueBy) - Date.parse(now)) / HOUR;
  return {
    dueBy,
    basis: extended ? 'extension' : 'law',
    paused,
    hoursLeft: closedAt ? null : left,
    overdue: !closedAt && left < 0,
    closedAt,
    closedLate: closedAt !== null && closedAt > dueBy,
  };
}

/** Milliseconds the request spent `awaiting-requester` up to `until`. */
function awaitingTime(request: TrackedRequest, until: string): number {
  let total = 0;
  let since: string | null = null;
  for (const event of request.history) {
    if (event.type !== 'status') continue;
    if (since !== null) {
      total += Date.parse(event.at) - Date.parse(since);
      since = null;
    }
    if (event.to === 'awaiting-requester') since = event.at;
  }
  if (since !== null) total += Math.max(0, Date.parse(until) - Date.parse(since));
  return total;
}
