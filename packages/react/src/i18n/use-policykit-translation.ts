import { useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  I18N_NAMESPACE,
  uiLanguageFor,
  type PolicyKitKey,
  type PolicyKitStringArea,
} from '@policykit/sdk';
import { PolicyKitContext } from './policykit-context';
import { ownI18nInstance } from './own-i18n-instance';
import { addStringAreas } from './add-string-areas';

/** A `t` whose keys are checked against PolicyKit's strings. */
export type PolicyKitT = (key: PolicyKitKey, options?: Record<string, unknown>) => string;

export interface PolicyKitTranslation {
  t: PolicyKitT;
  /** Full BCP 47 locale for `Intl` dates and numbers (e.g. `id-ID`). */
  locale: string;
  /** The UI language PolicyKit has strings for (`en` or `id`). */
  language: 'en' | 'id';
}

const NO_AREAS: readonly PolicyKitStringArea[] = [];

/**
 * UI strings and the locale for dates, for one component.
 *
 * `areas` are the SDK's string areas the component reads (`viewerStrings`,
 * `dialogStrings`, …): they are added to the `policykit` namespace of the i18n
 * instance in use (the host's or PolicyKit's own) before `t` is first used, once per
 * instance, so each component brings only its own strings into a bundle.
 *
 * Language precedence: the provider's `locale`; else the host i18next instance's
 * current language (re-rendering when it changes); else `documentLocale`; else
 * English. Always a fixed `t` for PolicyKit's namespace, so the host's language is
 * never changed.
 *
 * @example
 * import { viewerStrings } from '@policykit/sdk';
 *
 * function ShowAllButton({ policy }: { policy: PolicyDocument }) {
 *   const { t } = usePolicyKitTranslation(policy.locale, [viewerStrings]);
 *   return <button type="button">{t('viewer.showAll')}</button>;
 * }
 */
export function usePolicyKitTranslation(
  documentLocale?: string,
  areas: readonly PolicyKitStringArea[] = NO_AREAS,
): PolicyKitTranslation {
  const context = useContext(PolicyKitContext);
  const own = ownI18nInstance();
  const i18n = context?.i18n ?? own;
  addStringAreas(i18n, areas);
  const hostLanguage = context && !context.locale && i18n !== own ? i18n.language : undefined;
  const locale = context?.locale ?? hostLanguage ?? documentLocale ?? 'en';
  const language = uiLanguageFor(locale);
  // react-i18next subscribes to the instance, so a host language switch re-renders us.
  const { t } = useTranslation(I18N_NAMESPACE, { i18n, lng: language, useSuspense: false });
  const textT = useMemo<PolicyKitT>(
    () => (key, options) => (options ? t(key, { ...options, ...WITH_VALUES }) : t(key, OUR_KEYS)),
    [t],
  );
  return { t: textT, locale, language };
}

// Our strings are nested objects ("viewer.search.label") with i18next's default `{{name}}`
// placeholders, while a host's instance may be set up for its own strings otherwise: flat
// natural-language keys (`keySeparator: false`), a namespace separator of `.`, Rails-style
// `%{name}`. Each lookup says how to read ours, per call, so the host's settings stay its own.
const OUR_KEYS = { keySeparator: '.', nsSeparator: false } as const;
// Values are document text (a title, a version, a server's message): React escapes them, so
// i18next must not — a host instance with i18next's default `escapeValue: true` would show
// `&lt;` and `&#39;` to the reader — nor resolve `$t(…)` inside them (`skipOnVariables`).
// (Only calls with values carry `interpolation`: i18next rebuilds its patterns for each such call.)
const WITH_VALUES = {
  ...OUR_KEYS,
  interpolation: { prefix: '{{', suffix: '}}', escapeValue: false, skipOnVariables: true },
} as const;
