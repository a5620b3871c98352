import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  acknowledgementDue,
  loadAcknowledgements,
  noticeRecordId,
  type AcknowledgementRecord,
  type AcknowledgementStore,
  type PolicyDocument,
} from '@policykit/sdk';

export interface UseAcknowledgementResult {
  /** The stored record for `policy.id` (any version), or `null` — also while not yet `hydrated`. */
  record: AcknowledgementRecord | null;
  /**
   * The record of an acknowledged upcoming-change notice for this policy (see
   * `acknowledgeUpcomingNotice`), or `null`.
   */
  noticeRecord: AcknowledgementRecord | null;
  /**
   * Once the storage has been read: whether this version still needs acknowledging —
   * `store.needsAcknowledgement(policy)`, unless the person already acknowledged the
   * notice of this version before it took effect (`acknowledgementDue`). `false` before,
   * because "unknown" must never prompt (a server render cannot know the answer).
   */
  needsAcknowledgement: boolean;
  /** Records that the person saw `policy` now and returns the record (never throws). */
  acknowledge: () => AcknowledgementRecord;
  /**
   * `true` once this client has read the storage for `policy.id` (after hydration, and
   * after an async adapter has answered). `false` on the server and in the first render.
   */
  hydrated: boolean;
}

const sameRecord = (a: AcknowledgementRecord | null, b: AcknowledgementRecord | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.policyId === b.policyId &&
    a.version === b.version &&
    a.locale === b.locale &&
    a.acknowledgedAt === b.acknowledgedAt &&
    a.receiptId === b.receiptId);

interface Records {
  record: AcknowledgementRecord | null;
  noticeRecord: AcknowledgementRecord | null;
}

const unknownOnServer = (): Records | undefined => undefined;

/**
 * A `getSnapshot` for both records of one policy. useSyncExternalStore needs a stable
 * snapshot, and a host's own store may build a new object on every `get`: equal
 * records are folded into the previous snapshot.
 */
function recordsSnapshot(store: AcknowledgementStore, policyId: string): () => Records {
  let last: Records = { record: null, noticeRecord: null };
  return () => {
    const record = store.get(policyId);
    const noticeRecord = store.get(noticeRecordId(policyId));
    if (!sameRecord(last.record, record) || !sameRecord(last.noticeRecord, noticeRecord)) {
      last = { record, noticeRecord };
    }
    return last;
  };
}

/**
 * Whether the person has acknowledged this version of a policy, kept in step with the
 * store (other components, other tabs via the `storage` event). Usable without the dialog,
 * e.g. to show a badge or gate a checkout step.
 *
 * The storage is read after hydration, never in the first render: the server cannot see
 * the browser's storage, so reading it while hydrating would render different HTML.
 *
 * @example
 * const store = useMemo(() => createAcknowledgementStore(), []);
 * const { needsAcknowledgement, acknowledge } = useAcknowledgement(policy, store);
 * return needsAcknowledgement ? <button onClick={acknowledge}>I have read it</button> : null;
 */
export function useAcknowledgement(
  policy: PolicyDocument,
  store: AcknowledgementStore,
): UseAcknowledgementResult {
  const policyId = policy.id;
  const [loaded, setLoaded] = useState<{ store: AcknowledgementStore; policyId: string } | null>(
    null,
  );
  const hydrated = loaded !== null && loaded.store === store && loaded.policyId === policyId;

  useEffect(() => {
    let live = true;
    const done = () => {
      if (live) setLoaded({ store, policyId });
    };
    // Deferred through a promise so even a store that throws synchronously (a host's own
    // implementation of the interface) cannot break the effect; either outcome means
    // "read as far as it can be", and the store carries on in memory.
    Promise.resolve()
      .then(() => loadAcknowledgements(store, policyId))
      .then(done, done);
    return () => {
      live = false;
    };
  }, [store, policyId]);

  const getSnapshot = useMemo(
    () => (hydrated ? recordsSnapshot(store, policyId) : unknownOnServer),
    [store, policyId, hydrated],
  );
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener), [store]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, unknownOnServer);

  // The SDK decides; the snapshot above re-renders this whenever a record changes.
  const needsAcknowledgement = hydrated && acknowledgementDue(store, policy);
  const acknowledge = useCallback(() => store.acknowledge(policy), [store, policy]);

  return {
    record: snapshot?.record ?? null,
    noticeRecord: snapshot?.noticeRecord ?? null,
    needsAcknowledgement,
    acknowledge,
    hydrated,
  };
}
