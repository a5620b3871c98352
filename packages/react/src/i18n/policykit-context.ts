import { createContext } from 'react';
import type { i18n as I18n } from 'i18next';

export interface PolicyKitContextValue {
  /** The i18next instance PolicyKit reads its `policykit` namespace from (the host's or its own). */
  i18n: I18n;
  /** The locale set on the provider; `undefined` means "follow the document / the host's language". */
  locale: string | undefined;
  /** Where PolicyKit's portals (the dialog) render; `undefined`: `document.body`. */
  portalContainer?: HTMLElement | null;
  /** Classes on the elements PolicyKit renders in portals (a brand class, for its tokens). */
  portalClassName?: string;
}

// Marked pure so a bundle that never renders a PolicyKit component can drop it.
/** `null` outside a provider: components then follow the document's locale. */
export const PolicyKitContext = /* @__PURE__ */ createContext<PolicyKitContextValue | null>(null);
