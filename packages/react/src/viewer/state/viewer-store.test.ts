import { describe, expect, it, vi } from 'vitest';
import {
  createViewerStore,
  openIds,
  sameIds,
  setHighlights,
  setOpen,
  type SectionHighlight,
} from './viewer-store';

const highlight = (query: string): SectionHighlight => ({
  query,
  blocks: new Set(),
  paragraphs: new Map(),
  listTitles: new Map(),
  items: new Map(),
});

describe('given a viewer store', () => {
  it('starts with the open ids it was given, once each, in order', () => {
    const store = createViewerStore(['b', 'a', 'b']);
    expect(openIds(store.get())).toEqual(['b', 'a']);
    expect(store.get().highlights.size).toBe(0);
  });

  it('replaces the open set and tells its subscribers', () => {
    const store = createViewerStore([]);
    const listener = vi.fn();
    store.subscribe(listener);
    setOpen(store, ['intro', 'rights']);
    expect(openIds(store.get())).toEqual(['intro', 'rights']);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells no one when the same ids are set again in the same order', () => {
    const store = createViewerStore(['intro']);
    const before = store.get();
    const listener = vi.fn();
    store.subscribe(listener);
    setOpen(store, ['intro']);
    expect(listener).not.toHaveBeenCalled();
    expect(store.get()).toBe(before);
  });

  it('sets and clears highlights without touching the open set', () => {
    const store = createViewerStore(['intro']);
    setHighlights(store, [
      ['intro', highlight('data')],
      ['rights', highlight('data')],
    ]);
    expect([...store.get().highlights.keys()]).toEqual(['intro', 'rights']);
    setHighlights(store, [['intro', undefined]]);
    expect([...store.get().highlights.keys()]).toEqual(['rights']);
    expect(openIds(store.get())).toEqual(['intro']);
  });
});

describe('given two id lists', () => {
  it('calls them the same only with the same ids in the same order', () => {
    expect(sameIds(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameIds(['a'], ['a', 'b'])).toBe(false);
  });
});
