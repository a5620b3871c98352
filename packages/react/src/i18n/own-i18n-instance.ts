import { createInstance, type i18n as I18n } from 'i18next';
import { I18N_NAMESPACE, resources } from '@policykit/sdk';

let shared: I18n | undefined;

/**
 * PolicyKit's own i18next instance, for hosts that bring none. Created once and
 * initialised synchronously (the resources are bundled), so the first render,
 * on the server too, already has its strings.
 */
export function ownI18nInstance(): I18n {
  if (!shared) {
    shared = createInstance();
    void shared.init({
      resources,
      ns: [I18N_NAMESPACE],
      defaultNS: I18N_NAMESPACE,
      lng: 'en',
      fallbackLng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes; i18next must not double-escape.
      returnNull: false,
    });
  }
  return shared;
}

/**
 * Adds PolicyKit's namespace to a host's instance without touching anything of
 * the host's: no language change, no overwriting of keys the host already set
 * (a host may override our strings by adding the namespace first).
 */
export function addPolicyKitNamespace(i18n: I18n): void {
  for (const [language, bundle] of Object.entries(resources)) {
    if (!i18n.hasResourceBundle(language, I18N_NAMESPACE)) {
      i18n.addResourceBundle(language, I18N_NAMESPACE, bundle[I18N_NAMESPACE], true, false);
    }
  }
}
