import type { RightId } from '../document/policy-types';
import type { RejectionReason, RequestStatus } from './lifecycle/request-status';

/** One entry of the history a requester sees: what happened and when, never who or how. */
export interface RightsRequestStatusEvent {
  /** `received`, a `status` change, or a `note` the DPO made public. */
  kind: 'received' | 'status' | 'note';
  /** ISO 8601 instant. */
  at: string;
  /** The status entered (`received` and `status` events). */
  status?: RequestStatus;
  /** The event in the requester's language, e.g. `Status berubah menjadi “Sedang diproses”`. */
  label: string;
  /** A note the DPO marked public (the extension's reasons, what is asked of the person). */
  note?: string;
}

/**
 * What the status lookup (`GET …/status?reference=…`) answers the person holding the status
 * token: where their request stands, named as the Data Rights Protocol names it (`received_at`,
 * `expected_by`, DRP 0.9 §3.02), with labels in the request's language. It never carries the
 * person's data (name, contact details, the request's details) nor a DPO's private notes or
 * identity.
 */
export interface RightsRequestStatusReply {
  reference: string;
  right: RightId;
  status: RequestStatus;
  /** `status` in the reply's language. */
  status_label: string;
  /** The Data Rights Protocol's status for `status` (`drpStatus`). */
  drp_status: 'in_progress' | 'fulfilled' | 'denied' | 'revoked';
  /** For a `rejected` request. */
  reason?: RejectionReason;
  /** `reason` in the reply's language. */
  reason_label?: string;
  /** ISO 8601 instant the request was received. */
  received_at: string;
  /**
   * ISO 8601 instant a reply is due by: the law's (extended where an extension was taken), or
   * the host's service level; `null` where neither fixes one.
   */
  expected_by: string | null;
  /** Whether the request is closed (`fulfilled`, `rejected`, `withdrawn`). */
  closed: boolean;
  /** The UI language of the labels: `en` or `id`. */
  language: 'en' | 'id';
  /** Oldest first. */
  history: RightsRequestStatusEvent[];
}
