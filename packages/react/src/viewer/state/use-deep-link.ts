import { useEffect } from 'react';
import type { SectionTree } from '@policykit/sdk';
import { idFromHash, scrollToSection } from '../dom/url-hash';

/**
 * Deep links: a `#section-id` in the URL at load time, or arriving later
 * (`hashchange`, e.g. from the table of contents or a link in the dialog of
 * changes), opens that section and every section around it, then scrolls it
 * into view.
 */
export function useDeepLink(tree: SectionTree, reveal: (ids: string[]) => void): void {
  useEffect(() => {
    const fromHash = () => {
      const id = idFromHash(window.location.hash);
      if (id === undefined || !tree.has(id)) return;
      reveal(tree.withAncestors([id]));
      scrollToSection(id);
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [tree, reveal]);
}
