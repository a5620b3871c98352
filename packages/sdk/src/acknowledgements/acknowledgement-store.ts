import {
  AcknowledgementStorageError,
  type AcknowledgementStorageErrorKind,
} from './acknowledgement-storage-error';
import type {
  AcknowledgementRecord,
  AcknowledgementStore,
  AcknowledgementStoreOptions,
  AsyncStorageAdapter,
  StorageLike,
} from './acknowledgement-types';
import type { PolicyDocument } from '../document/policy-types';
import { randomUuid } from '../platform/random-uuid';
import { createStore } from '../store/create-store';

/**
 * The default key prefix: a record lives under `policykit:ack:<policyId>`.
 *
 * @example
 * localStorage.getItem(`${ACKNOWLEDGEMENT_KEY_PREFIX}ctt-privacy`); // the record's JSON, or null
 */
export const ACKNOWLEDGEMENT_KEY_PREFIX = 'policykit:ack:';

/**
 * What {@link createAcknowledgementStore} returns: the shared interface, plus `flush`.
 *
 * @example
 * const store: PersistentAcknowledgementStore = createAcknowledgementStore({ storage: serverAdapter });
 * store.acknowledge(policy);
 * await store.flush(); // the host's server has it now
 */
export interface PersistentAcknowledgementStore extends AcknowledgementStore {
  /**
   * Resolves when every write started so far has reached the storage (or
   * failed and been reported). Synchronous storages are always flushed; with an
   * async adapter, await it before navigating away or in tests.
   */
  flush(): Promise<void>;
}

/** Subscribed stores of this page, so one store's write reaches the others (see `watch`). */
const sameTab = new Set<(key: string | null) => void>();

type Backend =
  | { type: 'sync'; storage: StorageLike }
  | { type: 'async'; adapter: AsyncStorageAdapter }
  | { type: 'memory' };

interface Entry {
  /** The stored string this record was parsed from (`null`: nothing stored). */
  raw: string | null;
  record: AcknowledgementRecord | null;
  /** Written here but not (yet) in the storage: storage reads must not replace it. */
  pinned: boolean;
  /** Async adapters: has the storage answered for this id? */
  loaded: boolean;
  loading?: Promise<AcknowledgementRecord | null>;
  /** Bumped by every acknowledgement, so a slow read cannot overwrite a newer record. */
  generation: number;
}

/**
 * An acknowledgement store (see `AcknowledgementStore`): remembers which
 * version of which policy a person acknowledged, in which language and when.
 *
 * Storage: `localStorage` by default — looked up on first use, never at import
 * time, so importing and creating the store is safe on a server — or any
 * `Storage`-like object, or an async `{ get, set }` adapter (a host's API, so
 * the acknowledgement follows the person across devices; then `get` answers
 * from a cache that `load` fills, and `acknowledge` updates the cache at once
 * and writes in the background). Records are JSON under
 * `policykit:ack:<policyId>`.
 *
 * It never throws to the caller: a storage that is missing, throws (private
 * mode, quota, `SecurityError`), rejects, or holds something that is not a
 * record is reported once per kind through `onError` and the store carries on
 * in memory for what it could not read or write.
 *
 * Listeners hear every change: acknowledgements made through this store,
 * async loads, and — with `localStorage` — changes made in other tabs (the
 * `storage` event).
 *
 * @example
 * const store = createAcknowledgementStore({ onError: (e) => console.warn(e) });
 * if (store.needsAcknowledgement(policy)) showDialog();
 * // …when the person clicks "Acknowledge":
 * const record = store.acknowledge(policy); // { policyId, version, locale, acknowledgedAt, receiptId }
 *
 * @example
 * // Following the person across devices through the host's API:
 * const store = createAcknowledgementStore({
 *   storage: {
 *     get: (key) => fetch(`/api/prefs/${key}`).then((r) => (r.ok ? r.text() : null)),
 *     set: (key, value) => fetch(`/api/prefs/${key}`, { method: 'PUT', body: value }).then(() => {}),
 *   },
 * });
 * await store.load(policy.id);
 */
