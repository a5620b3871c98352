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
export { StoreTimeoutError, StoreUnavailableError } from './rights-request-store';
export { createFieldEncryption, PERSONAL_FIELDS } from './field-encryption';
export type { FieldEncryption, FieldEncryptionOptions } from './field-encryption';
export { REDACTED } from './retention';
export type { RetentionAction, RetentionOptions, RetentionReport } from './retention';
export type {
  ListableRightsRequestStore,
  RightsRequestInsertResult,
  RightsRequestStore,
  StoredRightsRequest,
} from './rights-request-store';

// hosting
export { toNodeHandler } from './to-node-handler';
export type { FetchHandler, ToNodeHandlerOptions } from './to-node-handler';
