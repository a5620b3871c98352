import type { RightId } from '../../document/policy-types';
import type { RequestClock } from '../lifecycle/request-clock';
import type { RequestEvent } from '../lifecycle/request-history';
import type { RejectionReason, RequestStatus } from '../lifecycle/request-status';
import type { Jurisdiction, RightsRequest, RightsRequestReceipt } from '../rights-request-types';

/**
 * One request in the DPO's inbox, as `createRightsRequestAdminHandler`'s `GET /requests` lists
 * it: the request with its clock as of the server's reply. The inbox recomputes `hoursLeft`
 * from `dueBy` as time passes (`inboxView`), so a page left open does not go stale.
 */
export interface InboxRow {
  reference: string;
  right: RightId;
  status: RequestStatus;
  /** The version a change must be based on (the handler refuses a stale one with `409`). */
  version: number;
  /** ISO 8601 instant the request was received. */
  receivedAt: string;
  /** ISO 8601 reply-by instant, or `null` (no statutory period, or the clock is paused). */
  dueBy: string | null;
  hoursLeft: number | null;
  overdue: boolean;
  paused: boolean;
  name: string;
  email: string;
  locale: string;
}

/** One request with everything the detail pane shows (`GET /requests/{reference}`). */
export interface InboxRequestDetail extends InboxRow {
  jurisdiction: Jurisdiction;
  request: RightsRequest;
  receipt: RightsRequestReceipt;
  /** Oldest first, append-only (UU PDP Pasal 31: records of processing). */
  history: RequestEvent[];
  clock: RequestClock;
  /** What the request may move to next under the handler's rules (`allowedTransitions`). */
  allowedTransitions: RequestStatus[];
}

/** A page of the list. */
export interface InboxPage {
  items: InboxRow[];
  /** Every match of the filters, across pages. */
  total: number;
  /** Where the next page starts, or `null` after the last. */
  nextOffset: number | null;
}

/** The list's filters, as the handler's query string takes them. */
export interface InboxQuery {
  status?: readonly RequestStatus[];
  right?: readonly RightId[];
  /** Only open (`true`) or only closed (`false`) requests. */
  open?: boolean;
  /** Only open requests past their reply-by instant (by the server's clock). */
  overdue?: boolean;
  /** ISO 8601: only requests due before it. */
  dueBefore?: string;
  /** A reference's start, or a whole e-mail address. */
  search?: string;
  sort?: 'due' | 'received';
  order?: 'asc' | 'desc';
  /** 1–500; the handler's default is 50. */
  limit?: number;
  offset?: number;
}

/** A move, as the DPO asks for it. */
export interface InboxTransition {
  to: RequestStatus;
  /** Required for `rejected` (see `transitionInputIssues`). */
  reason?: RejectionReason;
  note?: string;
  /** The note may be shown to the person on their status page. Default private. */
  public?: boolean;
}

/** A note, without a move. */
export interface InboxNote {
  note: string;
  public?: boolean;
}
