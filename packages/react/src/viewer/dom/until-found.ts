/**
 * Keeps a collapsed panel findable by the browser's find-in-page:
 * `hidden="until-found"` instead of plain `hidden`. The ref of every
 * collapsed panel (`ref={open ? undefined : markUntilFound}`).
 *
 * React 19.3 renders any `hidden` prop as the boolean `hidden=""`, so the
 * panel gets `hidden={!open}` from React — which the server HTML and
 * hydration agree on, and which hides the panel before any script runs — and
 * React calls this ref, in the same commit and before the browser paints,
 * whenever the panel mounts, hydrates or closes: it turns `hidden=""` into
 * `until-found`. One module-level function, so a section costs no effect and
 * no callback of its own. When find-in-page matches text inside, Chromium
 * removes the attribute itself and fires `beforematch`, which the viewer
 * turns into "open this section".
 */
export function markUntilFound(panel: HTMLElement | null): void {
  panel?.setAttribute('hidden', 'until-found');
}
