import { describe, expect, it, vi } from 'vitest';
import {
  createViewerStore,
  openIds,
  sameIds,
  setHighlights,
  setOpen,
  watchSections,
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

describe('given listeners watching some sections', () => {
  it('calls a listener only when a section it watches opens or closes', () => {
    const store = createViewerStore(['a']);
    const onA = vi.fn();
    const onB = vi.fn();
    store.subscribeToSections(['a'], onA);
    store.subscribeToSections(['b'], onB);
    setOpen(store, ['a', 'c']);
    expect(onA).not.toHaveBeenCalled();
    expect(onB).not.toHaveBeenCalled();
    setOpen(store, ['c']);
    expect(onA).toHaveBeenCalledTimes(1);
    expect(onA).toHaveBeenCalledWith(
      store.get(),
      expect.objectContaining({ open: new Set(['a', 'c']) }),
    );
    setOpen(store, ['c', 'b']);
    expect(onB).toHaveBeenCalledTimes(1);
  });

  it("calls a listener when a watched section's highlight is set, replaced or cleared", () => {
    const store = createViewerStore([]);
    const onA = vi.fn();
    store.subscribeToSections(['a'], onA);
    setHighlights(store, [['b', highlight('x')]]);
    expect(onA).not.toHaveBeenCalled();
    setHighlights(store, [['a', highlight('x')]]);
    setHighlights(store, [['a', highlight('xy')]]);
    setHighlights(store, [['a', undefined]]);
    expect(onA).toHaveBeenCalledTimes(3);
    // Other sections' highlights changing around it do not count.
    setHighlights(store, [['b', undefined]]);
    expect(onA).toHaveBeenCalledTimes(3);
  });

  it('calls a listener watching several sections once per change, however many it concerns', () => {
    const store = createViewerStore([]);
    const listener = vi.fn();
    store.subscribeToSections(['a', 'b', 'c'], listener);
    setOpen(store, ['a', 'b', 'c']);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stops calling a listener once it unsubscribes, and keeps the others', () => {
    const store = createViewerStore([]);
    const gone = vi.fn();
    const kept = vi.fn();
    const stop = store.subscribeToSections(['a'], gone);
    store.subscribeToSections(['a'], kept);
    stop();
    setOpen(store, ['a']);
    expect(gone).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('calls every due listener when one throws, then rethrows its error', () => {
    const store = createViewerStore([]);
    const after = vi.fn();
    store.subscribeToSections(['a'], () => {
      throw new Error('first');
    });
    store.subscribeToSections(['a'], after);
    expect(() => setOpen(store, ['a'])).toThrow('first');
    expect(after).toHaveBeenCalledTimes(1);
    expect(openIds(store.get())).toEqual(['a']);
  });

  it('gives useSelector a store of the same state that hears only those sections', () => {
    const store = createViewerStore([]);
    const view = watchSections(store, ['a']);
    const listener = vi.fn();
    view.subscribe(listener);
    setOpen(store, ['b']);
    expect(view.get()).toBe(store.get());
    expect(listener).not.toHaveBeenCalled();
    setOpen(store, ['b', 'a']);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('given two id lists', () => {
  it('calls them the same only with the same ids in the same order', () => {
    expect(sameIds(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameIds(['a'], ['a', 'b'])).toBe(false);
  });
});
