import { useCallback, useSyncExternalStore } from 'react';
import type { SectionState, ViewerStore } from './viewer-store';

/** One section's open state and highlight; re-renders only when that section changes. */
export function useSectionState(store: ViewerStore, id: string): SectionState {
  const subscribe = useCallback(
    (listener: () => void) => store.subscribe(id, listener),
    [store, id],
  );
  const get = () => store.getSection(id);
  return useSyncExternalStore(subscribe, get, get);
}

/** Whether every one of `ids` is open (for the show all / hide all control). */
export function useAllOpen(store: ViewerStore, ids: readonly string[]): boolean {
  const get = () => ids.length > 0 && ids.every((id) => store.isOpen(id));
  return useSyncExternalStore(store.subscribeAll, get, get);
}
