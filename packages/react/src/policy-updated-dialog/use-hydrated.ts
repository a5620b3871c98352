import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * `false` on the server and during hydration, `true` in every render after it (and from
 * the first render of a client-only root, where there is nothing to mismatch).
 *
 * React renders the hydration pass with the *server* snapshot, so anything gated on this
 * renders the same HTML as the server did; the switch to `true` is an ordinary re-render
 * afterwards. This is how PolicyKit keeps browser-only state (storage, the clock) out of
 * the first render without an effect-and-setState round trip.
 *
 * @example
 * const hydrated = useHydrated();
 * return hydrated ? <ClientOnlyBanner /> : null;
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, onClient, onServer);
}
