import { useMemo, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { PolicyKitContext, type PolicyKitContextValue } from './policykit-context';
import { ownI18nInstance } from './own-i18n-instance';

export interface PolicyKitProviderProps {
  /**
   * BCP 47 locale for UI strings and dates (`id-ID`, `en-GB`). Without it,
   * components follow the host instance's language, or else the document's locale.
   */
  locale?: string;
  /**
   * The host's i18next instance. PolicyKit's components add the strings they use
   * to its `policykit` namespace (never overwriting a key the host set there) and
   * never change its language or other resources. Without one, PolicyKit uses a
   * private instance.
   */
  i18n?: I18n;
  children?: ReactNode;
}

/**
 * Sets the language of every PolicyKit component below it.
 *
 * @example
 * <PolicyKitProvider locale="id-ID" i18n={hostI18n}>
 *   <PolicyViewer policy={policy} />
 * </PolicyKitProvider>
 */
export function PolicyKitProvider({ locale, i18n, children }: PolicyKitProviderProps) {
  const value = useMemo<PolicyKitContextValue>(() => {
    // Each component adds its own strings to the instance when it first renders.
    return { i18n: i18n ?? ownI18nInstance(), locale };
  }, [i18n, locale]);
  return <PolicyKitContext.Provider value={value}>{children}</PolicyKitContext.Provider>;
}
