import type { LifecycleRules } from '../../rights/lifecycle/lifecycle-rules';
import { lifecycleRules } from '../../rights/lifecycle/lifecycle-rules';
import { requestClock, type RequestClock } from '../../rights/lifecycle/request-clock';
import type { TrackedRequest } from '../../rights/lifecycle/request-history';
import type { RightsRequestReceipt } from '../../rights/rights-request-types';

/**
 * The request's clock at `now`, with the host's service level where the law fixes no period:
 * `requestClock` runs the statutory clock (GDPR Art. 12(3); UU PDP Pasal 30(2), 32(2), 40(2),
 * 41(2) — see `lifecycleRules`); a receipt whose `dueBy` came from the host's `serviceLevelDays`
 * keeps that date (the host's promise, not a law's, so it is never extended or paused here).
 */
export function clockOf(
  tracked: TrackedRequest,
  receipt: RightsRequestReceipt,
  rules: Partial<LifecycleRules> | undefined,
  now: Date,
): RequestClock {
  const clock = requestClock(tracked, {
    now,
    rules: lifecycleRules(tracked.jurisdiction, rules),
  });
  if (clock.dueBy !== null || receipt.dueBySource !== 'service-level' || !receipt.dueBy) {
    return clock;
  }
  const left = (Date.parse(receipt.dueBy) - now.getTime()) / 3_600_000;
  const closed = clock.closedAt !== null;
  return {
    ...clock,
    dueBy: receipt.dueBy,
    basis: null,
    hoursLeft: closed ? null : left,
    overdue: !closed && left < 0,
    closedLate: closed && (clock.closedAt as string) > receipt.dueBy,
  };
}

/**
 * The due date a store indexes (`StoredRequestLifecycle.dueBy`): the clock's, or `null` while
 * the clock is paused (a paused request is never overdue, and its date moves until it runs).
 */
export function storedDueBy(clock: RequestClock): string | null {
  return clock.paused ? null : clock.dueBy;
}
