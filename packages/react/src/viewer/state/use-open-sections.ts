import { useCallback, useRef, useState } from 'react';
import type { SectionTree } from '@policykit/sdk';
import { useIsomorphicLayoutEffect } from '../dom/use-isomorphic-layout-effect';
import { createViewerStore, openIds, sameIds, setOpen, type ViewerStore } from './viewer-store';

/** Which sections start open: none, the first, all, or these ids (their ancestors open too). */
export type DefaultExpanded = 'none' | 'first' | 'all' | readonly string[];

export interface OpenSectionsOptions {
  tree: SectionTree;
  value: readonly string[] | undefined;
  defaultValue: readonly string[] | undefined;
  defaultExpanded: DefaultExpanded | undefined;
  onValueChange: ((value: string[]) => void) | undefined;
}

export interface OpenSections {
  store: ViewerStore;
  /** Asks for a new open set: applied at once when uncontrolled, reported through `onValueChange` always. */
  setValue(next: readonly string[]): void;
}

/** The ids `defaultExpanded` stands for in a document. */
export function expandedIds(tree: SectionTree, expanded: DefaultExpanded | undefined): string[] {
  if (expanded === undefined || expanded === 'none') return [];
  if (expanded === 'all') return [...tree.ids];
  if (expanded === 'first') return tree.ids.slice(0, 1);
  return tree.withAncestors(expanded);
}

/**
 * Open sections, controlled (`value` + `onValueChange`) or uncontrolled
 * (`defaultValue`, or `defaultExpanded`), with Radix Accordion's names and
 * `type="multiple"` semantics: the value lists open ids in the order they
 * were opened. The state lives in the viewer's store, so each section reads
 * its own id only.
 */
export function useOpenSections({
  tree,
  value,
  defaultValue,
  defaultExpanded,
  onValueChange,
}: OpenSectionsOptions): OpenSections {
  const [store] = useState(() =>
    createViewerStore(value ?? defaultValue ?? expandedIds(tree, defaultExpanded)),
  );
  const controlled = value !== undefined;

  // A controlled value applies before paint, and only sections whose state changed re-render.
  useIsomorphicLayoutEffect(() => {
    if (value !== undefined) setOpen(store, value);
  }, [store, value]);

  const latest = useRef({ controlled, onValueChange });
  useIsomorphicLayoutEffect(() => {
    latest.current = { controlled, onValueChange };
  });

  const setValue = useCallback(
    (next: readonly string[]) => {
      if (sameIds(openIds(store.get()), next)) return;
      if (!latest.current.controlled) setOpen(store, next);
      latest.current.onValueChange?.([...next]);
    },
    [store],
  );

  return { store, setValue };
}
