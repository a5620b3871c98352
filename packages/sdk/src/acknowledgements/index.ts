// Who has acknowledged which version, and when a (coming) change must be announced.
export { createAcknowledgementStore } from './acknowledgement-store';
export type { PersistentAcknowledgementStore } from './acknowledgement-store';
export { createPolicyPromptState } from './create-policy-prompt-state';
export type {
  PolicyPromptFlags,
  PolicyPromptMode,
  PolicyPromptState,
  PolicyPromptStateOptions,
  PolicyPromptStatus,
} from './create-policy-prompt-state';
export { AcknowledgementStorageError } from './acknowledgement-storage-error';
export type { AcknowledgementStorageErrorKind } from './acknowledgement-storage-error';
export { acknowledgementAuditRecord } from './acknowledgement-audit';
export type { AcknowledgementAuditEntry } from './acknowledgement-audit';
export {
  PolicyChangeNoticeError,
  acknowledgeUpcomingNotice,
  acknowledgementDue,
  loadAcknowledgements,
  needsUpcomingNotice,
  noticeRecordId,
  policyChangeNotice,
} from './policy-change-notice';
export type {
  PolicyChangeNotice,
  PolicyChangeNoticeInput,
  PolicyChangeStatus,
} from './policy-change-notice';
export type {
  AcknowledgementRecord,
  AcknowledgementStore,
  AcknowledgementStoreOptions,
  AsyncStorageAdapter,
  StorageLike,
} from './acknowledgement-types';
