// @vitest-environment jsdom
// (localStorage by default and the storage event between tabs: browser behaviour, tested in a DOM)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AcknowledgementStorageError } from './acknowledgement-storage-error';
import { createAcknowledgementStore } from './acknowledgement-store';
import type { AsyncStorageAdapter, StorageLike } from './acknowledgement-types';
import type { PolicyDocument } from '../document/policy-types';

const policy = (version = '2024-06-12', locale = 'id-ID'): PolicyDocument => ({
  schemaVersion: 1,
  id: 'ctt-privacy',
  version,
  locale,
  title: 'Kebijakan Privasi',
  lastUpdated: '2024-06-12',
  sections: [{ id: 'a', title: 'A', blocks: [] }],
});

const KEY = 'policykit:ack:ctt-privacy';
const fixedNow = () => new Date('2026-01-02T03:04:05.000Z');

/** A Storage-like object over a Map, optionally throwing on reads or writes. */
function memoryStorage(options: { failReads?: boolean; failWrites?: boolean } = {}) {
  const data = new Map<string, string>();
  const storage: StorageLike & { data: Map<string, string> } = {
    data,
    getItem: vi.fn((key: string) => {
      if (options.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
      return data.get(key) ?? null;
    }),
    setItem: vi.fn((key: string, value: string) => {
      if (options.failWrites) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      data.set(key, value);
    }),
  };
  return storage;
}

/** An async adapter whose reads and writes resolve when the test says so. */
function deferredAdapter() {
  const data = new Map<string, string>();
  const pendingGets: {
    key: string;
    resolve: (value: string | null) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const adapter: AsyncStorageAdapter & { data: Map<string, string> } = {
    data,
    get: vi.fn(
      (key: string) =>
        new Promise<string | null>((resolve, reject) => pendingGets.push({ key, resolve, reject })),
    ),
    set: vi.fn(async (key: string, value: string) => {
      data.set(key, value);
    }),
  };
  return { adapter, pendingGets };
}

beforeEach(() => {
  window.localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('createAcknowledgementStore', () => {
  describe('given the default storage (localStorage)', () => {
    it('needs acknowledgement when nothing is recorded', () => {
      const store = createAcknowledgementStore();
      expect(store.get('ctt-privacy')).toBeNull();
      expect(store.needsAcknowledgement(policy())).toBe(true);
    });

    it('records id, version, locale, time and a receipt id as JSON under policykit:ack:<id>', () => {
      const store = createAcknowledgementStore({ now: fixedNow });
      const record = store.acknowledge(policy());
      expect(record).toEqual({
        policyId: 'ctt-privacy',
        version: '2024-06-12',
        locale: 'id-ID',
        acknowledgedAt: '2026-01-02T03:04:05.000Z',
        receiptId: expect.stringMatching(
          /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        ),
      });
      expect(JSON.parse(window.localStorage.getItem(KEY) ?? 'null')).toEqual(record);
    });

    it('no longer needs acknowledgement for that version, in any language', () => {
      const store = createAcknowledgementStore();
      store.acknowledge(policy('v1', 'id-ID'));
      expect(store.needsAcknowledgement(policy('v1', 'en'))).toBe(false);
    });

    it('needs acknowledgement again for a new version', () => {
      const store = createAcknowledgementStore();
      store.acknowledge(policy('v1'));
      expect(store.needsAcknowledgement(policy('v2'))).toBe(true);
    });

    it('reads what an earlier page load stored', () => {
      createAcknowledgementStore().acknowledge(policy('v1'));
      const later = createAcknowledgementStore();
      expect(later.get('ctt-privacy')?.version).toBe('v1');
      expect(later.needsAcknowledgement(policy('v1'))).toBe(false);
    });

    it('gives a new receipt id to every acknowledgement, re-acceptance included', () => {
      const store = createAcknowledgementStore();
      const first = store.acknowledge(policy());
      const second = store.acknowledge(policy());
      expect(second.receiptId).not.toBe(first.receiptId);
    });

    it('makes a v4 receipt id without crypto.randomUUID (plain http is not a secure context)', () => {
      const real = globalThis.crypto;
      vi.stubGlobal('crypto', {
        getRandomValues: (bytes: Uint8Array<ArrayBuffer>) => real.getRandomValues(bytes),
      });
      const { receiptId } = createAcknowledgementStore().acknowledge(policy());
      expect(receiptId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    });

    it('returns the same record object while the stored value is unchanged (stable snapshot)', () => {
      const store = createAcknowledgementStore();
      store.acknowledge(policy());
      expect(store.get('ctt-privacy')).toBe(store.get('ctt-privacy'));
    });

    it('does not touch localStorage before first use (safe to create during import or SSR)', () => {
      const getter = vi.fn(() => window.localStorage);
      const real = window.localStorage;
      vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
        getter();
        return real;
      });
      const store = createAcknowledgementStore();
      expect(getter).not.toHaveBeenCalled();
      store.get('ctt-privacy');
      expect(getter).toHaveBeenCalled();
    });

    it('uses a custom key prefix', () => {
      createAcknowledgementStore({ key: 'app:ack:' }).acknowledge(policy());
      expect(window.localStorage.getItem('app:ack:ctt-privacy')).not.toBeNull();
      expect(window.localStorage.getItem(KEY)).toBeNull();
    });

    it('resolves load at once with the stored record', async () => {
      const store = createAcknowledgementStore();
      store.acknowledge(policy('v1'));
      await expect(store.load('ctt-privacy')).resolves.toMatchObject({ version: 'v1' });
    });
  });

  describe('given subscribers', () => {
    it('notifies every listener after an acknowledgement, and no longer after unsubscribe', () => {
      const store = createAcknowledgementStore();
      const first = vi.fn();
      const second = vi.fn();
      const stop = store.subscribe(first);
      store.subscribe(second);
      store.acknowledge(policy());
      expect(first).toHaveBeenCalledTimes(1);
      expect(second).toHaveBeenCalledTimes(1);
      stop();
      store.acknowledge(policy());
      expect(first).toHaveBeenCalledTimes(1);
      expect(second).toHaveBeenCalledTimes(2);
    });

    it('keeps notifying the others, and does not throw, when a listener throws', () => {
      const reportError = vi.fn();
      vi.stubGlobal('reportError', reportError);
      const store = createAcknowledgementStore();
      const after = vi.fn();
      const stopBroken = store.subscribe(() => {
        throw new Error('listener bug');
      });
      const stopAfter = store.subscribe(after);
      expect(() => store.acknowledge(policy())).not.toThrow();
      expect(after).toHaveBeenCalledTimes(1);
      expect(reportError).toHaveBeenCalledWith(new Error('listener bug'));
      stopBroken();
      stopAfter();
    });
  });

  describe('given another tab changes localStorage (the storage event)', () => {
    it('notifies listeners and reads the new record', () => {
      const store = createAcknowledgementStore();
      expect(store.get('ctt-privacy')).toBeNull();
      const listener = vi.fn();
      const stop = store.subscribe(listener);

      // What another tab's store writes; its storage event arrives here.
      const record = {
        policyId: 'ctt-privacy',
        version: 'v2',
        locale: 'en',
        acknowledgedAt: '2026-01-02T03:04:05.000Z',
        receiptId: 'from-the-other-tab',
      };
      window.localStorage.setItem(KEY, JSON.stringify(record));
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: KEY,
          newValue: window.localStorage.getItem(KEY),
          storageArea: window.localStorage,
        }),
      );
      expect(listener).toHaveBeenCalledTimes(1);
      expect(store.get('ctt-privacy')).toEqual(record);
      expect(store.needsAcknowledgement(policy('v2'))).toBe(false);
      stop();
    });

    it('notifies when another tab clears the storage', () => {
      const store = createAcknowledgementStore();
      store.acknowledge(policy());
      const listener = vi.fn();
      const stop = store.subscribe(listener);
      window.localStorage.clear();
      window.dispatchEvent(
        new StorageEvent('storage', { key: null, storageArea: window.localStorage }),
      );
      expect(listener).toHaveBeenCalledTimes(1);
      expect(store.get('ctt-privacy')).toBeNull();
      stop();
    });

    it('ignores changes to keys that are not acknowledgements', () => {
      const store = createAcknowledgementStore();
      const listener = vi.fn();
      const stop = store.subscribe(listener);
      window.dispatchEvent(new StorageEvent('storage', { key: 'theme', newValue: 'dark' }));
      expect(listener).not.toHaveBeenCalled();
      stop();
    });

    it('stops listening once the last subscriber leaves', () => {
      const remove = vi.spyOn(window, 'removeEventListener');
      const store = createAcknowledgementStore();
      const stop = store.subscribe(() => {});
      stop();
      expect(remove).toHaveBeenCalledWith('storage', expect.any(Function));
    });
  });

  describe('given two stores in one tab', () => {
    it("notifies one store's subscribers when the other acknowledges (no storage event fires in the writing tab)", () => {
      const badge = createAcknowledgementStore();
      const dialog = createAcknowledgementStore();
      expect(badge.get('ctt-privacy')).toBeNull();
      const listener = vi.fn();
      const stop = badge.subscribe(listener);
      const record = dialog.acknowledge(policy());
      expect(listener).toHaveBeenCalledTimes(1);
      expect(badge.get('ctt-privacy')).toEqual(record);
      stop();
      dialog.acknowledge(policy());
      expect(listener).toHaveBeenCalledTimes(1);
    });
  });

  describe('given a Storage-like object', () => {
    it('reads and writes through it', () => {
      const storage = memoryStorage();
      const store = createAcknowledgementStore({ storage });
      store.acknowledge(policy('v1'));
      expect(storage.setItem).toHaveBeenCalledWith(KEY, expect.any(String));
      expect(createAcknowledgementStore({ storage }).get('ctt-privacy')?.version).toBe('v1');
    });
  });

  describe('given a storage that throws on every call (private mode, quota)', () => {
    it('lets the person acknowledge and continue, in memory, and reports each kind once', () => {
      const onError = vi.fn();
      const store = createAcknowledgementStore({
        storage: memoryStorage({ failReads: true, failWrites: true }),
        onError,
      });
      expect(store.needsAcknowledgement(policy())).toBe(true);
      expect(() => store.acknowledge(policy())).not.toThrow();
      expect(store.needsAcknowledgement(policy())).toBe(false);
      store.acknowledge(policy());
      store.get('ctt-privacy');
      expect(
        onError.mock.calls.map(([error]) => (error as AcknowledgementStorageError).kind),
      ).toEqual(['read', 'write']);
      expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(AcknowledgementStorageError);
      expect((onError.mock.calls[0]?.[0] as Error).cause).toBeInstanceOf(DOMException);
    });

    it('keeps reading what the storage has when only writes fail', () => {
      const storage = memoryStorage({ failWrites: true });
      storage.data.set(
        'policykit:ack:other',
        JSON.stringify({
          policyId: 'other',
          version: '1',
          locale: 'en',
          acknowledgedAt: '2025-01-01T00:00:00.000Z',
          receiptId: 'r',
        }),
      );
      const store = createAcknowledgementStore({ storage, onError: () => {} });
      store.acknowledge(policy());
      expect(store.get('other')?.version).toBe('1');
      expect(store.get('ctt-privacy')?.version).toBe('2024-06-12');
    });

    it('does not throw when onError itself throws', () => {
      const store = createAcknowledgementStore({
        storage: memoryStorage({ failWrites: true }),
        onError: () => {
          throw new Error('logger down');
        },
      });
      expect(() => store.acknowledge(policy())).not.toThrow();
    });
  });

  describe('given localStorage that throws on mere access (sandboxed iframe)', () => {
    it('falls back to memory and reports it as unavailable', () => {
      vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
        throw new DOMException('Access is denied', 'SecurityError');
      });
      const onError = vi.fn();
      const store = createAcknowledgementStore({ onError });
      expect(store.needsAcknowledgement(policy())).toBe(true);
      store.acknowledge(policy());
      expect(store.needsAcknowledgement(policy())).toBe(false);
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'unavailable' });
    });
  });

  describe('given a storage option that is neither kind', () => {
    it('falls back to memory and reports invalid-storage', () => {
      const onError = vi.fn();
      const store = createAcknowledgementStore({
        storage: { read: () => null } as unknown as StorageLike,
        onError,
      });
      store.acknowledge(policy());
      expect(store.get('ctt-privacy')).not.toBeNull();
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'invalid-storage' });
    });
  });

  describe('given garbage in the storage', () => {
    it.each([
      ['not JSON', '{oops'],
      ['a JSON string', '"2024-06-12"'],
      ['an array', '[]'],
      ['null', 'null'],
      [
        'a record without version',
        JSON.stringify({
          policyId: 'ctt-privacy',
          locale: 'id',
          acknowledgedAt: '2025-01-01T00:00:00Z',
          receiptId: 'r',
        }),
      ],
      [
        'another policy’s record',
        JSON.stringify({
          policyId: 'other',
          version: '1',
          locale: 'id',
          acknowledgedAt: '2025-01-01T00:00:00Z',
          receiptId: 'r',
        }),
      ],
      [
        'a record with a bad date',
        JSON.stringify({
          policyId: 'ctt-privacy',
          version: '1',
          locale: 'id',
          acknowledgedAt: 'soon',
          receiptId: 'r',
        }),
      ],
    ])('treats %s as no record and reports corrupt once', (_what, raw) => {
      window.localStorage.setItem(KEY, raw);
      const onError = vi.fn();
      const store = createAcknowledgementStore({ onError });
      expect(store.get('ctt-privacy')).toBeNull();
      expect(store.needsAcknowledgement(policy())).toBe(true);
      store.get('ctt-privacy');
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'corrupt', key: KEY });
    });

    it('overwrites the garbage on acknowledgement', () => {
      window.localStorage.setItem(KEY, '{oops');
      const store = createAcknowledgementStore({ onError: () => {} });
      store.acknowledge(policy());
      expect(JSON.parse(window.localStorage.getItem(KEY) ?? '')).toMatchObject({
        version: '2024-06-12',
      });
      expect(store.needsAcknowledgement(policy())).toBe(false);
    });
  });

  describe('given an async { get, set } adapter', () => {
    it('answers null until loaded, then the stored record, notifying subscribers', async () => {
      const { adapter, pendingGets } = deferredAdapter();
      const store = createAcknowledgementStore({ storage: adapter });
      const listener = vi.fn();
      store.subscribe(listener);
      const loading = store.load('ctt-privacy');
      expect(store.get('ctt-privacy')).toBeNull();
      await vi.waitFor(() => expect(pendingGets).toHaveLength(1));
      expect(pendingGets[0]?.key).toBe(KEY);
      pendingGets[0]?.resolve(
        JSON.stringify({
          policyId: 'ctt-privacy',
          version: 'v1',
          locale: 'en',
          acknowledgedAt: '2025-01-01T00:00:00.000Z',
          receiptId: 'r1',
        }),
      );
      await expect(loading).resolves.toMatchObject({ version: 'v1', receiptId: 'r1' });
      expect(store.get('ctt-privacy')?.version).toBe('v1');
      expect(listener).toHaveBeenCalledTimes(1);
    });

    it('reads once however often load and get are called', async () => {
      const { adapter, pendingGets } = deferredAdapter();
      const store = createAcknowledgementStore({ storage: adapter });
      store.get('ctt-privacy');
      const a = store.load('ctt-privacy');
      const b = store.load('ctt-privacy');
      await vi.waitFor(() => expect(pendingGets).toHaveLength(1));
      pendingGets[0]?.resolve(null);
      await Promise.all([a, b]);
      await store.load('ctt-privacy');
      expect(adapter.get).toHaveBeenCalledTimes(1);
    });

    it('updates the cache synchronously on acknowledge and persists in the background', async () => {
      const { adapter } = deferredAdapter();
      const store = createAcknowledgementStore({ storage: adapter });
      const record = store.acknowledge(policy('v2'));
      expect(store.get('ctt-privacy')).toBe(record);
      expect(store.needsAcknowledgement(policy('v2'))).toBe(false);
      await store.flush();
      expect(adapter.set).toHaveBeenCalledWith(KEY, JSON.stringify(record));
    });

    it('keeps an acknowledgement made while a read is in flight, even if the read answers later', async () => {
      const { adapter, pendingGets } = deferredAdapter();
      const store = createAcknowledgementStore({ storage: adapter });
      const loading = store.load('ctt-privacy');
      const record = store.acknowledge(policy('v2'));
      await vi.waitFor(() => expect(pendingGets).toHaveLength(1));
      pendingGets[0]?.resolve(
        JSON.stringify({
          policyId: 'ctt-privacy',
          version: 'v1',
          locale: 'en',
          acknowledgedAt: '2025-01-01T00:00:00.000Z',
          receiptId: 'old',
        }),
      );
      await expect(loading).resolves.toBe(record);
      expect(store.get('ctt-privacy')).toBe(record);
    });

    it('writes in order, so the last acknowledgement is the one stored', async () => {
      const written: string[] = [];
      let release: () => void = () => {};
      const adapter: AsyncStorageAdapter = {
        get: async () => null,
        set: vi.fn(async (_key: string, value: string) => {
          if (written.length === 0) await new Promise<void>((resolve) => (release = resolve));
          written.push(JSON.parse(value).version);
        }),
      };
      const store = createAcknowledgementStore({ storage: adapter });
      store.acknowledge(policy('v1'));
      store.acknowledge(policy('v2'));
      await vi.waitFor(() => expect(adapter.set).toHaveBeenCalledTimes(1));
      release();
      await store.flush();
      expect(written).toEqual(['v1', 'v2']);
    });

    it('reports a failed read once and carries on with no record', async () => {
      const onError = vi.fn();
      const store = createAcknowledgementStore({
        storage: {
          get: () => Promise.reject(new TypeError('Failed to fetch')),
          set: async () => {},
        },
        onError,
      });
      await expect(store.load('ctt-privacy')).resolves.toBeNull();
      expect(store.needsAcknowledgement(policy())).toBe(true);
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'read' });
    });

    it('survives an adapter whose get throws synchronously', async () => {
      const onError = vi.fn();
      const store = createAcknowledgementStore({
        storage: {
          get: () => {
            throw new Error('not a promise');
          },
          set: async () => {},
        },
        onError,
      });
      await expect(store.load('ctt-privacy')).resolves.toBeNull();
      expect(onError).toHaveBeenCalledTimes(1);
    });

    it('keeps an acknowledgement whose write failed in memory and reports it', async () => {
      const onError = vi.fn();
      const store = createAcknowledgementStore({
        storage: { get: async () => null, set: () => Promise.reject(new Error('500')) },
        onError,
      });
      store.acknowledge(policy());
      await store.flush();
      expect(store.needsAcknowledgement(policy())).toBe(false);
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'write', key: KEY });
    });

    it('reports garbage from the adapter as corrupt', async () => {
      const onError = vi.fn();
      const store = createAcknowledgementStore({
        storage: { get: async () => '<html>', set: async () => {} },
        onError,
      });
      await expect(store.load('ctt-privacy')).resolves.toBeNull();
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'corrupt' });
    });
  });
});
