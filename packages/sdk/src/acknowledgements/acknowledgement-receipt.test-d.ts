import { describe, expectTypeOf, it } from 'vitest';
import type { PolicyDocument } from '../document/policy-types';
import { acknowledgementReceipt, type AcknowledgementReceipt } from './acknowledgement-receipt';
import {
  verifyAcknowledgementReceipt,
  type AcknowledgementReceiptMismatch,
} from './verify-acknowledgement-receipt';

declare const policy: PolicyDocument;

describe('receipt types', () => {
  it('needs every field of the record, and a known channel', () => {
    const record = {
      recordId: 'r',
      subjectId: 's',
      policyId: 'p',
      version: '1',
      locale: 'en',
      documentSha256: '0'.repeat(64),
      channel: 'dialog' as const,
      recordedAt: '2026-01-02T03:04:05.000Z',
    };
    expectTypeOf(acknowledgementReceipt(record)).toEqualTypeOf<AcknowledgementReceipt>();
    // @ts-expect-error — no subject
    acknowledgementReceipt({ ...record, subjectId: undefined });
    // @ts-expect-error — not a channel
    acknowledgementReceipt({ ...record, channel: 'email' });
  });

  it('narrows the verification on ok', async () => {
    const result = await verifyAcknowledgementReceipt({}, policy);
    if (!result.ok) expectTypeOf(result.mismatch).toEqualTypeOf<AcknowledgementReceiptMismatch>();
    // @ts-expect-error — only a failed verification has a mismatch
    if (result.ok) void result.mismatch;
  });
});
