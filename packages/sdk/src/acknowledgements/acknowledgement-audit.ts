import type { AcknowledgementRecord } from './acknowledgement-types';

/**
 * An acknowledgement as an audit-log entry, ready for `JSON.stringify`.
 *
 * @example
 * // { type: 'policy.acknowledged', policyId: 'ctt-privacy', version: '2024-06-12', locale: 'id-ID',
 * //   acknowledgedAt: '2026-01-02T03:04:05.000Z', receiptId: '0b5c…', subject: 'user-42' }
 */
export interface AcknowledgementAuditEntry {
  /**
   * `policy.acknowledged` — the person acknowledged the version in force;
   * `policy.notice-acknowledged` — they acknowledged the notice of an upcoming
   * version before it took effect (UU PDP Pasal 21(2)).
   */
  type: 'policy.acknowledged' | 'policy.notice-acknowledged';
  /** The policy's own id (a notice record's `:notice` suffix removed). */
  policyId: string;
  version: string;
  /** The language the person was shown. */
  locale: string;
  /** ISO 8601 instant, from the person's device. */
  acknowledgedAt: string;
  /** The client-made id of this acknowledgement; log it to refer back to it. */
  receiptId: string;
  /** The host's identifier for the person, when given. */
  subject?: string;
}

const NOTICE = ':notice';

/**
 * Turns a record from `store.acknowledge` (or `acknowledgeUpcomingNotice`) into
 * an entry for a host's server-side audit log — which policy, which version,
 * which language, when, under which receipt id, and (given) who.
 *
 * @example
 * <PolicyUpdatedDialog
 *   onAcknowledge={(record) =>
 *     fetch('/api/audit', {
 *       method: 'POST',
 *       body: JSON.stringify(acknowledgementAuditRecord(record, { subject: user.id })),
 *     })
 *   }
 * />
 */
export function acknowledgementAuditRecord(
  record: AcknowledgementRecord,
  context: { subject?: string } = {},
): AcknowledgementAuditEntry {
  const notice = record.policyId.endsWith(NOTICE);
  const entry: AcknowledgementAuditEntry = {
    type: notice ? 'policy.notice-acknowledged' : 'policy.acknowledged',
    policyId: notice ? record.policyId.slice(0, -NOTICE.length) : record.policyId,
    version: record.version,
    locale: record.locale,
    acknowledgedAt: record.acknowledgedAt,
    receiptId: record.receiptId,
  };
  if (context.subject !== undefined) entry.subject = context.subject;
  return entry;
}
