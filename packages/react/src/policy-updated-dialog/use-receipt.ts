import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  receiptForRecord,
  storedAcknowledgementReceipt,
  type AcknowledgementReceipt,
  type AcknowledgementRecord,
  type AcknowledgementStore,
} from '@policykit/sdk';

/**
 * Where the dialog gets the server's receipt for a record, when the store does not keep it: e.g.
 * `(record) => fetch(`/api/acknowledgements/${record.receiptId}`).then((r) => r.json())`.
 * `null`/`undefined` means the server has none: the acknowledgement is on this device only.
 */
export type AcknowledgementReceiptSource = (
  record: AcknowledgementRecord,
) => AcknowledgementReceipt | null | undefined | Promise<AcknowledgementReceipt | null | undefined>;

/**
 * - `ready` — a server's receipt for this policy and version;
 * - `loading` — `receiptFor` has not answered yet;
 * - `device-only` — no server gave a receipt: recorded in this browser only (never faked);
 * - `unavailable` — `receiptFor` failed (offline, a server error): try again later.
 */
export type ReceiptState =
  | { status: 'ready'; receipt: AcknowledgementReceipt }
  | { status: 'loading' | 'device-only' | 'unavailable' };

const noSubscription = () => () => {};

/**
 * The receipt for `record`: the one the store keeps with it (a server adapter's), else what
 * `receiptFor` gives, else `device-only`. Re-read when the store changes, so a receipt that
 * arrives once an offline acknowledgement reaches the server replaces "this device only".
 */
export function useReceipt(
  record: AcknowledgementRecord | null,
  store: AcknowledgementStore,
  receiptFor: AcknowledgementReceiptSource | undefined,
): ReceiptState | null {
  const policyId = record?.policyId;
  // The stored receipt, from the store's own record (its snapshot in useAcknowledgement
  // compares the five record fields only, so a receipt added later would not show there).
  const stored = useSyncExternalStore(
    policyId ? store.subscribe : noSubscription,
    () => (policyId ? storedAcknowledgementReceipt(store.get(policyId)) : null),
    () => null,
  );
  const [fetched, setFetched] = useState<{ for: AcknowledgementRecord; state: ReceiptState }>();
  useEffect(() => {
    if (!record || stored || !receiptFor) return;
    let current = true;
    Promise.resolve()
      .then(() => receiptFor(record))
      .then(
        (receipt) => {
          const found = receiptForRecord(receipt, record);
          if (current) {
            setFetched({
              for: record,
              state: found ? { status: 'ready', receipt: found } : { status: 'device-only' },
            });
          }
        },
        () => {
          if (current) setFetched({ for: record, state: { status: 'unavailable' } });
        },
      );
    return () => {
      current = false;
    };
  }, [record, stored, receiptFor]);

  if (!record) return null;
  if (stored && receiptForRecord(stored, record)) return { status: 'ready', receipt: stored };
  if (!receiptFor) return { status: 'device-only' };
  return fetched?.for === record ? fetched.state : { status: 'loading' };
}
