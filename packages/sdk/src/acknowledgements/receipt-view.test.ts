// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cttEn, cttId } from '../../../../test/fixtures/policies';
import type { PolicyDocument } from '../document/policy-types';
import { acknowledgementReceipt, type AcknowledgementReceipt } from './acknowledgement-receipt';
import { AcknowledgementReceiptError } from './acknowledgement-receipt-error';
import type { AcknowledgementRecord } from './acknowledgement-types';
import { policyDocumentHash } from './policy-document-hash';
import {
  acknowledgementReceiptFile,
  acknowledgementReceiptFileName,
  acknowledgementReceiptSummary,
  acknowledgementReceiptVerificationMessage,
  acknowledgementRecordSummary,
  receiptForRecord,
  shortenHash,
  storedAcknowledgementReceipt,
} from './receipt-view';
import { verifyAcknowledgementReceipt } from './verify-acknowledgement-receipt';

async function receiptFor(
  document: PolicyDocument,
  recordedAt = '2024-06-12T03:04:05.000Z',
): Promise<AcknowledgementReceipt> {
  return acknowledgementReceipt(
    {
      recordId: 'ack-1',
      subjectId: 'user-42',
      policyId: document.id,
      version: document.version,
      locale: document.locale,
      documentSha256: await policyDocumentHash(document),
      channel: 'dialog',
      recordedAt,
    },
    { receiptId: 'rcpt-1', now: () => new Date('2024-06-12T03:04:06.000Z') },
  );
}

describe('acknowledgementReceiptSummary', () => {
  it('gives the sentence values in English and Indonesian, with Intl dates and language names', async () => {
    const receipt = await receiptFor(cttId);
    const en = acknowledgementReceiptSummary(receipt, { locale: 'en-GB' });
    expect(en).toMatchObject({
      version: '2024-06-12',
      date: '12 June 2024',
      languageName: 'Indonesian',
      channel: 'dialog',
      fileName: 'policykit-receipt-ctt-privacy-2024-06-12.jsonld',
    });
    expect(en.hash).toBe(await policyDocumentHash(cttId));
    const id = acknowledgementReceiptSummary(receipt, { locale: 'id-ID' });
    expect(id.date).toBe('12 Juni 2024');
    expect(id.languageName).toBe('Indonesia');
  });

  it('reads the event day in the given zone (late evening in UTC is the next day in Jakarta)', async () => {
    const receipt = await receiptFor(cttEn, '2024-06-11T20:00:00Z');
    expect(acknowledgementReceiptSummary(receipt, { locale: 'en-GB' }).date).toBe('11 June 2024');
    expect(
      acknowledgementReceiptSummary(receipt, { locale: 'en-GB', timeZone: 'Asia/Jakarta' }).date,
    ).toBe('12 June 2024');
  });

  it('shortens the hash to its ends and rejects what is not a receipt, naming the field', async () => {
    const view = acknowledgementReceiptSummary(await receiptFor(cttEn), { locale: 'en' });
    expect(view.shortHash).toBe(`${view.hash.slice(0, 8)}…${view.hash.slice(-8)}`);
    expect(shortenHash('abc')).toBe('abc');
    expect(() => acknowledgementReceiptSummary({ '@type': 'nope' }, { locale: 'en' })).toThrow(
      AcknowledgementReceiptError,
    );
  });
});

describe('acknowledgementRecordSummary', () => {
  it('tells a device-only record in the reader’s language', () => {
    const record: AcknowledgementRecord = {
      policyId: 'ctt-privacy',
      version: '2024-06-12',
      locale: 'en',
      acknowledgedAt: '2024-06-12T10:00:00.000Z',
      receiptId: 'r',
    };
    expect(acknowledgementRecordSummary(record, { locale: 'id-ID' })).toEqual({
      version: '2024-06-12',
      date: '12 Juni 2024',
      languageName: 'Inggris',
    });
  });
});

describe('acknowledgementReceiptFileName / acknowledgementReceiptFile', () => {
  it('keeps only file-system-safe characters, whatever a server sent', () => {
    expect(acknowledgementReceiptFileName({ policyId: '../../etc/passwd', version: 'v1:2' })).toBe(
      'policykit-receipt-etc-passwd-v1-2.jsonld',
    );
    expect(acknowledgementReceiptFileName({ policyId: '', version: 'Ü' })).toBe(
      'policykit-receipt-x-x.jsonld',
    );
  });

  it('is the receipt as indented JSON-LD that reads back to the same receipt', async () => {
    const receipt = await receiptFor(cttId);
    const file = acknowledgementReceiptFile(receipt);
    expect(file.type).toBe('application/ld+json');
    expect(file.name).toBe('policykit-receipt-ctt-privacy-2024-06-12.jsonld');
    expect(JSON.parse(file.text)).toEqual(receipt);
    expect(file.text.endsWith('}\n')).toBe(true);
  });
});

describe('acknowledgementReceiptVerificationMessage', () => {
  it('says ok for the document shown, and which field differs otherwise', async () => {
    const receipt = await receiptFor(cttId);
    expect(
      acknowledgementReceiptVerificationMessage(await verifyAcknowledgementReceipt(receipt, cttId)),
    ).toEqual({ key: 'dialog.receipt.verify.ok', values: {} });
    expect(
      acknowledgementReceiptVerificationMessage(await verifyAcknowledgementReceipt(receipt, cttEn)),
    ).toEqual({
      key: 'dialog.receipt.verify.mismatch.locale',
      values: { expected: 'en', actual: 'id-ID' },
    });
    expect(
      acknowledgementReceiptVerificationMessage(
        await verifyAcknowledgementReceipt(receipt, cttEn),
        { locale: 'en-GB' },
      ).values,
    ).toEqual({ expected: 'English', actual: 'Indonesian (Indonesia)' });
    const tampered: PolicyDocument = { ...cttId, title: `${cttId.title}!` };
    const message = acknowledgementReceiptVerificationMessage(
      await verifyAcknowledgementReceipt(receipt, tampered),
    );
    expect(message.key).toBe('dialog.receipt.verify.mismatch.documentHash');
    expect(message.values).toEqual({
      expected: shortenHash(await policyDocumentHash(tampered)),
      actual: shortenHash(await policyDocumentHash(cttId)),
    });
    const other = { ...cttId, version: '2099-01-01' };
    expect(
      acknowledgementReceiptVerificationMessage(await verifyAcknowledgementReceipt(receipt, other))
        .key,
    ).toBe('dialog.receipt.verify.mismatch.version');
  });
});

describe('storedAcknowledgementReceipt / receiptForRecord', () => {
  const record: AcknowledgementRecord = {
    policyId: 'ctt-privacy',
    version: '2024-06-12',
    locale: 'id',
    acknowledgedAt: '2024-06-12T10:00:00.000Z',
    receiptId: 'r',
  };

  it('is null for a record made in the browser: recorded on this device only', () => {
    expect(storedAcknowledgementReceipt(record)).toBeNull();
    expect(storedAcknowledgementReceipt(null)).toBeNull();
  });

  it('is the server’s receipt kept with the record, when it is about that policy and version', async () => {
    const receipt = await receiptFor(cttId);
    expect(storedAcknowledgementReceipt({ ...record, receipt } as AcknowledgementRecord)).toBe(
      receipt,
    );
    expect(receiptForRecord(receipt, { ...record, version: '2023-09-01' })).toBeNull();
    expect(receiptForRecord(receipt, { ...record, policyId: 'btn-cx-privacy' })).toBeNull();
    expect(receiptForRecord({ not: 'a receipt' }, record)).toBeNull();
  });
});
