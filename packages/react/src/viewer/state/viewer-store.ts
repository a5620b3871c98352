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

/** One section's live state; a new object whenever either part changes. */
export interface SectionState {
  open: boolean;
  highlight: SectionHighlight | undefined;
}

type Listener = () => void;

const CLOSED: SectionState = { open: false, highlight: undefined };
const OPEN: SectionState = { open: true, highlight: undefined };

/**
 * The viewer's live state — which sections are open and what the search
 * highlights — kept outside React so that a change re-renders only the
 * sections it concerns (one `useSyncExternalStore` per section). With React
 * state or context, opening one of 1000 sections re-renders all 1000, which
 * is what raw Radix Accordion does (~15–20 ms per click in Chromium).
 */
export interface ViewerStore {
  /** Open section ids, in the order they were opened (Radix `type="multiple"` order). */
  getOpen(): readonly string[];
  isOpen(id: string): boolean;
  /** Replaces the open set, notifying only sections whose state changed. */
  setOpen(ids: readonly string[]): void;
  /** One section's state; the same object until it changes. */
  getSection(id: string): SectionState;
  /** Sets (or, with `undefined`, clears) the highlights of these sections. */
  setHighlights(entries: Iterable<readonly [string, SectionHighlight | undefined]>): void;
  /** Ids of sections that have a highlight now. */
  highlighted(): string[];
  /** Subscribes to one section's state. */
  subscribe(id: string, listener: Listener): () => void;
  /** Subscribes to any change of the open set. */
  subscribeAll(listener: Listener): () => void;
}

/**
 * Creates the store of one viewer.
 *
 * @example
 * const store = createViewerStore(['intro']);
 * store.subscribe('intro', () => console.log(store.isOpen('intro')));
 * store.setOpen([]); // logs false
 */
export function createViewerStore(initialOpen: readonly string[]): ViewerStore {
  let open: readonly string[] = [...new Set(initialOpen)];
  let openSet = new Set(open);
  const states = new Map<string, SectionState>();
  const listeners = new Map<string, Set<Listener>>();
  const allListeners = new Set<Listener>();

  const getSection = (id: string): SectionState =>
    states.get(id) ?? (openSet.has(id) ? OPEN : CLOSED);
  const update = (id: string, next: SectionState) => {
    if (next.highlight) states.set(id, next);
    else states.delete(id); // plain open/closed states are shared constants
    listeners.get(id)?.forEach((listener) => listener());
  };

  return {
    getOpen: () => open,
    isOpen: (id) => openSet.has(id),
    getSection,
    setOpen(ids) {
      const next = new Set(ids);
      const changed: string[] = [];
      for (const id of next) if (!openSet.has(id)) changed.push(id);
      for (const id of openSet) if (!next.has(id)) changed.push(id);
      if (changed.length === 0 && ids.length === open.length) return;
      open = [...next];
      openSet = next;
      for (const id of changed) {
        const highlight = states.get(id)?.highlight;
        update(id, highlight ? { open: next.has(id), highlight } : next.has(id) ? OPEN : CLOSED);
      }
      allListeners.forEach((listener) => listener());
    },
    setHighlights(entries) {
      for (const [id, highlight] of entries) {
        if (states.get(id)?.highlight === highlight) continue;
        const isOpen = openSet.has(id);
        update(id, highlight ? { open: isOpen, highlight } : isOpen ? OPEN : CLOSED);
      }
    },
    highlighted: () => [...states.keys()],
    subscribe(id, listener) {
      let set = listeners.get(id);
      if (!set) listeners.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    subscribeAll(listener) {
      allListeners.add(listener);
      return () => {
        allListeners.delete(listener);
      };
    },
  };
}
