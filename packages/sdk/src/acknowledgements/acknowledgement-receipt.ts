import { AcknowledgementReceiptError } from './acknowledgement-receipt-error';

/** Where the person saw the document: the update dialog, the notice of an upcoming change, the viewer. */
export type AcknowledgementChannel = 'dialog' | 'upcoming-notice' | 'viewer';

/**
 * `acknowledged` — the person confirmed they read it; `delivered` — it was shown to them (an
 * upcoming-change notice records delivery and, separately, acknowledgement: UU PDP Pasal 21(2)
 * asks controllers to tell people before a change).
 */
export type AcknowledgementEvent = 'acknowledged' | 'delivered';

/** The server's record of one acknowledgement (or delivery), which a receipt is made from. */
export interface AcknowledgementReceiptRecord {
  /** The record's id (the store's). */
  recordId: string;
  /** The host's id for the person (from its own session; PolicyKit never invents identities). */
  subjectId: string;
  policyId: string;
  version: string;
  /** The locale of the translation actually shown. */
  locale: string;
  /** `policyDocumentHash` of the exact document shown: 64 lower-case hex digits. */
  documentSha256: string;
  channel: AcknowledgementChannel;
  /** Default `acknowledged`. */
  event?: AcknowledgementEvent;
  /** ISO 8601 instant, by the server's clock. */
  recordedAt: string;
}

export interface AcknowledgementReceiptOptions {
  /** The receipt's own id; default a random UUID (`crypto.randomUUID`). */
  receiptId?: string;
  /** When the receipt is made; default now. */
  now?: () => Date;
}

/** DPV's profile IRIs for ISO/IEC TS 27560 (the DPV 27560 guide, §2 "Profiles"). */
export const DPV_27560_RECEIPT_PROFILE = 'https://w3id.org/dpv/schema/dpv-27560#receipt-record';
export const DPV_27560_RECORD_PROFILE = 'https://w3id.org/dpv/schema/dpv-27560#record';

/**
 * The receipt's JSON-LD context, inline so a receipt is self-contained: reading it never needs
 * the network, and no context document has to stay online for it to keep its meaning. DPV
 * publishes no JSON-LD context of its own, so the prefixes are the DPV 27560 guide's (§3
 * "Namespaces") plus OWL and XSD, and the typed terms make dates `xsd:dateTime` and the profile,
 * status and indicating entity IRIs rather than strings.
 */
export const ACKNOWLEDGEMENT_RECEIPT_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  dct: 'http://purl.org/dc/terms/',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  'dct:conformsTo': { '@type': '@id' },
  'dct:created': { '@type': 'xsd:dateTime' },
  'dpv:isIndicatedAtTime': { '@type': 'xsd:dateTime' },
  'dpv:isIndicatedBy': { '@type': '@id' },
  'dpv:hasNoticeStatus': { '@type': '@id' },
} as const;

/** The notice (the policy document) a receipt is about. */
export interface AcknowledgementReceiptNotice {
  /** `ni:///sha-256;…` (RFC 6920): names the exact document by its hash. */
  '@id': string;
  '@type': 'dpv:PrivacyNotice';
  /** The policy id. */
  'dct:identifier': string;
  /** The policy version. */
  'owl:versionInfo': string;
  /** The locale shown. */
  'dct:language': string;
  /** `dpv:NoticeUsed` (acknowledged) or `dpv:NoticeCommunicated` (delivered). */
  'dpv:hasNoticeStatus': 'dpv:NoticeUsed' | 'dpv:NoticeCommunicated';
}

/**
 * An acknowledgement receipt: ISO/IEC TS 27560-shaped JSON-LD in W3C DPV terms, following the
 * DPV 27560 guide's receipt (§9: a `dpv:ConsentReceipt` wrapping a `dpv:ConsentRecord`).
 */
export interface AcknowledgementReceipt {
  '@context': typeof ACKNOWLEDGEMENT_RECEIPT_CONTEXT;
  '@type': 'dpv:ConsentReceipt';
  'dct:conformsTo': typeof DPV_27560_RECEIPT_PROFILE;
  /** The receipt id (27560 receipt id; the guide's §9.1.2 uses `dpv:hasIdentifier`). */
  'dpv:hasIdentifier': string;
  /** When the receipt was made (guide §9.1.4). */
  'dct:created': string;
  'dpv:hasRecordOfActivity': {
    '@type': 'dpv:ConsentRecord';
    'dct:conformsTo': typeof DPV_27560_RECORD_PROFILE;
    /** The record id (27560 record_id; guide §8.1.2). */
    'dct:identifier': string;
    /** 27560 pii_principal_id (guide §8.1.3). */
    'dpv:hasDataSubject': { '@type': 'dpv:DataSubject'; 'dct:identifier': string };
    /** 27560 privacy_notice and its language (guide §8.2). */
    'dpv:hasNotice': AcknowledgementReceiptNotice;
    /** 27560 event time (guide §8.5.3). */
    'dpv:isIndicatedAtTime': string;
    /** 27560 expression by entity (guide §8.5.5): the person. */
    'dpv:isIndicatedBy': 'dpv:DataSubject';
    /** How (guide §8.5.6): the channel, `dialog`, `upcoming-notice` or `viewer`. */
    'dpv:hasIndicationMethod': AcknowledgementChannel;
  };
}

