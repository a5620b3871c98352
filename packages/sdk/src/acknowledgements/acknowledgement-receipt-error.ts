/**
 * A receipt, or the record it is made from, is not what the format says: `field` names where
 * (`dpv:hasRecordOfActivity.dpv:hasNotice.owl:versionInfo`, `subjectId`…) and the message says
 * the rule. The offending value is never repeated (a subject id is personal data).
 *
 * @example
 * ```ts
 * try { readAcknowledgementReceipt(json); }
 * catch (e) { if (e instanceof AcknowledgementReceiptError) console.error(e.field, e.message); }
 * ```
 */
export class AcknowledgementReceiptError extends Error {
  override readonly name = 'AcknowledgementReceiptError';
  constructor(
    /** Where the problem is. */
    readonly field: string,
    /** The rule broken, without the field: `must be a non-empty string`. */
    readonly rule: string,
  ) {
    super(`${field}: ${rule}`);
  }
}
