import type { StorageLike } from '../acknowledgements/acknowledgement-types';
import { createStore, type ReadableStore, type Store } from '../store/create-store';
import type {
  IdempotencyKeyMemory,
  IdempotencyKeyRecord,
} from './create-rights-request-submission';

/**
 * What the person has typed so far. Strings, as the fields hold them: nothing is normalized here.
 *
 * @example
 * const draft: RequestDraft = { right: 'access', name: 'Siti', email: '', phone: '', details: '' };
 */
export interface RequestDraft {
  right: string;
  name: string;
  email: string;
  phone: string;
  details: string;
}

/**
 * What a draft store holds.
 *
 * @example
 * const { values, restored } = draftStore.get();
 */
export interface RequestDraftSnapshot {
  values: RequestDraft;
  /** `true` when the values came from storage: work from before a reload or crash. */
  restored: boolean;
  /** The idempotency key of the last request sent from this draft (see `IdempotencyKeyMemory`). */
  pending?: IdempotencyKeyRecord;
}

/**
 * Options of {@link createRequestDraftStore}.
 *
 * @example
 * const options: RequestDraftStoreOptions = { policyId: policy.id, storage: sessionStorage };
 */
export interface RequestDraftStoreOptions {
  /** The policy the form is for: each policy has its own draft, so two forms never mix. */
  policyId: string;
  /**
   * Where the draft is kept. Default `window.sessionStorage`, looked up on each use (never at
   * import time; merely reading the property throws in some blocked-storage browsers). `null`:
   * memory only.
   */
  storage?: StorageLike | null | undefined;
}

/**
 * One form's draft: a store of {@link RequestDraftSnapshot} mirrored to storage.
 *
 * @example
 * const draft: RequestDraftStore = createRequestDraftStore({ policyId: policy.id });
 */
export interface RequestDraftStore extends ReadableStore<RequestDraftSnapshot> {
  /** Changes one field; saved at once, so a reload right after a keystroke keeps it. */
  setField(field: keyof RequestDraft, value: string): void;
  /** Forgets the draft, in memory and in storage (after a successful submission). */
  clear(): void;
  /**
   * The key memory for `createRightsRequestSubmission({ keys })`: kept with the draft, so
   * "send again" after a failure, even after a reload, reuses the key and never makes a
   * second record.
   */
  readonly keys: IdempotencyKeyMemory;
}

const EMPTY_DRAFT: RequestDraft = { right: '', name: '', email: '', phone: '', details: '' };

const DRAFT_FIELDS = [
  'right',
  'name',
  'email',
  'phone',
  'details',
] as const satisfies readonly (keyof RequestDraft)[];

interface StoredDraft {
  values: RequestDraft;
  pending?: IdempotencyKeyRecord;
}

/**
 * `window.sessionStorage`, or `undefined` where there is none. Merely reading the property
 * throws a `SecurityError` in some browsers when storage is blocked (Chrome with third-party
 * data blocked inside an iframe, Safari in some private modes), so even that is guarded.
 */
function sessionStore(): StorageLike | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function isEmptyDraft(values: RequestDraft): boolean {
  return DRAFT_FIELDS.every((field) => values[field] === '');
}

/** The stored draft, or `undefined` when there is none, storage is unavailable or holds garbage. */
function parseDraft(raw: unknown): StoredDraft | undefined {
  if (typeof raw !== 'string' || !raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as { values?: unknown; pending?: unknown };
  if (typeof record.values !== 'object' || record.values === null) return undefined;
  const stored = record.values as Record<string, unknown>;
  const values = { ...EMPTY_DRAFT };
  for (const field of DRAFT_FIELDS) {
    const value = stored[field];
    // Only strings: a tampered record must not put objects or numbers into the fields.
    if (typeof value === 'string') values[field] = value;
  }
  const draft: StoredDraft = { values };
  const pending = record.pending as Partial<IdempotencyKeyRecord> | null | undefined;
  if (typeof pending?.fingerprint === 'string' && typeof pending.idempotencyKey === 'string') {
    draft.pending = { fingerprint: pending.fingerprint, idempotencyKey: pending.idempotencyKey };
  }
  return draft;
}

/**
 * The draft of one policy's rights-request form, kept under `policykit:rights-draft:<policyId>`
 * so that nothing typed is lost to a failed submission, a reload or a tab crash; cleared on
 * success. Storage is read on first use (not on creation: a component can create it while
 * rendering on the server) and written synchronously on every change. Blocked, full or
 * hostile storage only means the draft lives in memory: no storage call can throw out of it,
 * and garbage in storage reads as an empty draft.
 *
 * Session (not local) storage by default on purpose: the draft holds personal data, and it
 * should not outlive the tab on a shared computer. An untouched form is never written.
 *
 * @example
 * const draft = createRequestDraftStore({ policyId: 'ctt-privacy' });
 * draft.subscribe(({ values }) => (nameInput.value = values.name));
 * nameInput.addEventListener('input', () => draft.setField('name', nameInput.value));
 * const submission = createRightsRequestSubmission({ client, keys: draft.keys, onSubmitted: draft.clear });
 */
export function createRequestDraftStore(options: RequestDraftStoreOptions): RequestDraftStore {
  const key = `policykit:rights-draft:${options.policyId}`;
  const storage = (): StorageLike | null | undefined =>
    options.storage === undefined ? sessionStore() : options.storage;

  const read = (): StoredDraft | undefined => {
    try {
      return parseDraft(storage()?.getItem(key));
    } catch {
      return undefined;
    }
  };
  const write = (draft: StoredDraft): void => {
    try {
      storage()?.setItem(key, JSON.stringify(draft));
    } catch {
      // Blocked or full: the draft carries on in memory.
    }
  };
  const remove = (): void => {
    try {
      const target = storage();
      if (!target) return;
      // A Storage-like object without removeItem: an empty value reads as "no draft".
      if (typeof target.removeItem === 'function') target.removeItem(key);
      else target.setItem(key, '');
    } catch {
      // Storage that cannot be cleared cannot be written either; nothing more to do.
    }
  };

  // Made on first use, from what storage holds then: nobody has seen a value before that, so
  // there is no change to announce.
  let state: Store<RequestDraftSnapshot> | undefined;
  const store = (): Store<RequestDraftSnapshot> => {
    if (!state) {
      const stored = read();
      state = createStore<RequestDraftSnapshot>(
        stored && !isEmptyDraft(stored.values)
          ? { ...stored, restored: true }
          : { values: EMPTY_DRAFT, restored: false },
      );
    }
    return state;
  };

  const update = (change: (current: StoredDraft) => StoredDraft): void => {
    const current = store().get();
    const { values, pending } = change(current);
    const next: RequestDraftSnapshot = pending
      ? { values, pending, restored: current.restored }
      : { values, restored: current.restored };
    if (isEmptyDraft(values) && !pending) remove();
    else write(pending ? { values, pending } : { values });
    store().set(next);
  };

  return {
    get: () => store().get(),
    subscribe: (listener) => store().subscribe(listener),
    setField(field, value) {
      update((current) => ({ ...current, values: { ...current.values, [field]: value } }));
    },
    clear() {
      remove();
      store().set({ values: EMPTY_DRAFT, restored: false });
    },
    keys: {
      get: () => store().get().pending,
      set(record) {
        update(({ values }) => (record ? { values, pending: record } : { values }));
      },
    },
  };
}