export function createAcknowledgementStore(
  options: AcknowledgementStoreOptions = {},
): PersistentAcknowledgementStore {
  const prefix = options.key ?? ACKNOWLEDGEMENT_KEY_PREFIX;
  const now = options.now ?? (() => new Date());
  const entries = new Map<string, Entry>();
  // Records are read per policy id (`get(policyId)`), so what the store primitive holds is a
  // change counter: every change bumps it, and listeners read what they need again.
  const changes = createStore(0);
  let subscribers = 0;
  const reported = new Set<AcknowledgementStorageErrorKind>();
  const writes = new Map<string, Promise<void>>();
  let backend: Backend | undefined;
  let watching = false;

  const report = (
    kind: AcknowledgementStorageErrorKind,
    message: string,
    key?: string,
    cause?: unknown,
  ) => {
    if (reported.has(kind)) return;
    reported.add(kind);
    try {
      options.onError?.(new AcknowledgementStorageError(kind, message, key, { cause }));
    } catch {
      // A failing error hook must not turn a handled storage problem into a crash.
    }
  };

  const notify = () => {
    try {
      changes.set((count) => count + 1);
    } catch (error) {
      // Every listener has been called; one broken listener must not throw into `acknowledge`.
      // It is still reported the way the platform reports uncaught errors.
      reportUncaught(error);
    }
  };

  const resolveBackend = (): Backend => {
    if (backend) return backend;
    const given = options.storage;
    if (given === undefined) {
      try {
        // Only in a browser: some server runtimes define a `localStorage` global
        // that warns or throws when touched.
        const storage = typeof window === 'undefined' ? undefined : window.localStorage;
        if (storage) backend = { type: 'sync', storage };
        else {
          backend = { type: 'memory' };
          report(
            'unavailable',
            'No localStorage (server side?); acknowledgements are kept in memory.',
          );
        }
      } catch (error) {
        // Sandboxed iframes and blocked cookies: merely reading `window.localStorage` throws SecurityError.
        backend = { type: 'memory' };
        report(
          'unavailable',
          'localStorage is blocked; acknowledgements are kept in memory.',
          undefined,
          error,
        );
      }
    } else if (isStorageLike(given)) {
      backend = { type: 'sync', storage: given };
    } else if (isAsyncAdapter(given)) {
      backend = { type: 'async', adapter: given };
    } else {
      backend = { type: 'memory' };
      report(
        'invalid-storage',
        'storage is neither Storage-like nor an async { get, set } adapter; acknowledgements are kept in memory.',
      );
    }
    return backend;
  };

  /** Parses a stored value; garbage is reported and read as "no record". */
  const parse = (id: string, raw: string | null): AcknowledgementRecord | null => {
    if (raw === null) return null;
    const record = parseAcknowledgementRecord(raw, id);
    if (!record) {
      report('corrupt', `"${prefix}${id}" holds no acknowledgement record; ignored.`, prefix + id);
    }
    return record;
  };

  const readSync = (storage: StorageLike, id: string): AcknowledgementRecord | null => {
    const entry = entries.get(id);
    if (entry?.pinned) return entry.record;
    let raw: string | null;
    try {
      raw = storage.getItem(prefix + id) ?? null;
      if (raw !== null && typeof raw !== 'string') raw = String(raw);
    } catch (error) {
      report('read', 'Reading storage failed; using memory.', prefix + id, error);
      return entry?.record ?? null;
    }
    // Same string, same object: `useSyncExternalStore` needs a stable snapshot.
    if (entry && entry.raw === raw) return entry.record;
    const record = parse(id, raw);
    entries.set(id, {
      raw,
      record,
      pinned: false,
      loaded: true,
      generation: entry?.generation ?? 0,
    });
    return record;
  };

  const loadAsync = (
    adapter: AsyncStorageAdapter,
    id: string,
  ): Promise<AcknowledgementRecord | null> => {
    let entry = entries.get(id);
    if (entry?.loaded) return Promise.resolve(entry.record);
    if (entry?.loading) return entry.loading;
    if (!entry) {
      entry = { raw: null, record: null, pinned: false, loaded: false, generation: 0 };
      entries.set(id, entry);
    }
    const started = entry;
    const generation = started.generation;
    started.loading = Promise.resolve()
      .then(() => adapter.get(prefix + id))
      .then(
        (value) => {
          // Acknowledged while the read was in flight: the newer record wins.
          if (started.generation === generation) {
            const raw = value === null || value === undefined ? null : String(value);
            started.raw = raw;
            started.record = parse(id, raw);
          }
        },
        (error: unknown) => {
          report('read', 'Reading storage failed; using memory.', prefix + id, error);
        },
      )
      .then(() => {
        started.loaded = true;
        started.loading = undefined;
        notify();
        return started.record;
      });
    return started.loading;
  };

  const read = (id: string): AcknowledgementRecord | null => {
    const current = resolveBackend();
    switch (current.type) {
      case 'sync':
        return readSync(current.storage, id);
      case 'async': {
        const entry = entries.get(id);
        if (!entry || (!entry.loaded && !entry.loading)) void loadAsync(current.adapter, id);
        return entries.get(id)?.record ?? null;
      }
      case 'memory':
        return entries.get(id)?.record ?? null;
      default:
        return current satisfies never;
    }
  };

  const write = (id: string, record: AcknowledgementRecord) => {
    const raw = JSON.stringify(record);
    // Updated in place: a read in flight holds this entry and must see the newer record.
    const entry: Entry = entries.get(id) ?? {
      raw: null,
      record: null,
      pinned: false,
      loaded: true,
      generation: 0,
    };
    entry.raw = raw;
    entry.record = record;
    entry.pinned = true;
    entry.generation += 1;
    entries.set(id, entry);
    const current = resolveBackend();
    switch (current.type) {
      case 'sync':
        try {
          current.storage.setItem(prefix + id, raw);
          entry.pinned = false;
          // The `storage` event never fires in the tab that wrote: tell this tab's other stores.
          for (const peer of [...sameTab]) if (peer !== onStorageChange) peer(prefix + id);
        } catch (error) {
          report('write', 'Writing storage failed; kept in memory.', prefix + id, error);
        }
        break;
      case 'async': {
        // One write at a time per key, in order, so an older record never lands last.
        const queued = (writes.get(id) ?? Promise.resolve())
          .then(() => current.adapter.set(prefix + id, raw))
          .then(
            () => {
              if (entry.record === record) entry.pinned = false;
            },
            (error: unknown) => {
              report('write', 'Writing storage failed; kept in memory.', prefix + id, error);
            },
          );
        writes.set(id, queued);
        void queued.then(() => {
          if (writes.get(id) === queued) writes.delete(id);
        });
        break;
      }
      case 'memory':
        break;
      default:
        current satisfies never;
    }
  };

  // Another tab (the `storage` event) or another store in this tab wrote or
  // cleared the storage: forget what we read (not what we could not write), and
  // let listeners read again.
  // (Which storage changed is not checked: a host may wrap localStorage, and a
  // needless re-read of an unchanged value notifies with the same snapshot.)
  const onStorageChange = (key: string | null) => {
    if (key !== null && !key.startsWith(prefix)) return;
    if (backend?.type !== 'sync') return;
    for (const [id, entry] of entries) {
      if (!entry.pinned && (key === null || key === prefix + id)) entries.delete(id);
    }
    notify();
  };
  const onStorageEvent = (event: StorageEvent) => onStorageChange(event.key);

  const watch = (on: boolean) => {
    if (on === watching) return;
    watching = on;
    if (on) sameTab.add(onStorageChange);
    else sameTab.delete(onStorageChange);
    if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return;
    if (on) window.addEventListener('storage', onStorageEvent);
    else window.removeEventListener('storage', onStorageEvent);
  };

  return {
    get: (policyId) => read(policyId),

    acknowledge(doc: PolicyDocument) {
      const record: AcknowledgementRecord = {
        policyId: doc.id,
        version: doc.version,
        locale: doc.locale,
        acknowledgedAt: safeNow(now).toISOString(),
        receiptId: randomUuid(),
      };
      write(doc.id, record);
      notify();
      return record;
    },

    needsAcknowledgement: (doc) => read(doc.id)?.version !== doc.version,

    subscribe(listener) {
      const stop = changes.subscribe(() => listener());
      subscribers += 1;
      if (resolveBackend().type === 'sync') watch(true);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        stop();
        subscribers -= 1;
        if (subscribers === 0) watch(false);
      };
    },

    load(policyId) {
      const current = resolveBackend();
      if (current.type === 'async') return loadAsync(current.adapter, policyId);
      return Promise.resolve(read(policyId));
    },

    async flush() {
      while (writes.size > 0) await Promise.all([...writes.values()]);
    },
  };
}

