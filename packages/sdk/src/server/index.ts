/** @policykit/sdk/server — the server half of rights requests (Fetch-API handler and stores). */

// rights requests
export { createRightsRequestHandler } from './create-rights-request-handler';
export type {
  ReferenceFormat,
  RightsRequestHandlerErrorCode,
  RightsRequestHandlerOptions,
} from './create-rights-request-handler';
export { createMemoryStore } from './memory-store';
export { createFileStore, FileStoreCorruptError } from './file-store';
export type { FileRightsRequestStore, FileStoreOptions } from './file-store';
export { FileStoreLockedError } from './file-lock';
export {
  RightsRequestNotFoundError,
  StoreConflictError,
  StoreTimeoutError,
  StoreUnavailableError,
} from './rights-request-store';
export { createFieldEncryption, PERSONAL_FIELDS } from './field-encryption';
export type { FieldEncryption, FieldEncryptionOptions } from './field-encryption';
export { REDACTED } from './retention';
export type { RetentionAction, RetentionOptions, RetentionReport } from './retention';
export type {
  LifecycleRightsRequestStore,
  ListableRightsRequestStore,
  RightsRequestChange,
  RightsRequestInsertResult,
  RightsRequestPage,
  RightsRequestQuery,
  RightsRequestStore,
  StoredRequestLifecycle,
  StoredRightsRequest,
} from './rights-request-store';

// after the receipt: the lifecycle in the stores, the DPO's inbox, reminders
export { createRightsRequestAdminHandler } from './admin/create-rights-request-admin-handler';
export type {
  AdminActor,
  AdminAuditEntry,
  RightsRequestAdminErrorCode,
  RightsRequestAdminHandlerOptions,
} from './admin/create-rights-request-admin-handler';
export { dueSoon } from './lifecycle/due-soon';
export type { DueRequest, DueSoonOptions } from './lifecycle/due-soon';
export { lifecycleOf } from './lifecycle/stored-lifecycle';
export type {
  RightsRequestEventHook,
  RightsRequestLifecycleEvent,
} from './lifecycle/lifecycle-events';

// hosting
export { toNodeHandler } from './to-node-handler';
export type { FetchHandler, ToNodeHandlerOptions } from './to-node-handler';

// acknowledgements of policy versions: handler, stores, the DPO's report (issue 15)
export * from './acknowledgements/index';
