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

// Receipts: ISO/IEC TS 27560-shaped JSON-LD in W3C DPV terms, and their verification.
export {
  ACKNOWLEDGEMENT_RECEIPT_CONTEXT,
  DPV_27560_RECEIPT_PROFILE,
  DPV_27560_RECORD_PROFILE,
  acknowledgementReceipt,
} from './acknowledgement-receipt';
export type {
  AcknowledgementChannel,
  AcknowledgementEvent,
  AcknowledgementReceipt,
  AcknowledgementReceiptNotice,
  AcknowledgementReceiptOptions,
  AcknowledgementReceiptRecord,
} from './acknowledgement-receipt';
export { AcknowledgementReceiptError } from './acknowledgement-receipt-error';
export { canonicalJson } from './canonical-json';
export { policyDocumentHash } from './policy-document-hash';
export { readAcknowledgementReceipt } from './read-acknowledgement-receipt';
export type { AcknowledgementReceiptContents } from './read-acknowledgement-receipt';
export { verifyAcknowledgementReceipt } from './verify-acknowledgement-receipt';
export type {
  AcknowledgementReceiptMismatch,
  AcknowledgementReceiptVerification,
} from './verify-acknowledgement-receipt';

// What a receipt view shows: the summary, the file to download, the verification's sentence.
export {
  acknowledgementReceiptFile,
  acknowledgementReceiptFileName,
  acknowledgementReceiptSummary,
  acknowledgementReceiptVerificationMessage,
  acknowledgementRecordSummary,
  receiptForRecord,
  shortenHash,
  storedAcknowledgementReceipt,
} from './receipt-view';
export type {
  AcknowledgementReceiptMismatchKey,
  AcknowledgementReceiptSummary,
  AcknowledgementReceiptSummaryOptions,
  AcknowledgementReceiptVerificationMessage,
} from './receipt-view';

// Recording on the host's server, the device as the fallback while offline (issue 15).
export {
  ServerAcknowledgementError,
  createServerAcknowledgementStorage,
} from './server-acknowledgement-storage';
export type {
  ServerAcknowledgementStorage,
  ServerAcknowledgementStorageOptions,
} from './server-acknowledgement-storage';
