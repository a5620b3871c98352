import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../../../test/fixtures/memory-storage';
import type { StorageLike } from '../acknowledgements/acknowledgement-types';
import { createRequestDraftStore } from './create-request-draft-store';

// Plain Node: the browser's window.sessionStorage is a stand-in each test starts afresh with.
let session: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  session = memoryStorage();
  vi.stubGlobal('window', { sessionStorage: session });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const stored = (policyId: string) => session.getItem(`policykit:rights-draft:${policyId}`);

describe('given a draft store', () => {
  it('writes every change to session storage under the policy key, at once', () => {
    const store = createRequestDraftStore({ policyId: 'ctt-privacy' });
    store.setField('name', 'Siti');
    expect(JSON.parse(stored('ctt-privacy') ?? 'null')).toEqual({
      values: { right: '', name: 'Siti', email: '', phone: '', details: '' },
    });
  });

  it('restores a stored draft and says it was restored', () => {
    createRequestDraftStore({ policyId: 'ctt-privacy' }).setField('email', 'a@b.co');
    const snapshot = createRequestDraftStore({ policyId: 'ctt-privacy' }).get();
    expect(snapshot).toMatchObject({ restored: true, values: { email: 'a@b.co' } });
  });

  it('says nothing was restored for a fresh form, and keeps saying so while typing', () => {
    const store = createRequestDraftStore({ policyId: 'ctt-privacy' });
    expect(store.get()).toEqual({
      values: { right: '', name: '', email: '', phone: '', details: '' },
      restored: false,
    });
    store.setField('name', 'Siti');
    expect(store.get().restored).toBe(false);
  });

  it('keeps drafts of different policies apart', () => {
    createRequestDraftStore({ policyId: 'one' }).setField('name', 'A');
    expect(createRequestDraftStore({ policyId: 'two' }).get().values.name).toBe('');
  });

  it('reads storage on first use, not on creation (a server render may create it)', () => {
    const getItem = vi.fn(() => null);
    const store = createRequestDraftStore({
      policyId: 'ctt-privacy',
      storage: { getItem, setItem: () => {} },
    });
    expect(getItem).not.toHaveBeenCalled();
    store.get();
    store.get();
    expect(getItem).toHaveBeenCalledTimes(1);
  });

  it('tells subscribers of each change, with the snapshot, and keeps it stable in between', () => {
    const store = createRequestDraftStore({ policyId: 'ctt-privacy' });
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.get();
    expect(store.get()).toBe(before);
    store.setField('name', 'Siti');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toBe(store.get());
    expect(store.get().values.name).toBe('Siti');
  });

  it('writes nothing for an untouched form (personal data is stored only once typed)', () => {
    const store = createRequestDraftStore({ policyId: 'ctt-privacy' });
    store.setField('name', 'S');
    store.setField('name', '');
    expect(stored('ctt-privacy')).toBeNull();
  });

  it('removes the stored draft on clear', () => {
    const store = createRequestDraftStore({ policyId: 'ctt-privacy' });
    store.setField('name', 'Siti');
    store.clear();
    expect(stored('ctt-privacy')).toBeNull();
    expect(store.get()).toMatchObject({ restored: false, values: { name: '' } });
  });

  it('keeps only string fields from a tampered record', () => {
    session.setItem(
      'policykit:rights-draft:x',
      JSON.stringify({
        values: { name: 'Siti', email: 42, details: { evil: true } },
        pending: { key: 1 },
      }),
    );
    const snapshot = createRequestDraftStore({ policyId: 'x' }).get();
    expect(snapshot).toEqual({
      values: { right: '', name: 'Siti', email: '', phone: '', details: '' },
      restored: true,
    });
  });

  it.each(['{"values": 42', 'null', '[]', '"text"', '{"values": null}'])(
    'reads garbage (%s) as an empty draft',
    (raw) => {
      session.setItem('policykit:rights-draft:x', raw);
      expect(createRequestDraftStore({ policyId: 'x' }).get()).toMatchObject({
        restored: false,
        values: { name: '' },
      });
    },
  );

  describe('as the key memory of a submission', () => {
    it('keeps the key with the draft, so a reloaded form reuses it, and forgets it on request', () => {
      const storage = memoryStorage();
      const first = createRequestDraftStore({ policyId: 'p', storage });
      first.setField('name', 'Siti');
      first.keys.set({ fingerprint: '{"name":"Siti"}', idempotencyKey: 'key-1' });

      const reloaded = createRequestDraftStore({ policyId: 'p', storage });
      expect(reloaded.keys.get()).toEqual({
        fingerprint: '{"name":"Siti"}',
        idempotencyKey: 'key-1',
      });
      expect(reloaded.get().values.name).toBe('Siti');

      reloaded.keys.set(undefined);
      expect(createRequestDraftStore({ policyId: 'p', storage }).keys.get()).toBeUndefined();
      expect(reloaded.get().values.name).toBe('Siti');
    });

    it('forgets the key with the draft on clear', () => {
      const store = createRequestDraftStore({ policyId: 'p', storage: memoryStorage() });
      store.setField('name', 'Siti');
      store.keys.set({ fingerprint: 'f', idempotencyKey: 'key-1' });
      store.clear();
      expect(store.keys.get()).toBeUndefined();
    });
  });

  describe('on a server (no window)', () => {
    it('keeps the draft in memory and touches nothing', () => {
      vi.unstubAllGlobals();
      expect(typeof window).toBe('undefined');
      const store = createRequestDraftStore({ policyId: 'p' });
      store.setField('name', 'Siti');
      expect(store.get()).toMatchObject({ restored: false, values: { name: 'Siti' } });
      store.clear();
      expect(store.get().values.name).toBe('');
    });
  });

  describe('given a storage of its own', () => {
    it('uses it instead of session storage', () => {
      const storage = memoryStorage();
      createRequestDraftStore({ policyId: 'p', storage }).setField('name', 'Siti');
      expect(storage.data.get('policykit:rights-draft:p')).toContain('Siti');
      expect(stored('p')).toBeNull();
    });

    it('keeps the draft in memory only with storage: null', () => {
      const store = createRequestDraftStore({ policyId: 'p', storage: null });
      store.setField('name', 'Siti');
      expect(store.get().values.name).toBe('Siti');
      expect(stored('p')).toBeNull();
    });

    it('clears a storage without removeItem by emptying the entry', () => {
      const data = new Map<string, string>();
      const storage: StorageLike = {
        getItem: (key) => data.get(key) ?? null,
        setItem: (key, value) => void data.set(key, value),
      };
      const store = createRequestDraftStore({ policyId: 'p', storage });
      store.setField('name', 'Siti');
      store.clear();
      expect(createRequestDraftStore({ policyId: 'p', storage }).get().restored).toBe(false);
    });
  });

  describe('when storage is full or blocked', () => {
    it('carries on in memory', () => {
      vi.spyOn(session, 'setItem').mockImplementation(() => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      });
      const store = createRequestDraftStore({ policyId: 'ctt-privacy' });
      store.setField('name', 'Siti');
      expect(store.get().values.name).toBe('Siti');
    });

    it('survives even reading window.sessionStorage throwing', () => {
      vi.stubGlobal('window', {
        get sessionStorage() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      const store = createRequestDraftStore({ policyId: 'ctt-privacy' });
      expect(store.get().values.name).toBe('');
      store.setField('name', 'Siti');
      store.clear();
      expect(store.get().values.name).toBe('');
    });

    it('survives a hostile storage whose every method throws or answers nonsense', () => {
      const hostile = {
        getItem: () => ({ not: 'a string' }) as unknown as string,
        setItem: () => {
          throw new Error('no');
        },
        removeItem: () => {
          throw new Error('no');
        },
      } satisfies StorageLike;
      const store = createRequestDraftStore({ policyId: 'p', storage: hostile });
      expect(store.get().values.name).toBe('');
      store.setField('name', 'Siti');
      store.keys.set({ fingerprint: 'f', idempotencyKey: 'k' });
      expect(store.get().values.name).toBe('Siti');
      expect(store.keys.get()?.idempotencyKey).toBe('k');
      expect(() => store.clear()).not.toThrow();
    });
  });
});
