import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { I18N_NAMESPACE, uiLanguageFor, type PolicyKitKey } from '@policykit/sdk';
import { PolicyKitContext } from './policykit-context';
import { ownI18nInstance } from './own-i18n-instance';

/** A `t` whose keys are checked against PolicyKit's strings. */
export type PolicyKitT = (key: PolicyKitKey, options?: Record<string, unknown>) => string;

export interface PolicyKitTranslation {
  t: PolicyKitT;
  /** Full BCP 47 locale for `Intl` dates and numbers (e.g. `id-ID`). */
  locale: string;
  /** The UI language PolicyKit has strings for (`en` or `id`). */
  language: 'en' | 'id';
}

/**
 * UI strings and the locale for dates, for one component.
 *
 * Precedence: the provider's `locale`; else the host i18next instance's current
 * language (re-rendering when it changes); else `documentLocale`; else English.
 * Always a fixed `t` for PolicyKit's namespace, so the host's language is never changed.
 */
export function usePolicyKitTranslation(documentLocale?: string): PolicyKitTranslation {
  const context = useContext(PolicyKitContext);
  const i18n = context?.i18n ?? ownI18nInstance();
  const hostLanguage =
    context && !context.locale && i18n !== ownI18nInstance() ? i18n.language : undefined;
  const locale = context?.locale ?? hostLanguage ?? documentLocale ?? 'en';
  const language = uiLanguageFor(locale);
  // react-i18next subscribes to the instance, so a host language switch re-renders us.
  const { t } = useTranslation(I18N_NAMESPACE, { i18n, lng: language, useSuspense: false });
  return { t: t as unknown as PolicyKitT, locale, language };
}
