import { useEffect, useLayoutEffect, type RefObject } from 'react';

// Layout effects do not run on the server; React 18 warns when they are used there.
/** `useLayoutEffect` in the browser, `useEffect` on the server (one definition for the viewer). */
export const useIsomorphicLayoutEffect =
  typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Keeps a collapsed panel findable by the browser's find-in-page:
 * `hidden="until-found"` instead of plain `hidden`.
 *
 * React 19.3 renders any `hidden` prop as the boolean `hidden=""`, so the
 * panel gets `hidden={!open}` from React — which the server HTML and
 * hydration agree on, and which hides the panel before any script runs — and
 * this effect turns that into `until-found` before the browser paints. When
 * find-in-page matches text inside, Chromium removes the attribute itself and
 * fires `beforematch`, which the viewer turns into "open this section".
 */
export function useUntilFound(ref: RefObject<HTMLElement | null>, open: boolean): void {
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (element && !open) element.setAttribute('hidden', 'until-found');
  }, [ref, open]);
}
