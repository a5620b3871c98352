import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

// `navigator.onLine === false` is reliable ("certainly offline"); `true` only means a network
// interface is up, so the form still handles network errors when it says online.
const getSnapshot = () => navigator.onLine !== false;
// On the server, and during hydration, assume online so the HTML matches.
const getServerSnapshot = () => true;

/**
 * Whether the browser believes it is online, updated on the `online`/`offline` events.
 *
 * @example
 * const online = useOnlineStatus();
 * {online ? null : <p role="status">You are offline</p>}
 */
export function useOnlineStatus(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
