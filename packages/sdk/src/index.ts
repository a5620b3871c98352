/**
 * @policykit/sdk — the browser-safe entry. Each domain folder has an `index.ts` that names what it
 * makes public; this barrel gathers them. Other entries keep a browser bundle from paying for
 * what it does not use: Markdown import at `@policykit/sdk/markdown`, the server half at
 * `@policykit/sdk/server`, and the text helpers a renderer needs (match ranges, folding, plain
 * text of blocks) at `@policykit/sdk/text`.
 *
 * Explicit exports only: each line names what it makes public, and `etc/*.api.md` (checked in
 * CI) shows every change to that list as a diff.
 */

// The document model, validation and loading
export {
  BLOCK_TYPES,
  DEFAULT_MAX_POLICY_BYTES,
  HREF_PATTERN,
  KNOWN_RIGHT_IDS,
  LIMITS,
  PolicyLoadError,
  PolicyValidationError,
  contactLinks,
  createSectionTree,
  formatPolicyIssue,
  TOPICS,
  isSafeHref,
  isSafeImageSrc,
  isWebHref,
  loadPolicy,
  parsePolicy,
  safeParsePolicy,
} from './document';
export type {
  Block,
  BlockType,
  CalloutBlock,
  CalloutTone,
  ColumnAlign,
  ContactBlock,
  ContactDetails,
  ContactLinks,
  EmphasisSpan,
  ImageBlock,
  Inline,
  InlineSpan,
  KnownRightId,
  LineBreak,
  LinkSpan,
  ListBlock,
  ListItem,
  LoadPolicyOptions,
  ParagraphBlock,
  PolicyDocument,
  PolicyIssue,
  PolicyLoadErrorDetails,
  PolicyLoadErrorReason,
  PolicyOrganization,
  PolicyRight,
  PolicyValidationErrorOptions,
  RichContent,
  RightId,
  SafeParsePolicyResult,
  Section,
  SectionNode,
  SectionTree,
  TableBlock,
  TableCell,
  TableColumn,
  Topic,
} from './document';

// Search (the text helpers behind it are at @policykit/sdk/text)
export { createSearchIndex, searchPolicy } from './text';
export type {
  PolicySearchIndex,
  PolicySearchResult,
  SearchOptions,
  SearchResultKind,
} from './text';

// Versions and translations
export {
  TranslationSetError,
  assertTranslationSet,
  availableLocales,
  checkParity,
  diffPolicies,
  localeDisplayName,
  selectTranslation,
} from './versions';
export type {
  PolicyDiff,
  PolicyField,
  SectionChange,
  SectionDiff,
  TranslationIssue,
} from './versions';

// Dates
export {
  PolicyDateError,
  addWorkingDays,
  formatPolicyDate,
  isWorkingDay,
  relativeTime,
  relativeTimeFromNow,
  workingDaysBetween,
} from './dates';
export type { PolicyDateOptions, RelativeTime, WorkingCalendar } from './dates';

// i18n
export {
  I18N_NAMESPACE,
  UI_LANGUAGES,
  commonStrings,
  dialogStrings,
  lintStrings,
  resources,
  rightsErrorsStrings,
  rightsInboxStrings,
  rightsStatusStrings,
  rightsStrings,
  uiLanguageFor,
  viewerStrings,
} from './i18n';
export type { PolicyKitKey, PolicyKitStringArea, PolicyKitStrings, UiLanguage } from './i18n';

// Lint: what a notice must say (UU PDP Pasal 21(1), GDPR Art. 13–14)
export { NOTICE_REQUIREMENTS, TOPIC_KEYWORDS, guessTopics, lintPolicy } from './lint';
export type {
  LintCode,
  LintFinding,
  LintPolicyOptions,
  LintSeverity,
  NoticeContent,
  NoticeRequirement,
} from './lint';

// Layered summary: a one-screen notice from the sections' tagged topics
export { LAYERED_SUMMARY_LAYERS, layeredSummary } from './summary';
export type {
  LayeredSummary,
  LayeredSummaryLayer,
  LayeredSummaryLayerId,
  LayeredSummaryLink,
} from './summary';

// State
export { createStore } from './store';
export type { ReadableStore, Store, StoreListener, StoreOptions } from './store';

