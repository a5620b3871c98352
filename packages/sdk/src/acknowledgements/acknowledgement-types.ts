import type { PolicyDocument } from '../document/policy-types';

/**
 * What a person acknowledged: which policy, which version, in which language, when.
 * Stored as JSON under `policykit:ack:<policyId>`; shaped so a host can log it for audit.
 */
export interface AcknowledgementRecord {
  policyId: string;
  version: string;
  /** The locale of the translation the person actually saw. */
  locale: string;
  /** ISO 8601 instant. */
  acknowledgedAt: string;
  /** A client-made id for this acknowledgement, so a host's audit log can refer to it. */
  receiptId: string;
}

/** Synchronous, `localStorage`-like storage. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

/** Asynchronous storage, e.g. a host's server, so acknowledgement follows a person across devices. */
export interface AsyncStorageAdapter {
  get(key: string): Promise<string | null | undefined>;
  set(key: string, value: string): Promise<void>;
}

export interface AcknowledgementStoreOptions {
  /** `localStorage` by default (memory where there is none, e.g. on a server). */
  storage?: StorageLike | AsyncStorageAdapter;
  /** Key prefix; default `policykit:ack:`. */
  key?: string;
  /** Called once per kind of storage failure; the store carries on in memory. */
  onError?: (error: unknown) => void;
  /** Clock, for tests. */
  now?: () => Date;
}

/**
 * A small external store (TanStack-store shape): read synchronously, subscribe for changes.
 * Never throws to the caller, whatever the storage does.
 */
export interface AcknowledgementStore {
  /** The record for this policy, or `null` (also while an async storage is still loading). */
  get(policyId: string): AcknowledgementRecord | null;
  /** Records that the person saw this document (its id, version and locale) now. */
  acknowledge(doc: PolicyDocument): AcknowledgementRecord;
  /** True when there is no record for `doc.id`, or its version differs from `doc.version`. */
  needsAcknowledgement(doc: PolicyDocument): boolean;
  /** Calls `listener` after any change, in this tab or (via the `storage` event) another. */
  subscribe(listener: () => void): () => void;
  /** Resolves once the storage has been read for `policyId` (at once for synchronous storage). */
  load(policyId: string): Promise<AcknowledgementRecord | null>;
}
