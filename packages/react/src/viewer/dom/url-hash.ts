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