// Acknowledgements
export {
  ACKNOWLEDGEMENT_RECEIPT_CONTEXT,
  AcknowledgementReceiptError,
  AcknowledgementStorageError,
  DPV_27560_RECEIPT_PROFILE,
  DPV_27560_RECORD_PROFILE,
  PolicyChangeNoticeError,
  acknowledgeUpcomingNotice,
  acknowledgementAuditRecord,
  acknowledgementReceipt,
  canonicalJson,
  policyDocumentHash,
  readAcknowledgementReceipt,
  verifyAcknowledgementReceipt,
  acknowledgementReceiptFile,
  acknowledgementReceiptFileName,
  acknowledgementReceiptSummary,
  acknowledgementReceiptVerificationMessage,
  acknowledgementRecordSummary,
  receiptForRecord,
  shortenHash,
  storedAcknowledgementReceipt,
  acknowledgementDue,
  createAcknowledgementStore,
  createPolicyPromptState,
  loadAcknowledgements,
  needsUpcomingNotice,
  noticeRecordId,
  policyChangeNotice,
} from './acknowledgements';
export type {
  AcknowledgementAuditEntry,
  AcknowledgementChannel,
  AcknowledgementEvent,
  AcknowledgementReceipt,
  AcknowledgementReceiptContents,
  AcknowledgementReceiptMismatch,
  AcknowledgementReceiptMismatchKey,
  AcknowledgementReceiptSummary,
  AcknowledgementReceiptSummaryOptions,
  AcknowledgementReceiptVerificationMessage,
  AcknowledgementReceiptNotice,
  AcknowledgementReceiptOptions,
  AcknowledgementReceiptRecord,
  AcknowledgementReceiptVerification,
  AcknowledgementRecord,
  AcknowledgementStorageErrorKind,
  AcknowledgementStore,
  AcknowledgementStoreOptions,
  AsyncStorageAdapter,
  PersistentAcknowledgementStore,
  PolicyChangeNotice,
  PolicyChangeNoticeInput,
  PolicyChangeStatus,
  PolicyPromptFlags,
  PolicyPromptMode,
  PolicyPromptState,
  PolicyPromptStateOptions,
  PolicyPromptStatus,
  StorageLike,
} from './acknowledgements';
// Recording acknowledgements on the host's server, the device as the fallback (issue 15).
export { ServerAcknowledgementError, createServerAcknowledgementStorage } from './acknowledgements';
export type {
  ServerAcknowledgementStorage,
  ServerAcknowledgementStorageOptions,
} from './acknowledgements';

// Rights requests
export {
  RIGHTS_REQUEST_LIMITS,
  RightsRequestError,
  createIdempotencyKey,
  createRequestDraftStore,
  createRightsRequestClient,
  createRightsRequestSubmission,
  fetchRightsRequestStatus,
  RightsRequestStatusError,
  httpTransport,
  mailtoTransport,
  responseDeadline,
  rightLabel,
  rightLabels,
  validateRightsRequest,
  readStatusLink,
} from './rights';
export type {
  HttpTransportOptions,
  IdempotencyKeyMemory,
  IdempotencyKeyRecord,
  IdentityCodeChallenge,
  IdentityVerificationResult,
  IdentityVerified,
  Jurisdiction,
  MailtoTransportOptions,
  RequestDraft,
  RequestDraftSnapshot,
  RequestDraftStore,
  RequestDraftStoreOptions,
  ResponseDeadlineInput,
  RetryOptions,
  RightLabel,
  RightsRequest,
  RightsRequestClient,
  RightsRequestClientOptions,
  RightsRequestClientTarget,
  RightsRequestErrorCode,
  RightsRequestErrorOptions,
  RightsRequestField,
  RightsRequestFieldIssue,
  RightsRequestIdentity,
  RightsRequestIssueCode,
  RightsRequestReceipt,
  RightsRequestSubmission,
  RightsRequestSubmissionOptions,
  RightsRequestSubmissionState,
  RightsRequestSubmissionStatus,
  FetchRightsRequestStatusOptions,
  RightsRequestStatusErrorCode,
  RightsRequestStatusEvent,
  RightsRequestStatusReply,
  RightsRequestTransport,
  RightsRequestValidationResult,
  ValidateRightsRequestOptions,
  VerifyIdentity,
} from './rights';

// Rights requests after the receipt: lifecycle, history and the law's clock
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
} from './rights';
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
} from './rights';

// The DPO's inbox in the browser: the admin handler's client and the inbox's view logic
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
} from './rights';
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
} from './rights';
