import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { HOST_NAMESPACE, hostStrings, type HostLanguage } from './host-strings';

/**
 * The host app's own i18next instance — the kind an existing app already has. It is handed
 * to `<PolicyKitProvider i18n={hostI18n}>`, which adds PolicyKit's namespace to it and
 * leaves the host's namespace and language alone.
 *
 * @example
 * const { t } = useTranslation(); // the host's `app` namespace, in the host's language
 */
export function createHostI18n(language: HostLanguage) {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    ns: [HOST_NAMESPACE],
    defaultNS: HOST_NAMESPACE,
    resources: {
      en: { [HOST_NAMESPACE]: hostStrings.en },
      id: { [HOST_NAMESPACE]: hostStrings.id },
    },
    // Strings are bundled: initialise synchronously so the first render has them.
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already.
  });
  return instance;
}
