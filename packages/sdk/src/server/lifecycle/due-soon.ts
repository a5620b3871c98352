import { emitEvent, type RightsRequestEventHook } from './lifecycle-events';
import type { LifecycleRightsRequestStore, StoredRightsRequest } from '../rights-request-store';

/** One open request near or past its reply-by instant. */
export interface DueRequest {
  reference: string;
  dueBy: string;
  /** Negative when overdue. */
  hoursLeft: number;
  /** The stored record (personal data: for writing to the DPO or the person, never for logs). */
  record: StoredRightsRequest;
}

export interface DueSoonOptions {
  /** How far ahead to look: `{ hours: 24 }`, `{ days: 1, hours: 12 }`. */
  within: { days?: number; hours?: number };
  /** The current time. Default `new Date()`. */
  now?: Date;
  /** Hears `due-soon` and `overdue` for each request found (e.g. to e-mail the DPO). */
  onEvent?: RightsRequestEventHook;
  /** Hears a failure of `onEvent`. Default `console.error`. */
  onError?: (error: unknown) => void;
}

/**
 * The open requests due within `within` of `now`, and those already overdue — for a host's
 * scheduled job (a cron every hour) that reminds the DPO before a statutory clock runs out (UU PDP
 * Pasal 32(2): 3 × 24 hours for access). Both lists are most urgent first; with `onEvent`, each
 * request is also announced (`due-soon` or `overdue`). Paused requests have no due date and are
 * not listed.
 *
 * @example
 * // every hour
 * const { dueSoon, overdue } = await dueSoon(store, { within: { hours: 24 }, onEvent: mailDpo });
 */
export async function dueSoon(
  store: LifecycleRightsRequestStore,
  options: DueSoonOptions,
): Promise<{ dueSoon: DueRequest[]; overdue: DueRequest[] }> {
  const now = options.now ?? new Date();
  const hours = (options.within.days ?? 0) * 24 + (options.within.hours ?? 0);
  if (!(hours >= 0) || !Number.isFinite(hours)) {
    throw new RangeError('dueSoon: within must be a number of days and hours, 0 or more');
  }
  const horizon = new Date(now.getTime() + hours * 3_600_000).toISOString();
  const soon: DueRequest[] = [];
  const overdue: DueRequest[] = [];
  for (let offset: number | null = 0; offset !== null;) {
    const page = await store.query({
      open: true,
      dueBefore: horizon,
      sort: 'due',
      limit: 500,
      offset,
    });
    for (const record of page.items) {
      const dueBy = record.lifecycle?.dueBy ?? record.receipt.dueBy;
      if (!dueBy) continue;
      const hoursLeft = (Date.parse(dueBy) - now.getTime()) / 3_600_000;
      (hoursLeft < 0 ? overdue : soon).push({
        reference: record.receipt.reference,
        dueBy,
        hoursLeft,
        record,
      });
    }
    offset = page.nextOffset;
  }
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const at = now.toISOString();
  for (const [type, list] of [
    ['due-soon', soon],
    ['overdue', overdue],
  ] as const) {
    for (const due of list) {
      emitEvent(
        options.onEvent,
        {
          type,
          at,
          reference: due.reference,
          record: due.record,
          dueBy: due.dueBy,
          hoursLeft: due.hoursLeft,
        },
        onError,
      );
    }
  }
  return { dueSoon: soon, overdue };
}
