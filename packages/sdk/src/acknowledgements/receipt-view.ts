import { formatPolicyDate } from '../dates/format-policy-date';
import { localeDisplayName } from '../versions/select-translation';
import type { AcknowledgementReceipt, AcknowledgementChannel } from './acknowledgement-receipt';
import type { AcknowledgementRecord } from './acknowledgement-types';
import {
  readAcknowledgementReceipt,
  type AcknowledgementReceiptContents,
} from './read-acknowledgement-receipt';
import type {
  AcknowledgementReceiptMismatch,
  AcknowledgementReceiptVerification,
} from './verify-acknowledgement-receipt';

/**
 * What a receipt view shows, worked out without any UI framework: the sentence's values ("You
 * acknowledged version 2024-06-12 on 12 June 2024"), what was shown (the locale's name, the
 * channel), the document hash whole and shortened, and the file name for the download.
 */
export interface AcknowledgementReceiptSummary {
  /** The receipt read back (`readAcknowledgementReceipt`). */
  contents: AcknowledgementReceiptContents;
  version: string;
  /** The day of the event (the server's `recordedAt`) in the reader's locale: `12 Juni 2024`. */
  date: string;
  /** The shown locale's name in the reader's language: `Indonesia`, `Inggris`. */
  languageName: string;
  channel: AcknowledgementChannel;
  /** The SHA-256, 64 hex digits (what Copy puts on the clipboard). */
  hash: string;
  /** The first and last 8 hex digits with an ellipsis between: enough to compare by eye. */
  shortHash: string;
  /** `policykit-receipt-<policy>-<version>.jsonld`, made safe for every file system. */
  fileName: string;
}

export interface AcknowledgementReceiptSummaryOptions {
  /** The reader's locale, for the date and the language's name (`id-ID`). */
  locale: string;
  /** IANA zone in which the event's instant is read as a day; default UTC (as `formatPolicyDate`). */
  timeZone?: string;
}

/**
 * Reads a receipt (an object, e.g. `JSON.parse` of a download) and returns what a receipt view
 * shows, in the reader's locale. Throws `AcknowledgementReceiptError` naming the field for
 * something that is not a receipt (see `readAcknowledgementReceipt`).
 *
 * @example
 * ```ts
 * const view = acknowledgementReceiptSummary(receipt, { locale: 'id-ID' });
 * t('dialog.receipt.sentence', { version: view.version, date: view.date });
 * // 'Anda mengonfirmasi versi 2024-06-12 pada 12 Juni 2024'
 * ```
 */
export function acknowledgementReceiptSummary(
  receipt: unknown,
  options: AcknowledgementReceiptSummaryOptions,
): AcknowledgementReceiptSummary {
  const contents = readAcknowledgementReceipt(receipt);
  return {
    contents,
    version: contents.version,
    date: dayOf(contents.recordedAt, options),
    languageName: localeDisplayName(contents.locale, { inLocale: options.locale }),
    channel: contents.channel,
    hash: contents.documentSha256,
    shortHash: shortenHash(contents.documentSha256),
    fileName: acknowledgementReceiptFileName(contents),
  };
}

/**
 * What a view shows for an acknowledgement recorded in the browser only (no server receipt):
 * the version, the day in the reader's locale and the language shown — the same sentence as a
 * receipt's, told together with "recorded on this device only".
 *
 * @example
 * ```ts
 * const { version, date } = acknowledgementRecordSummary(store.get(policy.id)!, { locale: 'en-GB' });
 * ```
 */
export function acknowledgementRecordSummary(
  record: AcknowledgementRecord,
  options: AcknowledgementReceiptSummaryOptions,
): { version: string; date: string; languageName: string } {
  return {
    version: record.version,
    date: dayOf(record.acknowledgedAt, options),
    languageName: localeDisplayName(record.locale, { inLocale: options.locale }),
  };
}

/** A date the reader can read; a malformed one (a hostile receipt) shown as written, never thrown. */
function dayOf(instant: string, options: AcknowledgementReceiptSummaryOptions): string {
  try {
    return formatPolicyDate(instant, options.locale, { timeZone: options.timeZone });
  } catch {
    return instant;
  }
}

/** `c0535e4b…9a0f11d2`: the ends of a hex hash, as Git and package managers shorten them. */
export function shortenHash(hash: string): string {
  return hash.length <= 20 ? hash : `${hash.slice(0, 8)}…${hash.slice(-8)}`;
}

/**
 * The download's file name: `policykit-receipt-<policyId>-<version>.jsonld`. Only `a-z`, `0-9`,
 * `.`, `_` and `-` survive (a policy id or version from a server is not trusted to be a file
 * name: `/`, `..`, `:` or control characters would be refused or misread by some systems), each
 * part at most 64 characters.
 *
 * @example
 * ```ts
 * acknowledgementReceiptFileName({ policyId: 'ctt-privacy', version: '2024-06-12' });
 * // 'policykit-receipt-ctt-privacy-2024-06-12.jsonld'
 * ```
 */
