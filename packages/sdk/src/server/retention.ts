import type { StoredRightsRequest } from './rights-request-store';

/** What `applyRetention` does to a request closed longer than the retention period. */
export type RetentionAction = 'redact' | 'purge';

export interface RetentionOptions {
  /**
   * When the request was closed (answered, refused, withdrawn) — the host's lifecycle knows;
   * `undefined` or `null` for an open request, which is always kept.
   */
  closedAt: (record: StoredRightsRequest) => Date | string | null | undefined;
  /** Keep closed requests this many days after closing. */
  olderThanDays: number;
  /**
   * `redact` keeps the record — reference, dates, policy, right: the register UU PDP
   * Pasal 14 asks for — and blanks the personal fields (name, e-mail, phone, details);
   * `purge` deletes the record (its reference number is never given again).
   */
  action: RetentionAction;
  /** Report what would be done, change nothing. */
  dryRun?: boolean;
  /** The current time (tests). Default `new Date()`. */
  now?: Date;
}

export interface RetentionReport {
  action: RetentionAction;
  dryRun: boolean;
  /** The requests that were (or, in a dry run, would be) redacted or purged. */
  matched: { idempotencyKey: string; reference: string; closedAt: string }[];
}

/** The marker a redacted record carries in place of the personal fields. */
export const REDACTED = '[redacted]';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The records `options` selects, with their closing time (shared by every store). */
export function selectForRetention(
  records: Iterable<StoredRightsRequest>,
  options: RetentionOptions,
): { record: StoredRightsRequest; closedAt: string }[] {
  if (!(options.olderThanDays >= 0)) {
    throw new Error('applyRetention: olderThanDays must be a number of days, 0 or more');
  }
  const cutoff = (options.now ?? new Date()).getTime() - options.olderThanDays * DAY_MS;
  const selected: { record: StoredRightsRequest; closedAt: string }[] = [];
  for (const record of records) {
    if (record.request.name === REDACTED && options.action === 'redact') continue;
    const closed = options.closedAt(record);
    if (closed === undefined || closed === null) continue;
    const time = new Date(closed).getTime();
    if (Number.isNaN(time)) {
      throw new Error(`applyRetention: closedAt of ${record.receipt.reference} is not a date`);
    }
    if (time <= cutoff) selected.push({ record, closedAt: new Date(time).toISOString() });
  }
  return selected;
}

/** The record without its personal fields; everything the register needs stays. */
export function redactRecord(record: StoredRightsRequest): StoredRightsRequest {
  const { phone: _phone, details: _details, ...rest } = record.request;
  return { ...record, request: { ...rest, name: REDACTED, email: REDACTED } };
}

export function retentionReport(
  options: RetentionOptions,
  selected: { record: StoredRightsRequest; closedAt: string }[],
): RetentionReport {
  return {
    action: options.action,
    dryRun: options.dryRun === true,
    matched: selected.map(({ record, closedAt }) => ({
      idempotencyKey: record.idempotencyKey,
      reference: record.receipt.reference,
      closedAt,
    })),
  };
}
