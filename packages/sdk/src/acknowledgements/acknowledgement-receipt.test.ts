// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { cttEn, cttId } from '../../../../test/fixtures/policies';
import type { PolicyDocument } from '../document/policy-types';
import {
  ACKNOWLEDGEMENT_RECEIPT_CONTEXT,
  acknowledgementReceipt,
  sha256FromNamedInformation,
  sha256NamedInformation,
  type AcknowledgementReceiptRecord,
} from './acknowledgement-receipt';
import { AcknowledgementReceiptError } from './acknowledgement-receipt-error';
import { canonicalJson } from './canonical-json';
import { policyDocumentHash } from './policy-document-hash';
import { readAcknowledgementReceipt } from './read-acknowledgement-receipt';
import { verifyAcknowledgementReceipt } from './verify-acknowledgement-receipt';

const jsonldFixtures = new URL('../../../../test/fixtures/jsonld/', import.meta.url);
const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(name, jsonldFixtures)), 'utf8'));

/** Every class and property of DPV 2.3 (extracted from w3c/dpv's 2.3/dpv/dpv.ttl). */
const DPV_TERMS = new Set(
  (readFixture('dpv-2.3-terms.json') as { terms: string[] }).terms.map(
    (name) => `https://w3id.org/dpv#${name}`,
  ),
);

async function recordFor(
  document: PolicyDocument,
  overrides: Partial<AcknowledgementReceiptRecord> = {},
): Promise<AcknowledgementReceiptRecord> {
  return {
    recordId: 'ack-000123',
    subjectId: 'user-42',
    policyId: document.id,
    version: document.version,
    locale: document.locale,
    documentSha256: await policyDocumentHash(document),
    channel: 'dialog',
    recordedAt: '2026-01-02T03:04:05.000Z',
    ...overrides,
  };
}

const options = { receiptId: 'rcpt-1', now: () => new Date('2026-01-02T03:04:06.000Z') };

describe('policyDocumentHash', () => {
  it('is the SHA-256 of the canonical JSON, whatever the key order', async () => {
    const hash = await policyDocumentHash(cttId);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, item]) => [key, reverseKeys(item)]),
            )
          : value;
    const reordered = reverseKeys(cttId) as PolicyDocument;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(cttId));
    expect(await policyDocumentHash(reordered)).toBe(hash);
    const { createHash } = await import('node:crypto');
    expect(hash).toBe(createHash('sha256').update(canonicalJson(cttId)).digest('hex'));
  });

  it('changes with one word of the text', async () => {
    const edited = structuredClone(cttId);
    edited.title = `${edited.title}!`;
    expect(await policyDocumentHash(edited)).not.toBe(await policyDocumentHash(cttId));
  });
});

