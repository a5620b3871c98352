import { createStore, type Store } from '@policykit/sdk';
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
 */
export type ViewerStore = Store<ViewerState>;

/**
 * Creates the store of one viewer.
 *
 * @example
 * const store = createViewerStore(['intro']);
 * store.subscribe((state) => console.log(state.open.has('intro')));
 * setOpen(store, []); // logs false
 */
export function createViewerStore(initialOpen: readonly string[]): ViewerStore {
  return createStore<ViewerState>({ open: new Set(initialOpen), highlights: new Map() });
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
