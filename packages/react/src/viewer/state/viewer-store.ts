import { createStore, type ReadableStore, type Store, type StoreListener } from '@policykit/sdk';
import type { TextRange } from '@policykit/sdk/text';

/**
 * What the search found in one section: the query (renderers highlight its
 * terms in the pieces listed) and where. Only sections with a match have one.
 */
export interface SectionHighlight {
  query: string;
  /** Ranges of the section title. */
  title?: TextRange[];
  /** Ranges of the summary. */
  summary?: TextRange[];
  /** Block indexes with a match. */
  blocks: ReadonlySet<number>;
  /** Ranges per block index, for paragraphs (in the spans laid end to end). */
  paragraphs: ReadonlyMap<number, TextRange[]>;
  /** Ranges per block index, for list titles. */
  listTitles: ReadonlyMap<number, TextRange[]>;
  /** Ranges per `${blockIndex}:${itemIndex}`, for list items. */
  items: ReadonlyMap<string, TextRange[]>;
}

/** The viewer's live state. A new object on every change (the store's values are immutable). */
export interface ViewerState {
  /** Open section ids, in the order they were opened (Radix `type="multiple"` order). */
  open: ReadonlySet<string>;
  /** The search's highlight of each section it matched. */
  highlights: ReadonlyMap<string, SectionHighlight>;
}

/**
 * The viewer's live state — which sections are open and what the search
 * highlights — in one SDK store (`createStore`), outside React. Components
 * read it through `useSelector` with a selector per section (and per Radix
 * Root), so a change re-renders only the sections it concerns. With React
 * state or context, opening one of 1000 sections would re-render all 1000,
 * which is what raw Radix Accordion does (~15–20 ms per click in Chromium).
 *
 * Re-rendering only the sections concerned is not enough at 1000 sections:
 * with one plain subscription per selector, every change still ran 2000
 * selectors (two per section) and 60 Roots' filters, ~5 ms of a click's
 * 7.5 ms. So sections subscribe by id ({@link watchSections}): a change calls
 * only the listeners of the ids whose open flag or highlight it changed.
 */
export interface ViewerStore extends Store<ViewerState> {
  /**
   * Calls `listener` after each change to the open flag or highlight of one of
   * `ids` (once per change, however many of them it concerns), and never for
   * changes to other sections.
   */
  subscribeToSections(ids: readonly string[], listener: StoreListener<ViewerState>): () => void;
}

/**
 * Creates the store of one viewer.
 *
 * @example
 * const store = createViewerStore(['intro']);
 * store.subscribe((state) => console.log(state.open.has('intro')));
 * setOpen(store, []); // logs false
 */
export function createViewerStore(initialOpen: readonly string[]): ViewerStore {
  const store = createStore<ViewerState>({ open: new Set(initialOpen), highlights: new Map() });
  const listenersById = new Map<string, Set<StoreListener<ViewerState>>>();

  store.subscribe((next, previous) => {
    const due = new Set<StoreListener<ViewerState>>();
    for (const id of changedSections(next, previous)) {
      for (const listener of listenersById.get(id) ?? []) due.add(listener);
    }
    // As createStore does: one listener's error does not keep the change from the rest.
    let failure: { error: unknown } | undefined;
    for (const listener of due) {
      try {
        listener(next, previous);
      } catch (error) {
        failure ??= { error };
      }
    }
    if (failure) throw failure.error;
  });

  return {
    ...store,
    subscribeToSections(ids, listener) {
      // A wrapper per call, so the same function subscribed twice is two subscriptions.
      const own: StoreListener<ViewerState> = (next, previous) => listener(next, previous);
      for (const id of ids) {
        let listeners = listenersById.get(id);
        if (!listeners) listenersById.set(id, (listeners = new Set()));
        listeners.add(own);
      }
      return () => {
        for (const id of ids) {
          const listeners = listenersById.get(id);
          listeners?.delete(own);
          if (listeners?.size === 0) listenersById.delete(id);
        }
      };
    },
  };
}

/**
 * The store as seen by the sections `ids`: the same state, but its
 * subscribers hear only of changes to those sections — what a section (or a
 * Root) hands `useSelector`.
 */
export function watchSections(
  store: ViewerStore,
  ids: readonly string[],
): ReadableStore<ViewerState> {
  return {
    get: store.get,
    subscribe: (listener) => store.subscribeToSections(ids, listener),
  };
}

/** The ids whose open flag or highlight differs between two states. */
function changedSections(next: ViewerState, previous: ViewerState): Set<string> {
  const changed = new Set<string>();
  if (next.open !== previous.open) {
    for (const id of next.open) if (!previous.open.has(id)) changed.add(id);
    for (const id of previous.open) if (!next.open.has(id)) changed.add(id);
  }
  if (next.highlights !== previous.highlights) {
    for (const [id, highlight] of next.highlights) {
      if (previous.highlights.get(id) !== highlight) changed.add(id);
    }
    for (const id of previous.highlights.keys()) {
      if (!next.highlights.has(id)) changed.add(id);
    }
  }
  return changed;
}

/** The open ids, in the order they were opened. */
export function openIds(state: ViewerState): string[] {
  return [...state.open];
}

/** Replaces the open set; the same ids in the same order change nothing and notify no one. */
export function setOpen(store: ViewerStore, ids: readonly string[]): void {
  store.set((state) => {
    const open = new Set(ids);
    return sameIds(openIds(state), [...open]) ? state : { ...state, open };
  });
}

/** Sets (or, with `undefined`, clears) the highlights of these sections. */
export function setHighlights(
  store: ViewerStore,
  entries: Iterable<readonly [string, SectionHighlight | undefined]>,
): void {
  store.set((state) => {
    const highlights = new Map(state.highlights);
    for (const [id, highlight] of entries) {
      if (highlight) highlights.set(id, highlight);
      else highlights.delete(id);
    }
    return { ...state, highlights };
  });
}

/** Whether two id lists hold the same ids in the same order. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
