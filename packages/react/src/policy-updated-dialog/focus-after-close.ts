/**
 * Where focus goes when the dialog closes and there is no element to return it to — the dialog
 * opened on page load, or the control the person was on has gone. Left alone, focus falls to
 * `<body>` and a keyboard or screen-reader user starts again from the top of the document. APG
 * dialog pattern: focus returns to the invoker, or where the work logically continues.
 *
 * A CSS selector, an element, or a function returning one (read when the dialog closes).
 */
export type ReturnFocusTarget = string | HTMLElement | (() => HTMLElement | null | undefined);

// The page's main content, else a policy viewer on the page: where the person reads on.
const DEFAULT_TARGETS = ['main', '[role="main"]', '.pk-PolicyViewer'];

/** The element named by `target` (when it is on the page), else the default's first match. */
export function returnFocusElement(target: ReturnFocusTarget | undefined): HTMLElement | null {
  const named = resolve(target);
  if (named?.isConnected) return named;
  for (const selector of DEFAULT_TARGETS) {
    const found = document.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

function resolve(target: ReturnFocusTarget | undefined): HTMLElement | null {
  if (target === undefined) return null;
  if (typeof target === 'string') return document.querySelector<HTMLElement>(target);
  if (typeof target === 'function') return target() ?? null;
  return target;
}

/**
 * Focuses `element`; one that is not focusable (a `<main>`) becomes so until it loses focus —
 * the skip-link technique GOV.UK Frontend uses — so a later click does not ring the whole of it.
 */
export function focusOnce(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus();
}

const TABBABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

/** The last element Tab reaches inside `container` (DOM order; positive tabindex is not used here). */
export function lastTabbable(container: HTMLElement): HTMLElement | null {
  const candidates = Array.from(container.querySelectorAll<HTMLElement>(TABBABLE));
  for (let i = candidates.length - 1; i >= 0; i--) {
    const candidate = candidates[i];
    if (candidate && candidate.tabIndex >= 0 && isRendered(candidate)) return candidate;
  }
  return null;
}

function isRendered(element: HTMLElement): boolean {
  // checkVisibility: display:none, content-visibility and `hidden` ancestors (Chromium 105+).
  return typeof element.checkVisibility === 'function'
    ? element.checkVisibility({ visibilityProperty: true })
    : element.getClientRects().length > 0;
}
