import { useLayoutEffect, type ReactNode } from 'react';
import { PolicyKitProvider } from '@policykit/react';
import { brandClassName, type StoryGlobals } from './story-globals';

export interface StoryFrameProps extends StoryGlobals {
  /** Docs pages show many stories on one page: no full-height frame there. */
  inDocs: boolean;
  children: ReactNode;
}

/**
 * What a host app does around PolicyKit: a provider with the UI locale, and a root
 * element carrying the brand class and the colour scheme.
 *
 * The same class and `data-theme` are mirrored onto `<html>`, as a host would set them:
 * Radix portals (the policy-updated dialog) render into `<body>`, outside the frame, and
 * must be themed too, and the page behind a long story must be the theme's background
 * (axe measures contrast against what is really painted there).
 */
export function StoryFrame({ locale, brand, scheme, inDocs, children }: StoryFrameProps) {
  const brandClass = brandClassName(brand);

  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = scheme;
    if (brandClass) root.classList.add(brandClass);
    return () => {
      delete root.dataset.theme;
      if (brandClass) root.classList.remove(brandClass);
    };
  }, [brandClass, scheme]);

  const className = ['sb-pk-frame', inDocs ? 'sb-pk-frame--docs' : '', brandClass ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <PolicyKitProvider locale={locale}>
      <div className={className} data-theme={scheme} lang={locale}>
        {children}
      </div>
    </PolicyKitProvider>
  );
}
