// Versions and translations of one policy: what changed, and which translation to show.
export { diffPolicies } from './diff-policies';
export type { PolicyDiff, PolicyField, SectionChange, SectionDiff } from './diff-policies';
export { checkParity } from './check-parity';
export {
  TranslationSetError,
  assertTranslationSet,
  availableLocales,
  localeDisplayName,
  selectTranslation,
} from './select-translation';
export type { TranslationIssue } from './select-translation';
