// The server half of acknowledgements (issue 15): handler, stores, DPO queries.
export {
  createAcknowledgementHandler,
  validateAcknowledgementSubmission,
} from './create-acknowledgement-handler';
export type {
  AcknowledgementFieldIssue,
  AcknowledgementHandlerErrorCode,
  AcknowledgementHandlerOptions,
  AcknowledgementReply,
  AcknowledgementSubmission,
} from './create-acknowledgement-handler';
export type {
  AcknowledgementInsertResult,
  AcknowledgementQuery,
  AcknowledgementRecordStore,
  StoredAcknowledgement,
} from './acknowledgement-record-store';
export { createMemoryAcknowledgementStore } from './memory-acknowledgement-store';
export { createFileAcknowledgementStore } from './file-acknowledgement-store';
export type {
  FileAcknowledgementStore,
  FileAcknowledgementStoreOptions,
} from './file-acknowledgement-store';
export { createPostgresAcknowledgementStore } from './postgres-acknowledgement-store';
export type { PostgresAcknowledgementStoreOptions } from './postgres-acknowledgement-store';
export {
  acknowledgementReport,
  acknowledgementReportCsv,
  notAcknowledged,
} from './acknowledgement-report';
export type { AcknowledgedSubject, AcknowledgementReport } from './acknowledgement-report';
export { createAcknowledgementAdminHandler } from './create-acknowledgement-admin-handler';
export type { AcknowledgementAdminHandlerOptions } from './create-acknowledgement-admin-handler';