export function acknowledgementReceiptFileName(receipt: {
  policyId: string;
  version: string;
}): string {
  const safe = (part: string) =>
    part
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/\.{2,}/g, '.')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 64) || 'x';
  return `policykit-receipt-${safe(receipt.policyId)}-${safe(receipt.version)}.jsonld`;
}

/**
 * The receipt as the file a person keeps: JSON-LD, indented, ending in a newline. Its media type
 * is `application/ld+json` (JSON-LD 1.1 §C).
 */
export function acknowledgementReceiptFile(receipt: AcknowledgementReceipt): {
  name: string;
  type: 'application/ld+json';
  text: string;
} {
  const contents = readAcknowledgementReceipt(receipt);
  return {
    name: acknowledgementReceiptFileName(contents),
    type: 'application/ld+json',
    text: `${JSON.stringify(receipt, null, 2)}\n`,
  };
}

/** The `dialog.receipt.verify.*` string key a verification is told with, and its values. */
export type AcknowledgementReceiptVerificationMessage =
  | { key: 'dialog.receipt.verify.ok'; values: Record<string, never> }
  | {
      key: `dialog.receipt.verify.mismatch.${AcknowledgementReceiptMismatchKey}`;
      values: { expected: string; actual: string };
    };

/** The string keys' spelling of a mismatch (i18next keys are camelCase here). */
export type AcknowledgementReceiptMismatchKey = 'policyId' | 'version' | 'locale' | 'documentHash';

const MISMATCH_KEY: Record<AcknowledgementReceiptMismatch, AcknowledgementReceiptMismatchKey> = {
  'policy-id': 'policyId',
  version: 'version',
  locale: 'locale',
  'document-hash': 'documentHash',
};

/**
 * Which sentence tells the person the result of `verifyAcknowledgementReceipt`: it matches, or
 * which field does not — with both values for the policy id, version and locale, and shortened
 * hashes for the document (the whole 64 digits help nobody reading a live region aloud), and,
 * given the reader's `locale`, languages by name.
 *
 * @example
 * ```ts
 * const { key, values } = acknowledgementReceiptVerificationMessage(await verify(receipt, doc));
 * t(key, values); // 'This receipt does not match the document shown: the text differs …'
 * ```
 */
export function acknowledgementReceiptVerificationMessage(
  result: AcknowledgementReceiptVerification,
  options: { locale?: string } = {},
): AcknowledgementReceiptVerificationMessage {
  if (result.ok) return { key: 'dialog.receipt.verify.ok', values: {} };
  const show = (value: string) => {
    if (result.mismatch === 'document-hash') return shortenHash(value);
    // A reader knows "Indonesian", not "id-ID"; the detailed name keeps en-GB and en-US apart.
    if (result.mismatch === 'locale' && options.locale) {
      return localeDisplayName(value, { inLocale: options.locale, detailed: true });
    }
    return value;
  };
  return {
    key: `dialog.receipt.verify.mismatch.${MISMATCH_KEY[result.mismatch]}`,
    values: { expected: show(result.expected), actual: show(result.actual) },
  };
}

/**
 * The server's receipt kept with an acknowledgement record, or `null`. A record made in the
 * browser has none (it is recorded on this device only); a store whose storage is a server
 * adapter may keep the server's receipt in the record's `receipt` field. Whatever is there is
 * read with `readAcknowledgementReceipt` and must be about the same policy and version as the
 * record — anything else counts as no receipt, so a view never shows a receipt for another
 * acknowledgement, and never makes one up.
 *
 * @example
 * ```ts
 * const receipt = storedAcknowledgementReceipt(store.get(policy.id));
 * if (!receipt) console.log('recorded on this device only');
 * ```
 */
export function storedAcknowledgementReceipt(
  record: AcknowledgementRecord | null | undefined,
): AcknowledgementReceipt | null {
  if (!record) return null;
  const candidate = (record as AcknowledgementRecord & { receipt?: unknown }).receipt;
  return receiptForRecord(candidate, record);
}

/**
 * `receipt` when it is a readable receipt for `record`'s policy and version, else `null`.
 * Used for receipts a host hands over (`receiptFor`) as for stored ones.
 */
export function receiptForRecord(
  receipt: unknown,
  record: Pick<AcknowledgementRecord, 'policyId' | 'version'>,
): AcknowledgementReceipt | null {
  if (receipt === undefined || receipt === null) return null;
  try {
    const contents = readAcknowledgementReceipt(receipt);
    if (contents.policyId !== record.policyId || contents.version !== record.version) return null;
    return receipt as AcknowledgementReceipt;
  } catch {
    return null;
  }
}
