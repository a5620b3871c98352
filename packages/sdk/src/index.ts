/**
 * @policykit/sdk — the browser-safe entry. Markdown import lives at
 * `@policykit/sdk/markdown` and the server half at `@policykit/sdk/server`,
 * so a browser bundle pays for neither.
 *
 * Explicit exports only: each line names what it makes public.
 */

// The document model
export type {
  Block,
  BlockType,
  CalloutBlock,
  CalloutTone,
  ContactBlock,
  ContactDetails,
  EmphasisSpan,
  Inline,
  InlineSpan,
  KnownRightId,
  LinkSpan,
  ListBlock,
  ParagraphBlock,
  PolicyDocument,
  PolicyIssue,
  PolicyOrganization,
  PolicyRight,
  RightId,
  Section,
} from './policy-types';
export { createSectionTree } from './section-tree';
export type { SectionNode, SectionTree } from './section-tree';
export { contactLinks } from './contact-links';
export type { ContactLinks } from './contact-links';
export { SAFE_HREF_PATTERN, isSafeHref, isWebHref } from './safe-href';
// validation & loading
export { parsePolicy, safeParsePolicy } from './parse-policy';
export type { SafeParsePolicyResult } from './parse-policy';
export { PolicyValidationError, formatPolicyIssue } from './policy-validation-error';
export type { PolicyValidationErrorOptions } from './policy-validation-error';
export { DEFAULT_MAX_POLICY_BYTES, loadPolicy } from './load-policy';
export type { LoadPolicyOptions } from './load-policy';
export { PolicyLoadError } from './policy-load-error';
export type { PolicyLoadErrorDetails, PolicyLoadErrorReason } from './policy-load-error';
export {
  BLOCK_TYPES,
  CALLOUT_TONES,
  DATE_PATTERN,
  HREF_PATTERN,
  KNOWN_RIGHT_IDS,
  LIMITS,
  LOCALE_PATTERN,
  RIGHT_ID_PATTERN,
  SLUG_PATTERN,
  isRealCalendarDate,
} from './policy-schema';

// diff, search, translations
export { blockText, contactText, inlineText, sectionText } from './inline-text';
export { diffPolicies } from './diff-policies';
export { checkParity } from './check-parity';
export type { PolicyDiff, PolicyField, SectionChange, SectionDiff } from './diff-policies';
export { foldText, normalizeText } from './normalize-text';
export type { NormalizedText } from './normalize-text';
export {
  MAX_SEARCH_TERMS,
  findMatches,
  mergeRanges,
  searchTerms,
  splitByMatches,
} from './find-matches';
export type { TextRange, TextSegment } from './find-matches';
export { createSearchIndex, searchPolicy } from './search-policy';
export type {
  PolicySearchIndex,
  PolicySearchResult,
  SearchOptions,
  SearchResultKind,
} from './search-policy';
export {
  TranslationSetError,
  assertTranslationSet,
  availableLocales,
  localeDisplayName,
  matchLocale,
  selectTranslation,
} from './select-translation';
export type { TranslationIssue } from './select-translation';
export {
  PolicyDateError,
  formatPolicyDate,
  relativeTime,
  relativeTimeFromNow,
} from './format-policy-date';
export type { PolicyDateOptions, RelativeTime } from './format-policy-date';

// i18n
export {
  I18N_NAMESPACE,
  UI_LANGUAGES,
  commonStrings,
  dialogStrings,
  resources,
  rightsErrorsStrings,
  rightsStrings,
  viewerStrings,
} from './i18n/resources';
export type {
  PolicyKitKey,
  PolicyKitStringArea,
  PolicyKitStrings,
  UiLanguage,
} from './i18n/resources';
export { uiLanguageFor } from './i18n/ui-language';

// acknowledgements
export {
  ACKNOWLEDGEMENT_KEY_PREFIX,
  createAcknowledgementStore,
  parseAcknowledgementRecord,
} from './acknowledgement-store';
export type { PersistentAcknowledgementStore } from './acknowledgement-store';
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

// rights requests
export type {
  Jurisdiction,
  RightsRequest,
  RightsRequestClient,
  RightsRequestField,
  RightsRequestFieldIssue,
  RightsRequestReceipt,
  RightsRequestTransport,
} from './rights-request-types';
export { validateRightsRequest, RIGHTS_REQUEST_LIMITS } from './validate-rights-request';
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
export { isKnownRightId, rightLabel, rightLabels } from './right-label';
export type { RightLabel } from './right-label';
