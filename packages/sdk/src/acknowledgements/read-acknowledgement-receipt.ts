import type {
  AcknowledgementChannel,
  AcknowledgementEvent,
  AcknowledgementReceiptRecord,
} from './acknowledgement-receipt';
import { sha256FromNamedInformation } from './acknowledgement-receipt';
import { AcknowledgementReceiptError } from './acknowledgement-receipt-error';

/** What a receipt says, read back: its record, and the receipt's own id and time. */
export interface AcknowledgementReceiptContents extends AcknowledgementReceiptRecord {
  receiptId: string;
  /** When the receipt was made. */
  createdAt: string;
  event: AcknowledgementEvent;
}

function objectAt(value: unknown, field: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new AcknowledgementReceiptError(field, 'must be an object');
  }
  return value as Record<string, unknown>;
}

function textAt(object: Record<string, unknown>, key: string, field: string): string {
  const value = object[key];
  if (typeof value !== 'string' || value === '') {
    throw new AcknowledgementReceiptError(`${field}${key}`, 'must be a non-empty string');
  }
  return value;
}

function requireValue(object: Record<string, unknown>, key: string, field: string, wanted: string) {
  if (object[key] !== wanted) {
    throw new AcknowledgementReceiptError(`${field}${key}`, `must be "${wanted}"`);
  }
}

/**
 * Reads a receipt made by `acknowledgementReceipt` (e.g. `JSON.parse` of a downloaded file) back
 * into its fields — for showing it ("You acknowledged version 2024-06-12 on 12 June 2024") and
 * for `verifyAcknowledgementReceipt`. It reads the compact form PolicyKit writes, not any
 * JSON-LD: a receipt re-framed by a JSON-LD tool is the same graph, but not this shape.
 *
 * Throws `AcknowledgementReceiptError` naming the field (`dpv:hasRecordOfActivity.dct:identifier`)
 * when something is missing or not what the format says; values are never repeated.
 *
 * @example
 * ```ts
 * const { version, recordedAt, locale } = readAcknowledgementReceipt(JSON.parse(text));
 * ```
 */
export function readAcknowledgementReceipt(receipt: unknown): AcknowledgementReceiptContents {
  const root = objectAt(receipt, 'receipt');
  requireValue(root, '@type', '', 'dpv:ConsentReceipt');
  if (root['@context'] === undefined) {
    throw new AcknowledgementReceiptError('@context', 'is missing');
  }
  const record = objectAt(root['dpv:hasRecordOfActivity'], 'dpv:hasRecordOfActivity');
  const recordField = 'dpv:hasRecordOfActivity.';
  requireValue(record, '@type', recordField, 'dpv:ConsentRecord');
  const subject = objectAt(record['dpv:hasDataSubject'], `${recordField}dpv:hasDataSubject`);
  const notice = objectAt(record['dpv:hasNotice'], `${recordField}dpv:hasNotice`);
  const noticeField = `${recordField}dpv:hasNotice.`;
  requireValue(notice, '@type', noticeField, 'dpv:PrivacyNotice');
  const documentSha256 = sha256FromNamedInformation(textAt(notice, '@id', noticeField));
  if (documentSha256 === undefined) {
    throw new AcknowledgementReceiptError(
      `${noticeField}@id`,
      'must be an ni:///sha-256; IRI (RFC 6920)',
    );
  }
  const status = notice['dpv:hasNoticeStatus'];
  if (status !== 'dpv:NoticeUsed' && status !== 'dpv:NoticeCommunicated') {
    throw new AcknowledgementReceiptError(
      `${noticeField}dpv:hasNoticeStatus`,
      'must be "dpv:NoticeUsed" or "dpv:NoticeCommunicated"',
    );
  }
  const channel = record['dpv:hasIndicationMethod'];
  if (channel !== 'dialog' && channel !== 'upcoming-notice' && channel !== 'viewer') {
    throw new AcknowledgementReceiptError(
      `${recordField}dpv:hasIndicationMethod`,
      'must be "dialog", "upcoming-notice" or "viewer"',
    );
  }
  return {
    receiptId: textAt(root, 'dpv:hasIdentifier', ''),
    createdAt: textAt(root, 'dct:created', ''),
    recordId: textAt(record, 'dct:identifier', recordField),
    subjectId: textAt(subject, 'dct:identifier', `${recordField}dpv:hasDataSubject.`),
    policyId: textAt(notice, 'dct:identifier', noticeField),
    version: textAt(notice, 'owl:versionInfo', noticeField),
    locale: textAt(notice, 'dct:language', noticeField),
    documentSha256,
    channel: channel satisfies AcknowledgementChannel,
    event: status === 'dpv:NoticeUsed' ? 'acknowledged' : 'delivered',
    recordedAt: textAt(record, 'dpv:isIndicatedAtTime', recordField),
  };
}
