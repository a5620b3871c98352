import type { PolicyDocument } from '../document/policy-types';
import { policyDocumentHash } from './policy-document-hash';
import {
  readAcknowledgementReceipt,
  type AcknowledgementReceiptContents,
} from './read-acknowledgement-receipt';

/** What a receipt and a document disagree on, most telling first. */
export type AcknowledgementReceiptMismatch = 'policy-id' | 'version' | 'locale' | 'document-hash';

export type AcknowledgementReceiptVerification =
  | { ok: true; receipt: AcknowledgementReceiptContents }
  | {
      ok: false;
      mismatch: AcknowledgementReceiptMismatch;
      /** The document's value (for `document-hash`, its SHA-256). */
      expected: string;
      /** The receipt's value. */
      actual: string;
      receipt: AcknowledgementReceiptContents;
    };

/**
 * Checks a receipt against a policy document: the same policy id, version and locale, and the
 * SHA-256 of the document's canonical JSON equal to the one the receipt names — so a document
 * changed by one word after the person acknowledged it fails, even under the same version.
 * Resolves `{ ok: true }` or `{ ok: false, mismatch, expected, actual }` with the first
 * disagreement (id, version, locale, then hash: a different translation is reported as
 * `locale`, not as a bare hash mismatch).
 *
 * A receipt that is not one (missing fields, wrong types) rejects with
 * `AcknowledgementReceiptError` naming the field (see `readAcknowledgementReceipt`).
 *
 * @example
 * ```ts
 * const result = await verifyAcknowledgementReceipt(JSON.parse(text), policy);
 * if (!result.ok) console.error(`receipt does not match the document: ${result.mismatch}`);
 * ```
 */
export async function verifyAcknowledgementReceipt(
  receipt: unknown,
  document: PolicyDocument,
): Promise<AcknowledgementReceiptVerification> {
  const contents = readAcknowledgementReceipt(receipt);
  const checks: [AcknowledgementReceiptMismatch, string, string][] = [
    ['policy-id', document.id, contents.policyId],
    ['version', document.version, contents.version],
    ['locale', document.locale, contents.locale],
  ];
  for (const [mismatch, expected, actual] of checks) {
    if (expected !== actual) return { ok: false, mismatch, expected, actual, receipt: contents };
  }
  const hash = await policyDocumentHash(document);
  if (hash !== contents.documentSha256) {
    return {
      ok: false,
      mismatch: 'document-hash',
      expected: hash,
      actual: contents.documentSha256,
      receipt: contents,
    };
  }
  return { ok: true, receipt: contents };
}
