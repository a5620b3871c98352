import { describe, expect, it, vi } from 'vitest';
import { createStore } from './create-store';

describe('createStore', () => {
  it('holds its initial value until set', () => {
    const store = createStore({ count: 0 });
    const first = store.get();
    expect(store.get()).toBe(first);
    store.set({ count: 1 });
    expect(store.get()).toEqual({ count: 1 });
  });

  it('computes the next value from the current one', () => {
    const store = createStore(1);
    store.set((n) => n + 1);
    store.set((n) => n * 10);
    expect(store.get()).toBe(20);
  });

  it('tells every listener the next and previous value', () => {
    const store = createStore('a');
    const one = vi.fn();
    const two = vi.fn();
    store.subscribe(one);
    store.subscribe(two);
    store.set('b');
    expect(one).toHaveBeenCalledWith('b', 'a');
    expect(two).toHaveBeenCalledWith('b', 'a');
  });

  it('tells no one when the value is the same (Object.is by default)', () => {
    const store = createStore(Number.NaN);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(Number.NaN);
    expect(listener).not.toHaveBeenCalled();
  });

  it('uses the given isEqual', () => {
    const store = createStore<readonly string[]>(['x'], {
      isEqual: (a, b) => a.length === b.length && a.every((item, i) => item === b[i]),
    });
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.get();
    store.set(['x']);
    expect(listener).not.toHaveBeenCalled();
    expect(store.get()).toBe(before);
    store.set(['x', 'y']);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createStore(0);
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    stop();
    stop(); // twice is harmless
    store.set(1);
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps one subscription per subscribe call, even for the same function', () => {
    const store = createStore(0);
    const listener = vi.fn();
    const stopFirst = store.subscribe(listener);
    store.subscribe(listener);
    stopFirst();
    store.set(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not call a listener another listener removed during the same notification', () => {
    const store = createStore(0);
    const late = vi.fn();
    let stopLate = () => {};
    store.subscribe(() => stopLate());
    stopLate = store.subscribe(late);
    store.set(1);
    expect(late).not.toHaveBeenCalled();
  });

  it('tells a listener added during a notification only of later changes', () => {
    const store = createStore(0);
    const added = vi.fn();
    const stop = store.subscribe(() => {
      store.subscribe(added);
      stop();
    });
    store.set(1);
    expect(added).not.toHaveBeenCalled();
    store.set(2);
    expect(added).toHaveBeenCalledWith(2, 1);
  });

  it('calls every listener even when one throws, then rethrows the first error', () => {
    const store = createStore(0);
    const after = vi.fn();
    store.subscribe(() => {
      throw new Error('first');
    });
    store.subscribe(() => {
      throw new Error('second');
    });
    store.subscribe(after);
    expect(() => store.set(1)).toThrow('first');
    expect(after).toHaveBeenCalledWith(1, 0);
    expect(store.get()).toBe(1);
  });
});
