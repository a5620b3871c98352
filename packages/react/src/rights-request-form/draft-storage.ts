/** What the person has typed so far. Strings, as the fields hold them: nothing is normalized here. */
export interface RequestDraft {
  right: string;
  name: string;
  email: string;
  phone: string;
  details: string;
}

/**
 * The idempotency key last used for one exact request body. Kept with the draft so that
 * sending the same request again — after a failure, even after a reload — reuses the key
 * and the server answers with the receipt it may already have made, never a second record.
 */
export interface PendingSubmission {
  fingerprint: string;
  idempotencyKey: string;
}

export interface StoredDraft {
  values: RequestDraft;
  pending?: PendingSubmission;
}

export const EMPTY_DRAFT: RequestDraft = { right: '', name: '', email: '', phone: '', details: '' };

const DRAFT_FIELDS = [
  'right',
  'name',
  'email',
  'phone',
  'details',
] as const satisfies readonly (keyof RequestDraft)[];

/** The session-storage key of one policy's draft. Per policy, so two forms on a site never mix. */
export function draftStorageKey(policyId: string): string {
  return `policykit:rights-draft:${policyId}`;
}

/**
 * `window.sessionStorage`, or `undefined` where there is none. Merely reading the property
 * throws a `SecurityError` in some browsers when storage is blocked (Chrome with third-party
 * data blocked inside an iframe, Safari in some private modes), so even that is guarded.
 */
function sessionStore(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The stored draft, or `undefined` when there is none, storage is unavailable or holds garbage. */
export function readDraft(policyId: string): StoredDraft | undefined {
  let raw: string | null | undefined;
  try {
    raw = sessionStore()?.getItem(draftStorageKey(policyId));
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
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
    if (typeof value === 'string') values[field] = value;
  }
  const draft: StoredDraft = { values };
  const pending = record.pending as Partial<PendingSubmission> | null | undefined;
  if (typeof pending?.fingerprint === 'string' && typeof pending.idempotencyKey === 'string') {
    draft.pending = { fingerprint: pending.fingerprint, idempotencyKey: pending.idempotencyKey };
  }
  return draft;
}

/** Saves the draft. Returns `false` when storage refused (blocked, full): the form carries on in memory. */
export function writeDraft(policyId: string, draft: StoredDraft): boolean {
  try {
    const store = sessionStore();
    if (!store) return false;
    store.setItem(draftStorageKey(policyId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the draft (after a successful submission). Never throws. */
export function clearDraft(policyId: string): void {
  try {
    sessionStore()?.removeItem(draftStorageKey(policyId));
  } catch {
    // Storage that cannot be cleared cannot be written either; nothing more to do.
  }
}

/** Whether anything was typed; an untouched form is not worth saving or restoring. */
export function isEmptyDraft(values: RequestDraft): boolean {
  return DRAFT_FIELDS.every((field) => values[field] === '');
}

/** One form's draft: a small external store (`get`/`subscribe`) mirrored to session storage. */
export interface DraftStore {
  get: () => DraftSnapshot;
  subscribe: (listener: () => void) => () => void;
  update: (change: (current: StoredDraft) => StoredDraft) => void;
  clear: () => void;
}

export interface DraftSnapshot extends StoredDraft {
  /** `true` when the values came from storage: work from before a reload or crash. */
  restored: boolean;
}

/** What the server renders, and what hydration starts from: an empty form. */
export const SERVER_DRAFT_SNAPSHOT: DraftSnapshot = { values: EMPTY_DRAFT, restored: false };

/**
 * The draft of one policy's form. Storage is read lazily on the first `get()` in the
 * browser — after hydration when the page was server-rendered, since React asks the
 * server snapshot first — and written synchronously on every change, so a reload right
 * after a keystroke keeps it. Every storage access is guarded (see `readDraft`).
 *
 * @example
 * const store = createDraftStore('ctt-privacy');
 * store.update((draft) => ({ ...draft, values: { ...draft.values, name: 'Siti' } }));
 */
export function createDraftStore(policyId: string): DraftStore {
  let snapshot: DraftSnapshot | undefined;
  const listeners = new Set<() => void>();
  const load = (): DraftSnapshot => {
    if (!snapshot) {
      const stored = readDraft(policyId);
      snapshot =
        stored && !isEmptyDraft(stored.values)
          ? { ...stored, restored: true }
          : { values: EMPTY_DRAFT, restored: false };
    }
    return snapshot;
  };
  const publish = (next: DraftSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  return {
    get: load,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      const current = load();
      const { values, pending } = change(current);
      const next: DraftSnapshot = pending
        ? { values, pending, restored: current.restored }
        : { values, restored: current.restored };
      if (isEmptyDraft(next.values) && !next.pending) clearDraft(policyId);
      else
        writeDraft(
          policyId,
          next.pending ? { values: next.values, pending: next.pending } : { values: next.values },
        );
      publish(next);
    },
    clear() {
      clearDraft(policyId);
      publish({ values: EMPTY_DRAFT, restored: false });
    },
  };
}
