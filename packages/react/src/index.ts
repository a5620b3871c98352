/** @policykit/react — styled, accessible components on @policykit/sdk. */

// i18n
export { PolicyKitProvider } from './i18n/policykit-provider';
export type { PolicyKitProviderProps } from './i18n/policykit-provider';
export { usePolicyKitTranslation } from './i18n/use-policykit-translation';
export type { PolicyKitT, PolicyKitTranslation } from './i18n/use-policykit-translation';

// viewer

// rights requests

// policy updates