describe('acknowledgementReceipt', () => {
  describe('given a record of an acknowledgement in the dialog', () => {
    it('is a DPV ConsentReceipt wrapping a ConsentRecord with every field of the record', async () => {
      const record = await recordFor(cttId);
      const receipt = acknowledgementReceipt(record, options);
      expect(receipt).toEqual({
        '@context': ACKNOWLEDGEMENT_RECEIPT_CONTEXT,
        '@type': 'dpv:ConsentReceipt',
        'dct:conformsTo': 'https://w3id.org/dpv/schema/dpv-27560#receipt-record',
        'dpv:hasIdentifier': 'rcpt-1',
        'dct:created': '2026-01-02T03:04:06.000Z',
        'dpv:hasRecordOfActivity': {
          '@type': 'dpv:ConsentRecord',
          'dct:conformsTo': 'https://w3id.org/dpv/schema/dpv-27560#record',
          'dct:identifier': 'ack-000123',
          'dpv:hasDataSubject': { '@type': 'dpv:DataSubject', 'dct:identifier': 'user-42' },
          'dpv:hasNotice': {
            '@id': sha256NamedInformation(record.documentSha256),
            '@type': 'dpv:PrivacyNotice',
            'dct:identifier': 'ctt-privacy',
            'owl:versionInfo': '2024-06-12',
            'dct:language': 'id-ID',
            'dpv:hasNoticeStatus': 'dpv:NoticeUsed',
          },
          'dpv:isIndicatedAtTime': '2026-01-02T03:04:05.000Z',
          'dpv:isIndicatedBy': 'dpv:DataSubject',
          'dpv:hasIndicationMethod': 'dialog',
        },
      });
    });

    it('names the document by its hash as an RFC 6920 ni: IRI that reads back to the same hex', async () => {
      const { documentSha256 } = await recordFor(cttId);
      const iri = sha256NamedInformation(documentSha256);
      expect(iri).toMatch(/^ni:\/\/\/sha-256;[A-Za-z0-9_-]{43}$/);
      expect(sha256FromNamedInformation(iri)).toBe(documentSha256);
    });

    it('makes a random receipt id and the time now by default', async () => {
      const a = acknowledgementReceipt(await recordFor(cttId));
      const b = acknowledgementReceipt(await recordFor(cttId));
      expect(a['dpv:hasIdentifier']).toMatch(/^[0-9a-f-]{36}$/);
      expect(a['dpv:hasIdentifier']).not.toBe(b['dpv:hasIdentifier']);
      expect(Date.parse(a['dct:created'])).toBeGreaterThan(Date.now() - 60_000);
    });
  });

  describe('given the delivery of an upcoming-change notice', () => {
    it('records the notice as communicated, not used', async () => {
      const receipt = acknowledgementReceipt(
        await recordFor(cttId, { channel: 'upcoming-notice', event: 'delivered' }),
        options,
      );
      const record = receipt['dpv:hasRecordOfActivity'];
      expect(record['dpv:hasNotice']['dpv:hasNoticeStatus']).toBe('dpv:NoticeCommunicated');
      expect(record['dpv:hasIndicationMethod']).toBe('upcoming-notice');
    });
  });

  describe('given an incomplete or malformed record', () => {
    it('throws AcknowledgementReceiptError naming the field, never echoing the value', async () => {
      const cases: [Partial<AcknowledgementReceiptRecord>, string][] = [
        [{ subjectId: '' }, 'subjectId: must be a non-empty string'],
        [
          { documentSha256: 'ABC' },
          'documentSha256: must be a SHA-256 as 64 lower-case hex digits',
        ],
        [
          { channel: 'email' as 'dialog' },
          'channel: must be one of dialog, upcoming-notice, viewer',
        ],
        [{ recordedAt: '2026-01-02 03:04' }, 'recordedAt: must be an ISO 8601 instant'],
        [{ event: 'seen' as 'delivered' }, 'event: must be one of acknowledged, delivered'],
      ];
      for (const [override, message] of cases) {
        const record = await recordFor(cttId, override);
        let error: unknown;
        try {
          acknowledgementReceipt(record, options);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(AcknowledgementReceiptError);
        expect((error as Error).message).toContain(message);
      }
    });
  });
});

describe('the receipt as JSON-LD', () => {
  /** A document loader with no network: serves the committed context file, refuses the rest. */
  const requested: string[] = [];
  const CONTEXT_URL = 'https://policykit.invalid/acknowledgement-receipt.context.jsonld';
  const documentLoader = async (url: string) => {
    requested.push(url);
    if (url === CONTEXT_URL) {
      return {
        contextUrl: undefined,
        documentUrl: url,
        document: readFixture('acknowledgement-receipt.context.jsonld'),
      };
    }
    throw new Error(`no network in this test: ${url}`);
  };
  const expand = (input: object) =>
    jsonld.expand(input as jsonld.JsonLdDocument, {
      documentLoader: documentLoader as unknown as jsonld.Options.Expand['documentLoader'],
    });

  /** Every IRI in an expanded document: keys, @type values and @id values. */
  function iris(node: unknown, out = new Set<string>()): Set<string> {
    if (Array.isArray(node)) for (const item of node) iris(item, out);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (!key.startsWith('@')) out.add(key);
        if (key === '@type') for (const type of [value].flat()) out.add(type as string);
        if (key === '@id') out.add(value as string);
        iris(value, out);
      }
    }
    return out;
  }

  it('expands with a real JSON-LD processor, offline, to the DPV, DCMI and OWL terms it claims', async () => {
    requested.length = 0;
    const receipt = acknowledgementReceipt(await recordFor(cttId), options);
    const expanded = await expand(receipt);
    // The context is inline: nothing is fetched.
    expect(requested).toEqual([]);
    const found = iris(expanded);
    for (const iri of [
      'https://w3id.org/dpv#ConsentReceipt',
      'https://w3id.org/dpv#ConsentRecord',
      'https://w3id.org/dpv#hasRecordOfActivity',
      'https://w3id.org/dpv#hasIdentifier',
      'https://w3id.org/dpv#hasDataSubject',
      'https://w3id.org/dpv#DataSubject',
      'https://w3id.org/dpv#hasNotice',
      'https://w3id.org/dpv#PrivacyNotice',
      'https://w3id.org/dpv#hasNoticeStatus',
      'https://w3id.org/dpv#NoticeUsed',
      'https://w3id.org/dpv#isIndicatedAtTime',
      'https://w3id.org/dpv#isIndicatedBy',
      'https://w3id.org/dpv#hasIndicationMethod',
      'http://purl.org/dc/terms/conformsTo',
      'http://purl.org/dc/terms/created',
      'http://purl.org/dc/terms/identifier',
      'http://purl.org/dc/terms/language',
      'http://www.w3.org/2002/07/owl#versionInfo',
      'https://w3id.org/dpv/schema/dpv-27560#receipt-record',
      'https://w3id.org/dpv/schema/dpv-27560#record',
    ]) {
      expect(found, iri).toContain(iri);
    }
    // Every DPV IRI is a real DPV 2.3 term, not a look-alike.
    const dpv = [...found].filter((iri) => iri.startsWith('https://w3id.org/dpv#'));
    expect(dpv.filter((iri) => !DPV_TERMS.has(iri))).toEqual([]);
  });

  it('types the times as xsd:dateTime and the status as an IRI', async () => {
    const [node] = (await expand(acknowledgementReceipt(await recordFor(cttId), options))) as [
      Record<string, unknown>,
    ];
    expect(node['http://purl.org/dc/terms/created']).toEqual([
      {
        '@type': 'http://www.w3.org/2001/XMLSchema#dateTime',
        '@value': '2026-01-02T03:04:06.000Z',
      },
    ]);
    const [record] = node['https://w3id.org/dpv#hasRecordOfActivity'] as [Record<string, unknown>];
    const [notice] = record['https://w3id.org/dpv#hasNotice'] as [Record<string, unknown>];
    expect(notice['https://w3id.org/dpv#hasNoticeStatus']).toEqual([
      { '@id': 'https://w3id.org/dpv#NoticeUsed' },
    ]);
    expect(notice['@id']).toMatch(/^ni:\/\/\/sha-256;/);
  });

  it('expands the same when the context comes from the committed context file', async () => {
    requested.length = 0;
    const receipt = acknowledgementReceipt(await recordFor(cttId), options);
    expect(readFixture('acknowledgement-receipt.context.jsonld')).toEqual({
      '@context': ACKNOWLEDGEMENT_RECEIPT_CONTEXT,
    });
    const byReference = await expand({ ...receipt, '@context': CONTEXT_URL });
    expect(requested).toEqual([CONTEXT_URL]);
    expect(byReference).toEqual(await expand(receipt));
  });
});

