import type { TrackedRequest } from '../../rights/lifecycle/request-history';
import type { Jurisdiction } from '../../rights/rights-request-types';
import {
  RightsRequestNotFoundError,
  StoreConflictError,
  type RightsRequestChange,
  type StoredRequestLifecycle,
  type StoredRightsRequest,
} from '../rights-request-store';

/**
 * The record's lifecycle. A record written before the lifecycle existed reads as just
 * received: status `received`, its history the one `received` event at the receipt's time,
 * version 0, its receipt's `dueBy`; `jurisdiction` is the fallback's (the handler's).
 */
export function lifecycleOf(
  record: StoredRightsRequest,
  fallbackJurisdiction: Jurisdiction = 'id-pdp',
): StoredRequestLifecycle {
  if (record.lifecycle) return record.lifecycle;
  const at = new Date(record.receipt.submittedAt).toISOString();
  return {
    jurisdiction: fallbackJurisdiction,
    status: 'received',
    history: [{ at, actor: { kind: 'system' }, type: 'received', to: 'received' }],
    version: 0,
    dueBy: record.receipt.dueBy,
  };
}

/** The record as the SDK's lifecycle functions (`transitionRequest`, `requestClock`) take it. */
export function trackedOf(
  record: StoredRightsRequest,
  fallbackJurisdiction?: Jurisdiction,
): TrackedRequest {
  const lifecycle = lifecycleOf(record, fallbackJurisdiction);
  return {
    reference: record.receipt.reference,
    right: record.receipt.right,
    jurisdiction: lifecycle.jurisdiction,
    receivedAt: new Date(record.receipt.submittedAt).toISOString(),
    status: lifecycle.status,
    history: lifecycle.history,
  };
}

/**
 * The record after `change`, or the typed refusal: a stale `expectedVersion` is a
 * `StoreConflictError`; a history that does not extend the stored one is refused (the history
 * is append-only). Shared by the memory and file stores; the PostgreSQL store checks the
 * version in its `UPDATE … WHERE version = $n`.
 */
export function applyChange(
  reference: string,
  record: StoredRightsRequest | undefined,
  expectedVersion: number,
  change: RightsRequestChange,
): StoredRightsRequest {
  if (!record) throw new RightsRequestNotFoundError(reference);
  const current = lifecycleOf(record, change.lifecycle.jurisdiction);
  if (current.version !== expectedVersion) {
    throw new StoreConflictError(reference, expectedVersion, current.version);
  }
  assertAppendOnly(reference, current, change);
  return {
    ...record,
    lifecycle: { ...change.lifecycle, version: expectedVersion + 1 },
    ...(change.statusTokenHash === undefined ? {} : { statusTokenHash: change.statusTokenHash }),
  };
}

/** The new history keeps every stored event, in place, unchanged (UU PDP Pasal 31 records). */
export function assertAppendOnly(
  reference: string,
  current: Pick<StoredRequestLifecycle, 'history'>,
  change: RightsRequestChange,
): void {
  const next = change.lifecycle.history;
  const kept =
    next.length >= current.history.length &&
    current.history.every((event, index) => sameEvent(event, next[index]));
  if (!kept) {
    throw new RangeError(
      `${reference}: update() must append to the history, not change or drop its events`,
    );
  }
}

/** Equal events, whatever their key order (PostgreSQL's jsonb reorders keys). */
function sameEvent(a: object, b: object | undefined): boolean {
  return b !== undefined && canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
