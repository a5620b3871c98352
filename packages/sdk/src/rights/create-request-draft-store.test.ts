import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftStore, draftStorageKey, readDraft } from './draft-storage';

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('given a draft store', () => {
  it('writes every change to session storage under the policy key, at once', () => {
    const store = createDraftStore('ctt-privacy');
    store.update((draft) => ({ ...draft, values: { ...draft.values, name: 'Siti' } }));
    expect(draftStorageKey('ctt-privacy')).toBe('policykit:rights-draft:ctt-privacy');
    expect(readDraft('ctt-privacy')?.values.name).toBe('Siti');
  });

  it('restores a stored draft and says it was restored', () => {
    createDraftStore('ctt-privacy').update((draft) => ({
      ...draft,
      values: { ...draft.values, email: 'a@b.co' },
    }));
    const snapshot = createDraftStore('ctt-privacy').get();
    expect(snapshot).toMatchObject({ restored: true, values: { email: 'a@b.co' } });
  });

  it('keeps drafts of different policies apart', () => {
    createDraftStore('one').update((draft) => ({
      ...draft,
      values: { ...draft.values, name: 'A' },
    }));
    expect(createDraftStore('two').get().values.name).toBe('');
  });

  it('removes the stored draft on clear', () => {
    const store = createDraftStore('ctt-privacy');
    store.update((draft) => ({ ...draft, values: { ...draft.values, name: 'Siti' } }));
    store.clear();
    expect(sessionStorage.getItem('policykit:rights-draft:ctt-privacy')).toBeNull();
    expect(store.get()).toMatchObject({ restored: false, values: { name: '' } });
  });

  it('keeps only string fields from a tampered record', () => {
    sessionStorage.setItem(
      'policykit:rights-draft:x',
      JSON.stringify({
        values: { name: 'Siti', email: 42, details: { evil: true } },
        pending: { key: 1 },
      }),
    );
    expect(readDraft('x')).toEqual({
      values: { right: '', name: 'Siti', email: '', phone: '', details: '' },
    });
  });

  describe('when storage is full or blocked', () => {
    it('carries on in memory', () => {
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      });
      const store = createDraftStore('ctt-privacy');
      store.update((draft) => ({ ...draft, values: { ...draft.values, name: 'Siti' } }));
      expect(store.get().values.name).toBe('Siti');
    });

    it('survives even reading window.sessionStorage throwing', () => {
      vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      const store = createDraftStore('ctt-privacy');
      expect(store.get().values.name).toBe('');
      store.update((draft) => ({ ...draft, values: { ...draft.values, name: 'Siti' } }));
      store.clear();
      expect(store.get().values.name).toBe('');
    });
  });
});