describe('readAcknowledgementReceipt', () => {
  it('reads back every field of the record, through JSON text', async () => {
    const record = await recordFor(cttId);
    const receipt = JSON.parse(JSON.stringify(acknowledgementReceipt(record, options))) as unknown;
    expect(readAcknowledgementReceipt(receipt)).toEqual({
      ...record,
      event: 'acknowledged',
      receiptId: 'rcpt-1',
      createdAt: '2026-01-02T03:04:06.000Z',
    });
  });

  it('names the missing field of a receipt that is not one', async () => {
    const receipt = structuredClone(
      acknowledgementReceipt(await recordFor(cttId), options),
    ) as unknown as {
      'dpv:hasRecordOfActivity': { 'dpv:hasNotice': Record<string, unknown> };
    };
    delete receipt['dpv:hasRecordOfActivity']['dpv:hasNotice']['owl:versionInfo'];
    expect(() => readAcknowledgementReceipt(receipt)).toThrow(
      new AcknowledgementReceiptError(
        'dpv:hasRecordOfActivity.dpv:hasNotice.owl:versionInfo',
        'must be a non-empty string',
      ),
    );
    expect(() => readAcknowledgementReceipt('nope')).toThrow(AcknowledgementReceiptError);
    expect(() => readAcknowledgementReceipt({ '@type': 'dpv:ConsentRecord' })).toThrow(
      '@type: must be "dpv:ConsentReceipt"',
    );
  });
});

describe('verifyAcknowledgementReceipt', () => {
  it('verifies a receipt against the exact document shown', async () => {
    const receipt = acknowledgementReceipt(await recordFor(cttId), options);
    const result = await verifyAcknowledgementReceipt(receipt, cttId);
    expect(result.ok).toBe(true);
  });

  it('fails a document tampered with after the fact, under the same id, version and locale', async () => {
    const receipt = acknowledgementReceipt(await recordFor(cttId), options);
    const tampered = structuredClone(cttId);
    tampered.sections[0]!.title = 'Komitmen Privasi Kami (diubah)';
    const result = await verifyAcknowledgementReceipt(receipt, tampered);
    expect(result).toMatchObject({
      ok: false,
      mismatch: 'document-hash',
      expected: await policyDocumentHash(tampered),
      actual: await policyDocumentHash(cttId),
    });
  });

  it('reports the other translation as a locale mismatch', async () => {
    const receipt = acknowledgementReceipt(await recordFor(cttId), options);
    expect(await verifyAcknowledgementReceipt(receipt, cttEn)).toMatchObject({
      ok: false,
      mismatch: 'locale',
      expected: 'en',
      actual: 'id-ID',
    });
  });

  it('reports another version', async () => {
    const receipt = acknowledgementReceipt(await recordFor(cttId), options);
    const next = { ...cttId, version: '2027-01-01' };
    expect(await verifyAcknowledgementReceipt(receipt, next)).toMatchObject({
      ok: false,
      mismatch: 'version',
    });
  });
});
