import { useMemo } from 'react';
import {
  createRequestDraftStore,
  createStore,
  type RequestDraft,
  type RequestDraftSnapshot,
  type RequestDraftStore,
} from '@policykit/sdk';
import { useHydrated } from '../policy-updated-dialog/use-hydrated';
import { useSelector } from '../store/use-selector';

export interface RequestDraftState {
  /** The SDK draft store (`createRequestDraftStore`): `setField`, `clear`, and `keys` for the submission. */
  store: RequestDraftStore;
  /** The fields as typed (`right` falls back to the form's `defaultRight` until one is chosen). */
  values: RequestDraft;
  /** `true` when the fields were restored from an earlier visit (a reload, a crash). */
  restored: boolean;
}

// What the server renders and hydration starts from: an empty form. Never set.
const serverDraft = /* @__PURE__ */ createStore<RequestDraftSnapshot>({
  values: { right: '', name: '', email: '', phone: '', details: '' },
  restored: false,
});

/**
 * The form's draft (see `createRequestDraftStore`), one per policy. On a server-rendered page
 * the hydration render shows an empty form, as the server did, without touching storage; the
 * stored draft appears in the render right after.
 *
 * @example
 * const draft = useRequestDraft(policy.id, 'access');
 * <input value={draft.values.name} onChange={(e) => draft.store.setField('name', e.target.value)} />
 */
export function useRequestDraft(policyId: string, defaultRight?: string): RequestDraftState {
  // A new policy is a new draft (drafts are per policy), hence useMemo rather than useState.
  const store = useMemo(() => createRequestDraftStore({ policyId }), [policyId]);
  const hydrated = useHydrated();
  const snapshot = useSelector(hydrated ? store : serverDraft);
  const values = useMemo(
    () =>
      snapshot.values.right || !defaultRight
        ? snapshot.values
        : { ...snapshot.values, right: defaultRight },
    [snapshot.values, defaultRight],
  );
  return { store, values, restored: snapshot.restored };
}
