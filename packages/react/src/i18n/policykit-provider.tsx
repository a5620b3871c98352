import { useMemo, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { PolicyKitContext, type PolicyKitContextValue } from './policykit-context';
import { addPolicyKitNamespace, ownI18nInstance } from './own-i18n-instance';

export interface PolicyKitProviderProps {
  /**
   * BCP 47 locale for UI strings and dates (`id-ID`, `en-GB`). Without it,
   * components follow the host instance's language, or else the document's locale.
   */
  locale?: string;
  /**
   * The host's i18next instance. PolicyKit adds its own `policykit` namespace to
   * it and never changes its language or other resources. Without one, PolicyKit
   * uses a private instance.
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
    const instance = i18n ?? ownI18nInstance();
    if (i18n) addPolicyKitNamespace(i18n);
    return { i18n: instance, locale };
  }, [i18n, locale]);
  return <PolicyKitContext.Provider value={value}>{children}</PolicyKitContext.Provider>;
}
