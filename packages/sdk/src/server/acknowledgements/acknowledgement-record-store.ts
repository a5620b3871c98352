import type { AcknowledgementReceiptRecord } from '../../acknowledgements/acknowledgement-receipt';

/**
 * One acknowledgement (or delivery) as the server keeps it: the record a receipt is made from,
 * plus what makes a client's retry find it again.
 */
export interface StoredAcknowledgement {
  /** The client's `Idempotency-Key`; unique per subject, so one person's key never meets another's. */
  idempotencyKey: string;
  /** SHA-256 of the canonical JSON of what the client sent: a replay must send the same. */
  fingerprint: string;
  /** The receipt's own id, kept so every copy of the receipt is the same receipt. */
  receiptId: string;
  /** `recordId`, `subjectId`, policy, version, locale, hash, channel, event, `recordedAt`. */
  record: Required<AcknowledgementReceiptRecord>;
}

export interface AcknowledgementInsertResult {
  record: StoredAcknowledgement;
  /** `false`: the subject's key was recorded already, `record` is the earlier one. */
  created: boolean;
}

/** What the DPO's queries ask a store for; every field narrows. */
export interface AcknowledgementQuery {
  policyId: string;
  version?: string;
  event?: 'acknowledged' | 'delivered';
  /** Only these subjects (a reminder job's list). */
  subjectIds?: readonly string[];
}

/**
 * Where the server keeps acknowledgements. Memory, file and PostgreSQL stores ship; all three
 * pass the same contract suite (`test-support/acknowledgement-store-contract.ts`).
 *
 * Records are append-only: an acknowledgement is evidence (UU PDP Pasal 24 as commonly read:
 * the controller must be able to show it), so nothing here updates or deletes one.
 */
export interface AcknowledgementRecordStore {
  /**
   * Records `create()`'s result under `(subjectId, idempotencyKey)` unless that pair is taken,
   * in which case the earlier record comes back with `created: false` (`create` is not called).
   * Durable before it resolves.
   */
  insert(
    subjectId: string,
    idempotencyKey: string,
    create: () => StoredAcknowledgement,
  ): Promise<AcknowledgementInsertResult>;
  /** One subject's records, oldest first (`recordedAt`, then `recordId`). */
  listBySubject(subjectId: string): Promise<StoredAcknowledgement[]>;
  /** Records of one policy matching `query`, oldest first. */
  query(query: AcknowledgementQuery): Promise<StoredAcknowledgement[]>;
}

/** Oldest first; equal instants by record id, so every store lists in the same order. */
export function byRecordedAt(a: StoredAcknowledgement, b: StoredAcknowledgement): number {
  const at = a.record.recordedAt.localeCompare(b.record.recordedAt);
  if (at !== 0) return at;
  return a.record.recordId < b.record.recordId ? -1 : a.record.recordId > b.record.recordId ? 1 : 0;
}

/** Whether `stored` matches `query` (memory and file stores filter with this). */
export function matchesQuery(stored: StoredAcknowledgement, query: AcknowledgementQuery): boolean {
  const { record } = stored;
  if (record.policyId !== query.policyId) return false;
  if (query.version !== undefined && record.version !== query.version) return false;
  if (query.event !== undefined && record.event !== query.event) return false;
  if (query.subjectIds !== undefined && !query.subjectIds.includes(record.subjectId)) return false;
  return true;
}

/** Is `value` a stored acknowledgement (the file store checks each line with this)? */
export function isStoredAcknowledgement(value: unknown): value is StoredAcknowledgement {
  const v = value as Partial<StoredAcknowledgement> | null;
  const r = v?.record as Partial<AcknowledgementReceiptRecord> | undefined;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.idempotencyKey === 'string' &&
    typeof v.fingerprint === 'string' &&
    typeof v.receiptId === 'string' &&
    typeof r === 'object' &&
    r !== null &&
    typeof r.recordId === 'string' &&
    typeof r.subjectId === 'string' &&
    typeof r.policyId === 'string' &&
    typeof r.version === 'string' &&
    typeof r.locale === 'string' &&
    typeof r.documentSha256 === 'string' &&
    typeof r.channel === 'string' &&
    typeof r.event === 'string' &&
    typeof r.recordedAt === 'string'
  );
}
