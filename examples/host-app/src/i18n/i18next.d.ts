import 'i18next';
import type { HOST_NAMESPACE, hostStrings } from './host-strings';

// Typed keys for the host's own namespace (react-i18next's documented augmentation).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof HOST_NAMESPACE;
    resources: { app: typeof hostStrings.en };
  }
}