/**
 * Parses one stored value: the JSON of an acknowledgement record for
 * `policyId`, or `null` for anything else (not JSON, wrong shape, another
 * policy's record, a date that is not a date).
 *
 * @example
 * parseAcknowledgementRecord(localStorage.getItem('policykit:ack:ctt-privacy') ?? '', 'ctt-privacy');
 */
export function parseAcknowledgementRecord(
  raw: string,
  policyId: string,
): AcknowledgementRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const r = value as Record<string, unknown>;
  const ok =
    r.policyId === policyId &&
    typeof r.version === 'string' &&
    r.version !== '' &&
    typeof r.locale === 'string' &&
    typeof r.acknowledgedAt === 'string' &&
    !Number.isNaN(Date.parse(r.acknowledgedAt)) &&
    typeof r.receiptId === 'string';
  return ok ? (r as unknown as AcknowledgementRecord) : null;
}

function isStorageLike(value: unknown): value is StorageLike {
  try {
    const s = value as StorageLike;
    return typeof s?.getItem === 'function' && typeof s.setItem === 'function';
  } catch {
    return false;
  }
}

function isAsyncAdapter(value: unknown): value is AsyncStorageAdapter {
  try {
    const a = value as AsyncStorageAdapter;
    return typeof a?.get === 'function' && typeof a.set === 'function';
  } catch {
    return false;
  }
}

function reportUncaught(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else
    setTimeout(() => {
      throw error;
    });
}

function safeNow(now: () => Date): Date {
  try {
    const date = now();
    if (date instanceof Date && !Number.isNaN(date.getTime())) return date;
  } catch {
    // A broken clock option falls back to the real one.
  }
  return new Date();
}
