import type { RightId } from '../../document/policy-types';
import { isFinalRequestStatus, type RequestStatus } from '../lifecycle/request-status';
import type { InboxRow } from './inbox-types';

/**
 * Where a request stands against its clock, as the inbox marks it (in words and an icon, never
 * by colour alone):
 * - `overdue` — open and past its reply-by instant;
 * - `due-soon` — open, due within the inbox's window (default 24 hours: a third of UU PDP's
 *   3 × 24 hours of Pasal 30(2), 32(2), 40(2) and 41(2));
 * - `on-time` — open, due later;
 * - `paused` — the clock stands still (the host's `pauseWhileAwaitingRequester`);
 * - `no-deadline` — the law fixes no period for the right and the host set none;
 * - `closed` — fulfilled, rejected or withdrawn.
 */
export type InboxUrgency = 'overdue' | 'due-soon' | 'on-time' | 'paused' | 'no-deadline' | 'closed';

export const INBOX_URGENCIES: readonly InboxUrgency[] = [
  'overdue',
  'due-soon',
  'on-time',
  'paused',
  'no-deadline',
  'closed',
];

/** Which requests by their clock: every one, the open ones, the overdue, or the due soon. */
export type InboxDueFilter = 'all' | 'open' | 'overdue' | 'due-soon';

export interface InboxFilter {
  /** Only these statuses (empty or absent: every status). */
  status?: readonly RequestStatus[];
  /** Only these rights. */
  right?: readonly RightId[];
  due?: InboxDueFilter;
  /**
   * A reference's start (case-insensitive) or a whole e-mail address — the same match as the
   * handler's `q`, so a filter typed in the inbox finds what the server would.
   */
  search?: string;
}

export interface InboxViewOptions {
  /** The instant the clocks are read at (the inbox ticks it once a minute). */
  now: Date | string | number;
  /** The due-soon window in hours. Default 24. */
  dueSoonWithinHours?: number;
  /** Default `due`: soonest first, no deadline last (as the handler's `sort=due`). */
  sort?: 'due' | 'received';
  order?: 'asc' | 'desc';
}

/** A row with its clock read at the view's `now`. */
export interface InboxViewRow {
  row: InboxRow;
  /** Hours from `now` to `dueBy` (negative when overdue), `null` when closed, paused or without a deadline. */
  hoursLeft: number | null;
  urgency: InboxUrgency;
}

export interface InboxView {
  rows: InboxViewRow[];
  /** How many rows of the whole list are in each urgency (for the filter's labels). */
  counts: Record<InboxUrgency, number>;
}

const HOUR = 3_600_000;

function instant(value: Date | string | number, what: string): number {
  const ms =
    value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`inboxView: ${what} is not a valid date`);
  return ms;
}

/**
 * A row's clock at `now`: its hours left and urgency. The server's `hoursLeft` was true when
 * it answered; this is true now.
 *
 * @example
 * inboxRowClock(row, { now: '2026-03-04T09:00:00Z' }); // { hoursLeft: 24, urgency: 'due-soon' }
 */
export function inboxRowClock(
  row: InboxRow,
  options: Pick<InboxViewOptions, 'now' | 'dueSoonWithinHours'>,
): Pick<InboxViewRow, 'hoursLeft' | 'urgency'> {
  const now = instant(options.now, 'now');
  return clockAt(row, now, withinOf(options));
}

function withinOf(options: Pick<InboxViewOptions, 'dueSoonWithinHours'>): number {
  const within = options.dueSoonWithinHours ?? 24;
  if (!(within >= 0) || !Number.isFinite(within)) {
    throw new RangeError('inboxView: dueSoonWithinHours must be a number of hours, 0 or more');
  }
  return within;
}

function clockAt(
  row: InboxRow,
  now: number,
  within: number,
): Pick<InboxViewRow, 'hoursLeft' | 'urgency'> {
  if (isFinalRequestStatus(row.status)) return { hoursLeft: null, urgency: 'closed' };
  if (row.paused) return { hoursLeft: null, urgency: 'paused' };
  if (row.dueBy === null) return { hoursLeft: null, urgency: 'no-deadline' };
  const hoursLeft = (Date.parse(row.dueBy) - now) / HOUR;
  const urgency = hoursLeft < 0 ? 'overdue' : hoursLeft <= within ? 'due-soon' : 'on-time';
  return { hoursLeft, urgency };
}

/** Byte order, as the handler's stores break ties: the inbox and the server sort alike. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The inbox's table: the rows that pass `filter`, each with its clock at `now`, sorted
 * (by due date, soonest first, by default), and how many of all rows are in each urgency.
 * Pure and framework-free: a component renders what it returns.
 *
 * @example
 * const view = inboxView(page.items, { due: 'overdue', search: 'CTT-2026' }, { now: new Date() });
 * view.rows.length; // the filtered count, for a live region
 */
export function inboxView(
  rows: readonly InboxRow[],
  filter: InboxFilter,
  options: InboxViewOptions,
): InboxView {
  const now = instant(options.now, 'now');
  const within = withinOf(options);
  const statuses = filter.status?.length ? new Set<string>(filter.status) : null;
  const rights = filter.right?.length ? new Set<string>(filter.right) : null;
  const search = filter.search?.trim().toLowerCase() || null;
  const due = filter.due ?? 'all';
  const counts: Record<InboxUrgency, number> = {
    overdue: 0,
    'due-soon': 0,
    'on-time': 0,
    paused: 0,
    'no-deadline': 0,
    closed: 0,
  };
  const out: InboxViewRow[] = [];
  for (const row of rows) {
    const clock = clockAt(row, now, within);
    counts[clock.urgency] += 1;
    if (statuses && !statuses.has(row.status)) continue;
    if (rights && !rights.has(row.right)) continue;
    if (due === 'open' && clock.urgency === 'closed') continue;
    if (due === 'overdue' && clock.urgency !== 'overdue') continue;
    if (due === 'due-soon' && clock.urgency !== 'due-soon') continue;
    if (
      search &&
      !row.reference.toLowerCase().startsWith(search) &&
      row.email.toLowerCase() !== search
    ) {
      continue;
    }
    out.push({ row, ...clock });
  }
  const sign = options.order === 'desc' ? -1 : 1;
  if ((options.sort ?? 'due') === 'due') {
    out.sort((a, b) => {
      const x = a.row.dueBy;
      const y = b.row.dueBy;
      if (x !== y) {
        if (x === null) return 1;
        if (y === null) return -1;
        const d = Date.parse(x) - Date.parse(y);
        if (d !== 0) return sign * d;
      }
      return sign * byCodeUnit(a.row.reference, b.row.reference);
    });
  } else {
    out.sort(
      (a, b) =>
        sign *
        (Date.parse(a.row.receivedAt) - Date.parse(b.row.receivedAt) ||
          byCodeUnit(a.row.reference, b.row.reference)),
    );
  }
  return { rows: out, counts };
}

/**
 * Hours left as a whole number to show, and which way: `left` rounds down (never promise an
 * hour the DPO does not have), `overdue` rounds up (an overdue request is at least an hour late
 * in words as soon as it is late at all).
 *
 * @example
 * wholeHoursLeft(3.7); // { direction: 'left', hours: 3 }
 * wholeHoursLeft(-0.2); // { direction: 'overdue', hours: 1 }
 */
export function wholeHoursLeft(hoursLeft: number): {
  direction: 'left' | 'overdue';
  hours: number;
} {
  return hoursLeft >= 0
    ? { direction: 'left', hours: Math.floor(hoursLeft) }
    : { direction: 'overdue', hours: Math.ceil(-hoursLeft) };
}
