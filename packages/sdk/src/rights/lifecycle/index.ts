// A rights request after its receipt: statuses, an append-only history, and the law's clock.
export {
  DPV_REQUEST_STATUS,
  FINAL_REQUEST_STATUSES,
  REJECTION_REASONS,
  REQUEST_STATUSES,
  drpStatus,
  isFinalRequestStatus,
} from './request-status';
export type { DrpStatus, RejectionReason, RequestStatus } from './request-status';
export { trackRequest } from './request-history';
export type { RequestActor, RequestEvent, TrackedRequest } from './request-history';
export { lifecycleRules } from './lifecycle-rules';
export type { ExtensionRule, LifecycleRules, RequestPeriod } from './lifecycle-rules';
export { addRequestNote, allowedTransitions, transitionRequest } from './transition-request';
export type { RequestTransition } from './transition-request';
export { RequestTransitionError } from './request-transition-error';
export type { RequestTransitionErrorCode } from './request-transition-error';
export { requestClock } from './request-clock';
export type { RequestClock } from './request-clock';
