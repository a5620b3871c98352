import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { ReadableStore } from '@policykit/sdk';

/**
 * Reads a part of an SDK store and re-renders only when that part changes: the one way the
 * React layer subscribes to PolicyKit state (TanStack's `useSelector` shape, on React's
 * `useSyncExternalStore`, so concurrent renders never tear).
 *
 * `select` may return a new object each time and may be an inline function: while `isEqual`
 * (default `Object.is`) says a new selection is the same as the one last rendered, the last one
 * is returned, so `useSyncExternalStore` sees a stable snapshot and nothing re-renders. The
 * same snapshot serves the server render and hydration.
 *
 * @example
 * const status = useSelector(submission, (state) => state.status);
 */
export function useSelector<T, S = T>(
  store: ReadableStore<T>,
  select: (state: T) => S = identity as (state: T) => S,
  isEqual: (a: S, b: S) => boolean = Object.is,
): S {
  const rendered = useRef<{ value: S } | undefined>(undefined);
  // React may call the snapshot getter many times per render: one selection per store value
  // A new store, selector or isEqual selects afresh.
  const last = useRef<
    { store: unknown; select: unknown; isEqual: unknown; state: T; selection: S } | undefined
  >(undefined);
  const subscribe = useCallback((onChange: () => void) => store.subscribe(onChange), [store]);
  const getSelection = useCallback((): S => {
    const state = store.get();
    const cached = last.current;
    if (
      cached?.store === store &&
      cached.select === select &&
      cached.isEqual === isEqual &&
      Object.is(cached.state, state)
    ) {
      return cached.selection;
    }
    const next = select(state);
    const previous = rendered.current;
    const selection = previous && isEqual(previous.value, next) ? previous.value : next;
    last.current = { store, select, isEqual, state, selection };
    return selection;
  }, [store, select, isEqual]);
  const value = useSyncExternalStore(subscribe, getSelection, getSelection);
  useEffect(() => {
    rendered.current = { value };
  }, [value]);
  return value;
}

function identity<T>(value: T): T {
  return value;
}
