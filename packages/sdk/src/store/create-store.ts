/**
 * A value that changes over time, and who wants to know: the one state primitive every
 * stateful PolicyKit object is built on (open sections, a request in flight, a draft, the
 * dialog's prompt, acknowledgements). The shape is TanStack Store's (`get` / `set` /
 * `subscribe`), so React reads it with `useSyncExternalStore` and a plain script with a
 * callback, and neither needs to know how the other does it.
 */

/** What a reader of a store may do: read the current value and hear of every change. */
export interface ReadableStore<T> {
  /** The current value. The same object until `set` gives another one (safe for React snapshots). */
  get(): T;
  /**
   * Calls `listener(next, previous)` after every change, until the returned function is called.
   * A listener added during a notification hears the next change, not this one.
   */
  subscribe(listener: StoreListener<T>): () => void;
}

/** A store its owner can change. */
export interface Store<T> extends ReadableStore<T> {
  /**
   * Replaces the value (or computes it from the current one). Listeners are told only when the
   * new value differs from the old one by the store's `isEqual` (`Object.is` by default).
   */
  set(next: T | ((previous: T) => T)): void;
}

export type StoreListener<T> = (next: T, previous: T) => void;

export interface StoreOptions<T> {
  /** When two values count as the same, so that `set` tells no one. Default `Object.is`. */
  isEqual?: (a: T, b: T) => boolean;
}

/**
 * Creates a store holding `initial`.
 *
 * @example
 * const open = createStore<readonly string[]>([]);
 * const stop = open.subscribe((ids) => console.log('open:', ids));
 * open.set((ids) => [...ids, 'hak-anda']); // open: ['hak-anda']
 * stop();
 */
export function createStore<T>(initial: T, options: StoreOptions<T> = {}): Store<T> {
  const isEqual = options.isEqual ?? Object.is;
  const listeners = new Set<StoreListener<T>>();
  let value = initial;

  return {
    get: () => value,
    set(next) {
      const previous = value;
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
      if (isEqual(previous, resolved)) return;
      value = resolved;
      // A copy: a listener that subscribes or unsubscribes others must not change who hears
      // this change. One listener's error must not keep the change from the rest: the first
      // error is rethrown once every listener has been called.
      let failure: { error: unknown } | undefined;
      for (const listener of [...listeners]) {
        if (!listeners.has(listener)) continue;
        try {
          listener(resolved, previous);
        } catch (error) {
          failure ??= { error };
        }
      }
      if (failure) throw failure.error;
    },
    subscribe(listener) {
      const own = (next: T, previous: T) => listener(next, previous);
      listeners.add(own);
      return () => {
        listeners.delete(own);
      };
    },
  };
}
