import { act, render, screen } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createStore } from '@policykit/sdk';
import { useSelector } from './use-selector';

describe('useSelector', () => {
  it('renders the selected part and follows changes', () => {
    const store = createStore({ count: 1, label: 'a' });
    function Count() {
      return <output>{useSelector(store, (state) => state.count)}</output>;
    }
    render(<Count />);
    expect(screen.getByRole('status')).toHaveTextContent('1');
    act(() => store.set((state) => ({ ...state, count: 2 })));
    expect(screen.getByRole('status')).toHaveTextContent('2');
  });

  it('does not re-render when another part changes', () => {
    const store = createStore({ count: 1, label: 'a' });
    let renders = 0;
    function Count() {
      renders++;
      return <output>{useSelector(store, (state) => state.count)}</output>;
    }
    render(<Count />);
    const before = renders;
    act(() => store.set((state) => ({ ...state, label: 'b' })));
    expect(renders).toBe(before);
  });

  it('keeps a new-but-equal selection from re-rendering, given isEqual', () => {
    const store = createStore({ ids: ['a', 'b'], other: 0 });
    let renders = 0;
    const sameIds = (a: readonly string[], b: readonly string[]) =>
      a.length === b.length && a.every((id, i) => id === b[i]);
    function Ids() {
      renders++;
      const ids = useSelector(store, (state) => state.ids.filter(Boolean), sameIds);
      return <output>{ids.join(',')}</output>;
    }
    render(
      <StrictMode>
        <Ids />
      </StrictMode>,
    );
    const before = renders;
    act(() => store.set((state) => ({ ...state, other: 1 })));
    expect(renders).toBe(before);
    act(() => store.set((state) => ({ ...state, ids: ['a'] })));
    expect(screen.getByRole('status')).toHaveTextContent(/^a$/);
  });

  it('re-selects when the selector depends on a prop that changed', () => {
    const store = createStore({ a: 'first', b: 'second' });
    let setKey: (key: 'a' | 'b') => void = () => {};
    function Pick() {
      const [key, set] = useState<'a' | 'b'>('a');
      setKey = set;
      return <output>{useSelector(store, (state) => state[key])}</output>;
    }
    render(<Pick />);
    expect(screen.getByRole('status')).toHaveTextContent('first');
    act(() => setKey('b'));
    expect(screen.getByRole('status')).toHaveTextContent('second');
  });

  it('stops listening when unmounted', () => {
    const inner = createStore(0);
    let listening = 0;
    const store = {
      get: inner.get,
      subscribe: (listener: (next: number, previous: number) => void) => {
        listening++;
        const stop = inner.subscribe(listener);
        return () => {
          listening--;
          stop();
        };
      },
    };
    function Value() {
      return <output>{useSelector(store)}</output>;
    }
    const { unmount } = render(<Value />);
    expect(listening).toBe(1);
    unmount();
    expect(listening).toBe(0);
  });
});
