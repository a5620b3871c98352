/** @policykit/react — styled, accessible components on @policykit/sdk. */

// i18n
export { PolicyKitProvider } from './i18n/policykit-provider';
export type { PolicyKitProviderProps } from './i18n/policykit-provider';
export { usePolicyKitTranslation } from './i18n/use-policykit-translation';
export type { PolicyKitT, PolicyKitTranslation } from './i18n/use-policykit-translation';

// viewer
export { PolicyViewer } from './viewer/policy-viewer';
export type { DefaultExpanded, PolicyViewerProps } from './viewer/policy-viewer';

// rights requests
export { RightsRequestForm } from './rights-request-form/rights-request-form';
export type { RightsRequestFormProps } from './rights-request-form/rights-request-form';
export type { HeadingLevel as RightsRequestFormHeadingLevel } from './shared/heading-level';
export type {
  IdentityCodeChallenge,
  IdentityVerificationResult,
  IdentityVerified,
  RightsRequestIdentity,
  VerifyIdentity,
} from '@policykit/sdk';

// after the request: the requester's status page
export { RightsRequestStatus } from './rights-request-status/rights-request-status';
export type { RightsRequestStatusProps } from './rights-request-status/rights-request-status';

// policy updates
export { PolicyUpdatedDialog } from './policy-updated-dialog/policy-updated-dialog';
export type {
  PolicyUpdatedDialogMode,
  PolicyUpdatedDialogProps,
} from './policy-updated-dialog/policy-updated-dialog';
export type { SectionHref } from './policy-updated-dialog/policy-changes-list';
export type { ReturnFocusTarget } from './policy-updated-dialog/focus-after-close';
export { AcknowledgementReceiptButton } from './policy-updated-dialog/acknowledgement-receipt-button';
export type { AcknowledgementReceiptButtonProps } from './policy-updated-dialog/acknowledgement-receipt-button';
export type {
  AcknowledgementReceiptSource,
  ReceiptState,
} from './policy-updated-dialog/use-receipt';
export { useAcknowledgement } from './policy-updated-dialog/use-acknowledgement';
export type { UseAcknowledgementResult } from './policy-updated-dialog/use-acknowledgement';
