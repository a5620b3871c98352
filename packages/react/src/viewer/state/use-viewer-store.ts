import { useCallback, useMemo, useSyncExternalStore } from 'react';
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

/**
 * The open ones among `ids`, in `ids` order: the same array until one of them opens or
 * closes, so a subscriber re-renders only when its own sections change.
 */
export function useOpenAmong(store: ViewerStore, ids: readonly string[]): readonly string[] {
  const subscribe = useCallback(
    (listener: () => void) => {
      const stops = ids.map((id) => store.subscribe(id, listener));
      return () => stops.forEach((stop) => stop());
    },
    [store, ids],
  );
  const get = useMemo(() => openAmong(store, ids), [store, ids]);
  return useSyncExternalStore(subscribe, get, get);
}

/** A snapshot getter for {@link useOpenAmong}: a new array only when the open ones change. */
function openAmong(store: ViewerStore, ids: readonly string[]): () => readonly string[] {
  let last: readonly string[] = [];
  return () => {
    let at = 0;
    let same = true;
    for (const id of ids) {
      if (!store.isOpen(id)) continue;
      if (last[at++] !== id) same = false;
    }
    if (!same || at !== last.length) last = ids.filter((id) => store.isOpen(id));
    return last;
  };
}
