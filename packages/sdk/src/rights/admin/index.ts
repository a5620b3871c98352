// The DPO's inbox, browser half: a typed client of createRightsRequestAdminHandler and the
// framework-free view logic (filter, sort, hours left, urgency) a component renders.
export {
  createRightsRequestAdminClient,
  inboxQueryString,
} from './create-rights-request-admin-client';
export type {
  RightsRequestAdminClient,
  RightsRequestAdminClientOptions,
} from './create-rights-request-admin-client';
export { RightsRequestAdminError } from './rights-request-admin-error';
export type { RightsRequestAdminClientErrorCode } from './rights-request-admin-error';
export { INBOX_URGENCIES, inboxRowClock, inboxView, wholeHoursLeft } from './inbox-view';
export type {
  InboxDueFilter,
  InboxFilter,
  InboxUrgency,
  InboxView,
  InboxViewOptions,
  InboxViewRow,
} from './inbox-view';
export { INBOX_NOTE_MAX_LENGTH, transitionInputIssues } from './transition-input';
export type { TransitionInputIssue } from './transition-input';
export type {
  InboxNote,
  InboxPage,
  InboxQuery,
  InboxRequestDetail,
  InboxRow,
  InboxTransition,
} from './inbox-types';
