// The policy document: its types, the schema that validates it, parsing and loading.
export type {
  Block,
  BlockType,
  CalloutBlock,
  CalloutTone,
  ColumnAlign,
  ContactBlock,
  ContactDetails,
  EmphasisSpan,
  ImageBlock,
  Inline,
  InlineSpan,
  KnownRightId,
  LineBreak,
  LinkSpan,
  ListBlock,
  ListItem,
  ParagraphBlock,
  PolicyDocument,
  PolicyIssue,
  PolicyOrganization,
  PolicyRight,
  RichContent,
  RightId,
  Section,
  TableBlock,
  TableCell,
  TableColumn,
  Topic,
} from './policy-types';
export { parsePolicy, safeParsePolicy } from './parse-policy';
export type { SafeParsePolicyResult } from './parse-policy';
export { PolicyValidationError, formatPolicyIssue } from './policy-validation-error';
export type { PolicyValidationErrorOptions } from './policy-validation-error';
export { DEFAULT_MAX_POLICY_BYTES, loadPolicy } from './load-policy';
export type { LoadPolicyOptions } from './load-policy';
export { PolicyLoadError } from './policy-load-error';
export type { PolicyLoadErrorDetails, PolicyLoadErrorReason } from './policy-load-error';
export { BLOCK_TYPES, HREF_PATTERN, KNOWN_RIGHT_IDS, LIMITS, TOPICS } from './policy-schema';
export { createSectionTree } from './section-tree';
export type { SectionNode, SectionTree } from './section-tree';
export { contactLinks } from './contact-links';
export type { ContactLinks } from './contact-links';
export { isSafeHref, isSafeImageSrc, isWebHref } from './safe-href';
