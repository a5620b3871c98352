import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};
const inClient = () => true;
const inServerHtml = () => false;

/**
 * Whether the viewer's script is running: `false` in the server HTML and in
 * the render that hydrates it, `true` from the render right after hydration
 * on, and from the first render of a client-only mount (no extra render there).
 *
 * Progressive enhancement as GOV.UK Frontend's accordion does it: its server
 * HTML has a plain heading and visible content, and only its script adds the
 * buttons, the show-all control and `hidden="until-found"`. The viewer's
 * server HTML is that readable document too — no `<button aria-expanded>`
 * over text that is shown, no `hidden` panel a failed bundle would leave
 * hidden — and the accordion takes over in the render after hydration.
 * `useSyncExternalStore` with a server snapshot is React's own way to render
 * the server's value while hydrating (no mismatch) and the client's right
 * after.
 */
export function useEnhanced(): boolean {
  return useSyncExternalStore(noSubscription, inClient, inServerHtml);
}
