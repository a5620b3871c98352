// Data-rights requests from the browser: validation, the client and its transports, deadlines.
export type {
  Jurisdiction,
  RightsRequest,
  RightsRequestClient,
  RightsRequestField,
  RightsRequestFieldIssue,
  RightsRequestReceipt,
  RightsRequestTransport,
} from './rights-request-types';
export { RIGHTS_REQUEST_LIMITS, validateRightsRequest } from './validate-rights-request';
export type {
  RightsRequestIssueCode,
  RightsRequestValidationResult,
  ValidateRightsRequestOptions,
} from './validate-rights-request';
export { RightsRequestError } from './rights-request-error';
export type { RightsRequestErrorCode, RightsRequestErrorOptions } from './rights-request-error';
export { createIdempotencyKey } from './idempotency-key';
export { httpTransport } from './http-transport';
export type { HttpTransportOptions, RetryOptions } from './http-transport';
export { createRightsRequestClient } from './create-rights-request-client';
export type {
  RightsRequestClientOptions,
  RightsRequestClientTarget,
} from './create-rights-request-client';
export { responseDeadline } from './response-deadline';
export type { ResponseDeadlineInput } from './response-deadline';
export { mailtoTransport } from './mailto-transport';
export type { MailtoTransportOptions } from './mailto-transport';
export { rightLabel, rightLabels } from './right-label';
export type { RightLabel } from './right-label';
export { createRightsRequestSubmission } from './create-rights-request-submission';
export type {
  IdempotencyKeyMemory,
  IdempotencyKeyRecord,
  RightsRequestSubmission,
  RightsRequestSubmissionOptions,
  RightsRequestSubmissionState,
  RightsRequestSubmissionStatus,
} from './create-rights-request-submission';
export { createRequestDraftStore } from './create-request-draft-store';
export type {
  RequestDraft,
  RequestDraftSnapshot,
  RequestDraftStore,
  RequestDraftStoreOptions,
} from './create-request-draft-store';
export type {
  IdentityCodeChallenge,
  IdentityVerificationResult,
  IdentityVerified,
  RightsRequestIdentity,
  VerifyIdentity,
} from './verify-identity';
export {
  DPV_REQUEST_STATUS,
  FINAL_REQUEST_STATUSES,
  REJECTION_REASONS,
  REQUEST_STATUSES,
  RequestTransitionError,
  addRequestNote,
  allowedTransitions,
  drpStatus,
  isFinalRequestStatus,
  lifecycleRules,
  requestClock,
  trackRequest,
  transitionRequest,
} from './lifecycle';
export type {
  DrpStatus,
  ExtensionRule,
  LifecycleRules,
  RejectionReason,
  RequestActor,
  RequestClock,
  RequestEvent,
  RequestPeriod,
  RequestStatus,
  RequestTransition,
  RequestTransitionErrorCode,
  TrackedRequest,
} from './lifecycle';
export { fetchRightsRequestStatus, RightsRequestStatusError } from './fetch-rights-request-status';
export { readStatusLink } from './read-status-link';
export type {
  FetchRightsRequestStatusOptions,
  RightsRequestStatusErrorCode,
} from './fetch-rights-request-status';
export type { RightsRequestStatusEvent, RightsRequestStatusReply } from './rights-request-status';
export {
  INBOX_NOTE_MAX_LENGTH,
  INBOX_URGENCIES,
  RightsRequestAdminError,
  createRightsRequestAdminClient,
  inboxQueryString,
  inboxRowClock,
  inboxView,
  transitionInputIssues,
  wholeHoursLeft,
} from './admin';
export type {
  InboxDueFilter,
  InboxFilter,
  InboxNote,
  InboxPage,
  InboxQuery,
  InboxRequestDetail,
  InboxRow,
  InboxTransition,
  InboxUrgency,
  InboxView,
  InboxViewOptions,
  InboxViewRow,
  RightsRequestAdminClient,
  RightsRequestAdminClientErrorCode,
  RightsRequestAdminClientOptions,
  TransitionInputIssue,
} from './admin';
