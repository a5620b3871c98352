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
  /**
   * Where PolicyKit's portals render — the `<PolicyUpdatedDialog>`, which otherwise sits
   * under `<body>`, outside the element that carries your brand class and `data-theme`, and so
   * would miss their `--pk-*` tokens. Give an element inside your themed wrapper (from a
   * callback ref into state, so it exists by the time the dialog opens, which is never
   * before hydration). Default: `document.body`.
   */
  portalContainer?: HTMLElement | null;
  /**
   * Class names for the elements PolicyKit renders in portals (the dialog and its backdrop):
   * the simplest way to give them your brand's tokens when your brand is a class
   * (`portalClassName="my-brand"` for `.my-brand { --pk-color-accent: … }`).
   */
  portalClassName?: string;
  children?: ReactNode;
}

/**
 * Sets the language of every PolicyKit component below it, and where and how its portals
 * (the dialog) render, so a brand theme reaches them too.
 *
 * @example
 * <PolicyKitProvider locale="id-ID" i18n={hostI18n} portalClassName="my-brand">
 *   <PolicyViewer policy={policy} />
 *   <PolicyUpdatedDialog policy={policy} store={store} />
 * </PolicyKitProvider>
 */
export function PolicyKitProvider({
  locale,
  i18n,
  portalContainer,
  portalClassName,
  children,
}: PolicyKitProviderProps) {
  const value = useMemo<PolicyKitContextValue>(() => {
    // Each component adds its own strings to the instance when it first renders.
    return { i18n: i18n ?? ownI18nInstance(), locale, portalContainer, portalClassName };
  }, [i18n, locale, portalContainer, portalClassName]);
  return <PolicyKitContext.Provider value={value}>{children}</PolicyKitContext.Provider>;
}
