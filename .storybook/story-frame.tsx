import { useLayoutEffect, useState, type ReactNode } from 'react';
import { PolicyKitProvider } from '@policykit/react';
import { brandClassName, type StoryGlobals } from './story-globals';

export interface StoryFrameProps extends StoryGlobals {
  /** Docs pages show many stories on one page: no full-height frame there. */
  inDocs: boolean;
  children: ReactNode;
}

/**
 * What a host app does around PolicyKit: a provider with the UI locale, and a wrapper element
 * carrying the brand class and the colour scheme — the wrapper only, as the README tells hosts.
 *
 * Nothing is copied onto `<html>` (it used to be, and that hid the gap issue 16 found: a brand on
 * a wrapper did not reach the dialog's portal under `<body>`). Portals go into the themed
 * wrapper through the provider's `portalContainer`, the way a host themes them, so a story
 * that looks right here looks right on a host page.
 */
export function StoryFrame({ locale, brand, scheme, inDocs, children }: StoryFrameProps) {
  const [portalContainer, setPortalContainer] = useState<HTMLElement | null>(null);
  const brandClass = brandClassName(brand);

  // The page behind a long story is painted in the frame's background colour (a host's page is
  // its own background; axe measures text deep in the Long story against what <html> paints).
  // Only the colour is copied — no class, no tokens — so portals still theme only through the
  // wrapper, as on a host page.
  useLayoutEffect(() => {
    if (!portalContainer) return;
    const root = document.documentElement;
    root.style.backgroundColor = getComputedStyle(portalContainer).backgroundColor;
    return () => {
      root.style.removeProperty('background-color');
    };
  }, [portalContainer, brandClass, scheme]);

  const className = ['sb-pk-frame', inDocs ? 'sb-pk-frame--docs' : '', brandClass ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <PolicyKitProvider locale={locale} portalContainer={portalContainer}>
      <div ref={setPortalContainer} className={className} data-theme={scheme} lang={locale}>
        {children}
      </div>
    </PolicyKitProvider>
  );
}
