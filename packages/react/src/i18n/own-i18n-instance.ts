import { createInstance, type i18n as I18n } from 'i18next';
import { I18N_NAMESPACE } from '@policykit/sdk';

let shared: I18n | undefined;

/**
 * PolicyKit's own i18next instance, for hosts that bring none. Created once and
 * initialised synchronously with an empty `policykit` namespace: each component adds
 * its own strings (`addStringAreas`) before it first translates, so the first render,
 * on the server too, already has them, and a page with only a form never downloads
 * the viewer's or the dialog's strings.
 */
export function ownI18nInstance(): I18n {
  if (!shared) {
    shared = createInstance();
    void shared.init({
      // Bundled (empty until a component adds its areas): nothing is ever fetched.
      resources: {},
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
