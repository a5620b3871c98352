import { useCallback, useEffect, useRef } from 'react';
import type { SectionTree } from '@policykit/sdk';

/** The section id a URL hash names (`#hak-anda` → `hak-anda`), or `undefined`. */
export function idFromHash(hash: string): string | undefined {
  if (!hash || hash === '#') return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return undefined; // a malformed escape such as `#%E0%A4%A`
  }
}

/**
 * Replaces the URL hash with `#id` without adding a history entry (the Back
 * button should leave the page, not step through sections). Sandboxed frames
 * may forbid it; the viewer works the same without it.
 */
export function replaceHash(id: string): void {
  writeHash(id);
}

/**
 * Drops `#id` from the URL when the reader closes that section, so a reload
 * or a shared link does not open it again. Like {@link replaceHash}, no
 * history entry, and nothing when the hash names something else.
 */
export function clearHash(id: string): void {
  writeHash('', id);
}

/** Sets the hash in place (no history entry); with `onlyIf`, only while it names that id. */
function writeHash(hash: string, onlyIf?: string): void {
  try {
    if (onlyIf !== undefined && idFromHash(window.location.hash) !== onlyIf) return;
    const url = new URL(window.location.href);
    url.hash = hash;
    window.history.replaceState(window.history.state, '', url);
  } catch {
    // SecurityError in some sandboxed iframes: keep going without the hash.
  }
}

/** Scrolls a section into view once the browser has laid out what just opened. */
export function scrollToSection(id: string): void {
  requestAnimationFrame(() => {
    // jsdom and very old engines have no scrollIntoView.
    document.getElementById(id)?.scrollIntoView?.({ block: 'start' });
  });
}

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

/**
 * Writes a section the reader opened into the URL hash (or takes one they closed out of it), in
 * a task after the click: the address bar is not what the reader is looking at, so the section
 * opens without waiting for `history.replaceState` (up to ~2 ms on a long page in Chromium).
 * Tasks run in order, so quick open-close-open clicks leave the right hash. Writes still pending
 * when the viewer unmounts are dropped: the page may have moved on to another address.
 */
export function useHashWriter(): (id: string, open: boolean) => void {
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
    };
  }, []);
  return useCallback((id: string, open: boolean) => {
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      if (open) replaceHash(id);
      else clearHash(id);
    }, 0);
    timers.current.add(timer);
  }, []);
}