const CHANNELS: readonly AcknowledgementChannel[] = ['dialog', 'upcoming-notice', 'viewer'];
const EVENTS: readonly AcknowledgementEvent[] = ['acknowledged', 'delivered'];
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** An ISO 8601 instant with a time zone, as `Date#toISOString` and servers write them. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_ID_LENGTH = 512;

function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AcknowledgementReceiptError(field, 'must be a non-empty string');
  }
  if (value.length > MAX_ID_LENGTH) {
    throw new AcknowledgementReceiptError(field, `must be at most ${MAX_ID_LENGTH} characters`);
  }
  return value;
}

function requireInstant(value: unknown, field: string): string {
  const text = requireText(value, field);
  if (!INSTANT.test(text) || Number.isNaN(Date.parse(text))) {
    throw new AcknowledgementReceiptError(
      field,
      'must be an ISO 8601 instant, like 2026-01-02T03:04:05.000Z',
    );
  }
  return text;
}

/** `ni:///sha-256;<base64url>` (RFC 6920 §3) for a hex SHA-256. */
export function sha256NamedInformation(hex: string): string {
  const bytes = hex.match(/../g)!.map((pair) => parseInt(pair, 16));
  const base64 = btoa(String.fromCharCode(...bytes));
  return `ni:///sha-256;${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** The hex SHA-256 in an `ni:///sha-256;…` IRI, or `undefined` when it is not one. */
export function sha256FromNamedInformation(iri: string): string | undefined {
  const match = /^ni:\/\/\/sha-256;([A-Za-z0-9_-]{43})$/.exec(iri);
  if (!match) return undefined;
  const binary = atob(match[1]!.replace(/-/g, '+').replace(/_/g, '/') + '=');
  return Array.from(binary, (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

/**
 * Makes the receipt for one acknowledgement (or delivery) record: ISO/IEC TS 27560-shaped
 * JSON-LD with W3C DPV terms, which the person can keep and anyone can check against the
 * document with `verifyAcknowledgementReceipt` (its SHA-256 is in the notice's `@id`). The
 * acknowledgements README says which 27560 fields are filled and why.
 *
 * Throws `AcknowledgementReceiptError` naming the field for a record that is not complete or
 * well-formed (a hash that is not 64 hex digits, a time without a zone, an unknown channel…).
 *
 * @example
 * ```ts
 * const receipt = acknowledgementReceipt({
 *   recordId: 'ack-000123', subjectId: 'user-42', policyId: 'ctt-privacy', version: '2024-06-12',
 *   locale: 'id-ID', documentSha256: await policyDocumentHash(policy), channel: 'dialog',
 *   recordedAt: '2026-01-02T03:04:05.000Z',
 * });
 * download(JSON.stringify(receipt, null, 2));
 * ```
 */
export function acknowledgementReceipt(
  record: AcknowledgementReceiptRecord,
  options: AcknowledgementReceiptOptions = {},
): AcknowledgementReceipt {
  if (record === null || typeof record !== 'object') {
    throw new AcknowledgementReceiptError('record', 'must be an object');
  }
  const recordId = requireText(record.recordId, 'recordId');
  const subjectId = requireText(record.subjectId, 'subjectId');
  const policyId = requireText(record.policyId, 'policyId');
  const version = requireText(record.version, 'version');
  const locale = requireText(record.locale, 'locale');
  if (typeof record.documentSha256 !== 'string' || !SHA256_HEX.test(record.documentSha256)) {
    throw new AcknowledgementReceiptError(
      'documentSha256',
      'must be a SHA-256 as 64 lower-case hex digits (policyDocumentHash)',
    );
  }
  if (!CHANNELS.includes(record.channel)) {
    throw new AcknowledgementReceiptError('channel', `must be one of ${CHANNELS.join(', ')}`);
  }
  const event = record.event ?? 'acknowledged';
  if (!EVENTS.includes(event)) {
    throw new AcknowledgementReceiptError('event', `must be one of ${EVENTS.join(', ')}`);
  }
  const recordedAt = requireInstant(record.recordedAt, 'recordedAt');
  const receiptId = requireText(options.receiptId ?? crypto.randomUUID(), 'options.receiptId');
  const created = (options.now ?? (() => new Date()))().toISOString();

  return {
    '@context': ACKNOWLEDGEMENT_RECEIPT_CONTEXT,
    '@type': 'dpv:ConsentReceipt',
    'dct:conformsTo': DPV_27560_RECEIPT_PROFILE,
    'dpv:hasIdentifier': receiptId,
    'dct:created': created,
    'dpv:hasRecordOfActivity': {
      '@type': 'dpv:ConsentRecord',
      'dct:conformsTo': DPV_27560_RECORD_PROFILE,
      'dct:identifier': recordId,
      'dpv:hasDataSubject': { '@type': 'dpv:DataSubject', 'dct:identifier': subjectId },
      'dpv:hasNotice': {
        '@id': sha256NamedInformation(record.documentSha256),
        '@type': 'dpv:PrivacyNotice',
        'dct:identifier': policyId,
        'owl:versionInfo': version,
        'dct:language': locale,
        'dpv:hasNoticeStatus': event === 'delivered' ? 'dpv:NoticeCommunicated' : 'dpv:NoticeUsed',
      },
      'dpv:isIndicatedAtTime': recordedAt,
      'dpv:isIndicatedBy': 'dpv:DataSubject',
      'dpv:hasIndicationMethod': record.channel,
    },
  };
}
