import { useCallback, useEffect, useRef } from 'react';
import { clearHash, replaceHash } from '../dom/url-hash';

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
