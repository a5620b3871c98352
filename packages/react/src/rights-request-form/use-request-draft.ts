import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { createIdempotencyKey } from '@policykit/sdk';
import { createDraftStore, SERVER_DRAFT_SNAPSHOT, type RequestDraft } from './draft-storage';

export interface RequestDraftState {
  /** The fields as typed (`right` falls back to the form's `defaultRight` until one is chosen). */
  values: RequestDraft;
  /** `true` when the fields were restored from an earlier visit (a reload, a crash). */
  restored: boolean;
  setField: (field: keyof RequestDraft, value: string) => void;
  /**
   * The idempotency key for one exact request (`fingerprint` is its serialized body): the
   * same key as last time when the body is unchanged, a fresh one otherwise. Remembered with
   * the draft, so "send again" after a failure or a reload never makes a second record.
   */
  idempotencyKeyFor: (fingerprint: string) => string;
  /** Forgets the draft, in memory and in storage (after a successful submission). */
  clear: () => void;
}

const serverSnapshot = () => SERVER_DRAFT_SNAPSHOT;

/**
 * The form's draft, kept in session storage under `policykit:rights-draft:<policyId>` so
 * that nothing typed is lost to a failed submission, a reload or a tab crash; cleared on
 * success. On a server-rendered page the first render shows an empty form (as the server
 * did) and the stored draft appears right after hydration. Blocked or full storage only
 * means the draft lives in memory.
 *
 * Session (not local) storage on purpose: the draft holds personal data, and it should
 * not outlive the tab on a shared computer.
 *
 * @example
 * const draft = useRequestDraft(policy.id, 'access');
 * <input value={draft.values.name} onChange={(e) => draft.setField('name', e.target.value)} />
 */
export function useRequestDraft(policyId: string, defaultRight?: string): RequestDraftState {
  const store = useMemo(() => createDraftStore(policyId), [policyId]);
  const snapshot = useSyncExternalStore(store.subscribe, store.get, serverSnapshot);

  const setField = useCallback(
    (field: keyof RequestDraft, value: string) =>
      store.update((current) => ({ ...current, values: { ...current.values, [field]: value } })),
    [store],
  );

  const idempotencyKeyFor = useCallback(
    (fingerprint: string) => {
      const pending = store.get().pending;
      if (pending?.fingerprint === fingerprint) return pending.idempotencyKey;
      const idempotencyKey = createIdempotencyKey();
      store.update((current) => ({ ...current, pending: { fingerprint, idempotencyKey } }));
      return idempotencyKey;
    },
    [store],
  );

  const values = useMemo(
    () =>
      snapshot.values.right || !defaultRight
        ? snapshot.values
        : { ...snapshot.values, right: defaultRight },
    [snapshot.values, defaultRight],
  );

  return { values, restored: snapshot.restored, setField, idempotencyKeyFor, clear: store.clear };
}
