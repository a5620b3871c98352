/**
 * Where a rights request stands, from its receipt to its end. The names are PolicyKit's own
 * (kebab-case, like every id in the format); `drpStatus` and `DPV_REQUEST_STATUS` map them to the
 * Data Rights Protocol's status object and to W3C DPV's request statuses, so an agent or an
 * auditor's tooling reads them without a table of ours.
 *
 * | status | meaning | DRP 0.9 §3.02 status (reason) | DPV `RequestStatus` |
 * | --- | --- | --- | --- |
 * | `received` | recorded, a receipt given (UU PDP Pasal 14) | `in_progress` ¹ | `dpv:RequestAcknowledged` |
 * | `verifying` | the controller checks who is asking | `in_progress` | `dpv:RequestAcknowledged` |
 * | `awaiting-requester` | the controller needs something from the person | `in_progress` (`need_user_verification`) | `dpv:RequestRequiresAction` |
 * | `in-progress` | accepted, being carried out | `in_progress` | `dpv:RequestAccepted` |
 * | `extended` | the reply period was extended (where the law allows it) | `in_progress` ² | `dpv:RequestActionDelayed` |
 * | `fulfilled` | done | `fulfilled` | `dpv:RequestFulfilled` |
 * | `rejected` | refused, with a reason | `denied` (reason) | `dpv:RequestRejected` |
 * | `withdrawn` | the person withdrew it | `revoked` | `dpv:RequestUnfulfilled` ³ |
 *
 * ¹ DRP: a request received by the business itself "SHOULD pass immediately from `open` to
 * `in_progress`" (§3.03 note 1); PolicyKit's handler is that business. ² DRP §3.03: `expected_by`
 * "may be amended … `processing_details` MUST be updated to reflect the reason for this
 * extension". ³ DPV has no status for a request its maker withdrew; it ended unfulfilled.
 */
export const REQUEST_STATUSES = [
  'received',
  'verifying',
  'awaiting-requester',
  'in-progress',
  'extended',
  'fulfilled',
  'rejected',
  'withdrawn',
] as const;

export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The statuses a request never leaves. */
export const FINAL_REQUEST_STATUSES: readonly RequestStatus[] = [
  'fulfilled',
  'rejected',
  'withdrawn',
];

/** Whether `status` is one a request never leaves. */
export function isFinalRequestStatus(status: RequestStatus): boolean {
  return FINAL_REQUEST_STATUSES.includes(status);
}

/**
 * Why a request was rejected: DRP 0.9 §3.02's `denied` reasons (in kebab-case), plus
 * `legal-exemption` for a refusal the law requires or allows (for example UU PDP Pasal 33 on
 * access that would endanger someone or disclose another person's data). A note says the rest.
 */
export const REJECTION_REASONS = [
  'suspected-fraud',
  'insufficient-verification',
  'no-match',
  'claim-not-covered',
  'outside-jurisdiction',
  'too-many-requests',
  'legal-exemption',
  'other',
] as const;

export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** W3C DPV's concept for each status (see the table above). */
export const DPV_REQUEST_STATUS: Readonly<Record<RequestStatus, string>> = {
  received: 'dpv:RequestAcknowledged',
  verifying: 'dpv:RequestAcknowledged',
  'awaiting-requester': 'dpv:RequestRequiresAction',
  'in-progress': 'dpv:RequestAccepted',
  extended: 'dpv:RequestActionDelayed',
  fulfilled: 'dpv:RequestFulfilled',
  rejected: 'dpv:RequestRejected',
  withdrawn: 'dpv:RequestUnfulfilled',
};

/** A Data Rights Protocol status and reason (DRP 0.9 §3.02). */
export interface DrpStatus {
  status: 'in_progress' | 'fulfilled' | 'denied' | 'revoked';
  reason?: string;
}

const DRP_REASON: Readonly<Record<RejectionReason, string>> = {
  'suspected-fraud': 'suspected_fraud',
  'insufficient-verification': 'insuf_verification',
  'no-match': 'no_match',
  'claim-not-covered': 'claim_not_covered',
  'outside-jurisdiction': 'outside_jurisdiction',
  'too-many-requests': 'too_many_requests',
  'legal-exemption': 'other',
  other: 'other',
};

/**
 * The Data Rights Protocol's status and reason for a PolicyKit status.
 *
 * @example
 * drpStatus('awaiting-requester'); // { status: 'in_progress', reason: 'need_user_verification' }
 * drpStatus('rejected', 'no-match'); // { status: 'denied', reason: 'no_match' }
 */
export function drpStatus(status: RequestStatus, reason?: RejectionReason): DrpStatus {
  switch (status) {
    case 'received':
    case 'verifying':
    case 'in-progress':
    case 'extended':
      return { status: 'in_progress' };
    case 'awaiting-requester':
      return { status: 'in_progress', reason: 'need_user_verification' };
    case 'fulfilled':
      return { status: 'fulfilled' };
    case 'rejected':
      return { status: 'denied', reason: DRP_REASON[reason ?? 'other'] };
    case 'withdrawn':
      return { status: 'revoked' };
    default:
      status satisfies never;
      throw new RangeError(`Unknown request status "${String(status)}"`);
  }
}
