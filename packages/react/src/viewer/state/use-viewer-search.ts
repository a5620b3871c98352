import { useEffect, useMemo } from 'react';
import {
  createSearchIndex,
  searchPolicy,
  type PolicyDocument,
  type PolicySearchIndex,
  type PolicySearchResult,
  type SectionTree,
} from '@policykit/sdk';
import { type TextRange } from '@policykit/sdk/text';
import { countMatches } from './count-matches';
import { openIds, setHighlights, type SectionHighlight, type ViewerStore } from './viewer-store';

/** The search as the search box drives it. Stable for one document. */
export interface ViewerSearch {
  /** Builds the index ahead of the first keystroke (on focus). */
  prepare(): void;
  /**
   * Runs a query: opens the sections holding matches (closing those it opened
   * for an earlier query), highlights them, and returns how many highlights
   * there are. The first sections (in reading order) change before this
   * returns; in a long policy the rest follow in slices of
   * {@link HIGHLIGHT_SLICE}, one task each, so a keystroke never waits for the
   * whole document and the next keystroke cancels what is left.
   */
  run(query: string): number;
  /** Paints any highlights still pending (before stepping through them). */
  flush(): void;
  /** The reader opened or closed a section: the search must not close it later. */
  forget(id: string): void;
  /** Forgets every section the search opened (after show all / hide all). */
  forgetAll(): void;
  /** Drops the slices not applied yet (on unmount, or when the document changes). */
  cancel(): void;
}

/**
 * Sections changed (highlighted, opened or closed) per slice. A realistic
 * policy (≤ 30 sections) changes in one go; a long one in slices of well
 * under a frame's work each.
 */
export const HIGHLIGHT_SLICE = 32;

interface MutableHighlight extends SectionHighlight {
  blocks: Set<number>;
  paragraphs: Map<number, TextRange[]>;
  listTitles: Map<number, TextRange[]>;
  items: Map<string, TextRange[]>;
}

/** Groups search results by section into what the renderers highlight. */
export function highlightsFrom(
  results: readonly PolicySearchResult[],
  query: string,
): Map<string, SectionHighlight> {
  const bySection = new Map<string, MutableHighlight>();
  for (const result of results) {
    let h = bySection.get(result.sectionId);
    if (!h) {
      h = {
        query,
        blocks: new Set(),
        paragraphs: new Map(),
        listTitles: new Map(),
        items: new Map(),
      };
      bySection.set(result.sectionId, h);
    }
    const block = result.blockIndex ?? -1;
    switch (result.kind) {
      case 'title':
        h.title = result.matches;
        break;
      case 'summary':
        h.summary = result.matches;
        break;
      case 'paragraph':
        h.blocks.add(block);
        h.paragraphs.set(block, result.matches);
        break;
      case 'list-title':
        h.blocks.add(block);
        h.listTitles.set(block, result.matches);
        break;
      case 'list-item':
        h.blocks.add(block);
        h.items.set(`${block}:${result.itemIndex ?? -1}`, result.matches);
        break;
      case 'callout':
      case 'contact':
      case 'table-caption':
      case 'table-header':
      case 'table-cell':
      case 'image':
        // The whole block highlights the query's terms (see wholeBlockMarks).
        h.blocks.add(block);
        break;
      default:
        result.kind satisfies never;
    }
  }
  return bySection;
}

/**
 * Sections a set of results needs open: the enclosing sections of every
 * match, and the section itself when the match is in its content (a title
 * or summary is visible while collapsed).
 */
function sectionsToOpen(results: readonly PolicySearchResult[]): Set<string> {
  const ids = new Set<string>();
  for (const result of results) {
    const path = result.sectionPath;
    const inContent = result.kind !== 'title' && result.kind !== 'summary';
    const end = inContent ? path.length : path.length - 1;
    for (let i = 0; i < end; i++) ids.add(path[i]!);
  }
  return ids;
}

/** Runs `task` soon, after the browser had a chance to handle input and paint. */
function soon(task: () => void): () => void {
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}

/**
 * In-policy search over the SDK's index (built once per document, on first
 * use). A query re-renders only sections whose highlight changes — others
 * keep their memoized render — and opens the sections its matches are in;
 * refining or clearing the query closes again what the search opened, never
 * a section the reader opened themselves.
 */
export function useViewerSearch(
  doc: PolicyDocument,
  tree: SectionTree,
  store: ViewerStore,
  setValue: (next: readonly string[]) => void,
  accordion: boolean,
): ViewerSearch {
  const search = useMemo(
    () => createViewerSearch(doc, tree, store, setValue, accordion),
    [doc, tree, store, setValue, accordion],
  );
  // A slice still pending would otherwise run after unmount, or apply an old document's results
  // (and call the host's onValueChange) after the document changed.
  useEffect(() => search.cancel, [search]);
  return search;
}

/** One section's part of a query's effect: its new highlight, and whether to open or close it. */
interface SectionChange {
  id: string;
  highlight: SectionHighlight | undefined;
  open: boolean;
  close: boolean;
}

function createViewerSearch(
  doc: PolicyDocument,
  tree: SectionTree,
  store: ViewerStore,
  setValue: (next: readonly string[]) => void,
  accordion: boolean,
): ViewerSearch {
  let index: PolicySearchIndex | undefined;
  /** Sections this search opened (and may close again); the reader's own choices never enter. */
  const opened = new Set<string>();
  let pending: SectionChange[] = [];
  let cancelSlice: (() => void) | undefined;

  // Applies the next `count` changes: one store update and one open-state change per slice.
  const apply = (count: number) => {
    const slice = pending.splice(0, count);
    setHighlights(
      store,
      slice.map((change) => [change.id, change.highlight] as const),
    );
    const open = slice.filter((change) => change.open).map((change) => change.id);
    const close = new Set(slice.filter((change) => change.close).map((change) => change.id));
    if (open.length > 0 || close.size > 0) {
      for (const id of open) opened.add(id);
      for (const id of close) opened.delete(id);
      setValue([...openIds(store.get()).filter((id) => !close.has(id)), ...open]);
    }
    cancelSlice = pending.length > 0 ? soon(() => apply(HIGHLIGHT_SLICE)) : undefined;
  };
  const flush = () => {
    cancelSlice?.();
    cancelSlice = undefined;
    if (pending.length > 0) apply(pending.length);
  };
  const prepare = () => {
    index ??= createSearchIndex(doc);
  };

  return {
    prepare,
    flush,
    run(query) {
      prepare();
      cancelSlice?.();
      const results = searchPolicy(index!, query);
      const highlights = highlightsFrom(results, query);
      const need = accordion ? sectionsToOpen(results) : new Set<string>();
      const { open: openNow, highlights: shown } = store.get();

      // Every section this query changes, in reading order, so the top of the policy is done first.
      pending = [];
      for (const id of tree.ids) {
        const highlight = highlights.get(id);
        const open = need.has(id) && !openNow.has(id);
        const close = opened.has(id) && !need.has(id);
        if (highlight || shown.has(id) || open || close)
          pending.push({ id, highlight, open, close });
      }
      apply(HIGHLIGHT_SLICE);
      return countMatches(results, query, tree);
    },
    forget(id) {
      opened.delete(id);
    },
    forgetAll() {
      opened.clear();
    },
    cancel() {
      cancelSlice?.();
      cancelSlice = undefined;
      pending = [];
    },
  };
}
