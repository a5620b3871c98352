import { useEffect, useSyncExternalStore } from 'react';
import { isProductId, type ProductId } from './products';

/**
 * A tiny History-API router. Not the hash: `#section-id` belongs to `<PolicyViewer>`'s deep
 * links, so the host keeps its routes in the path and leaves the hash alone.
 */
export type Page = 'dashboard' | 'login' | 'policy' | 'rights';

export type Route = { product: ProductId; page: Page } | { product: ProductId; page: 'not-found' };

const PATHS: Record<Page, string> = {
  dashboard: '',
  login: 'login',
  policy: 'privacy',
  rights: 'data-rights',
};

/** `/ctt/privacy` for `('ctt', 'policy')`. */
export function pathFor(product: ProductId, page: Page): string {
  return `/${product}/${PATHS[page]}`;
}

export function parseRoute(pathname: string): Route {
  const [, first, rest = '', ...more] = pathname.split('/');
  const product = isProductId(first) ? first : 'ctt';
  if (!isProductId(first) || more.length > 0) {
    return { product, page: pathname === '/' ? 'dashboard' : 'not-found' };
  }
  const page = (Object.keys(PATHS) as Page[]).find((key) => PATHS[key] === rest);
  return { product, page: page ?? 'not-found' };
}

const NAVIGATE = 'host-app:navigate';

function subscribe(listener: () => void) {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE, listener);
  };
}

/** The current path (without the hash: the hash changing is the viewer's business). */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** Client-side navigation to a same-origin URL (path, query and hash). */
export function navigate(to: string, { replace = false } = {}): void {
  const url = new URL(to, window.location.href);
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  if (!url.hash) window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** Whether a click should be left to the browser (new tab, download, another origin…). */
function isPlainClick(event: MouseEvent, anchor: HTMLAnchorElement) {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey &&
    (!anchor.target || anchor.target === '_self') &&
    !anchor.hasAttribute('download') &&
    anchor.origin === window.location.origin
  );
}

/**
 * Routes same-origin links to other pages of the app without a reload — also the links
 * PolicyKit renders (the dialog's "what changed" links point at `/ctt/privacy#section`).
 * Links within the current page (`#section` only) are left to the browser, so the
 * viewer hears its `hashchange`.
 */
export function useInternalLinks(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || !isPlainClick(event, anchor)) return;
      if (anchor.pathname === window.location.pathname) return;
      event.preventDefault();
      navigate(anchor.href);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
