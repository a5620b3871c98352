// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acknowledgementReceipt,
  parsePolicy,
  policyDocumentHash,
  type PolicyDocument,
} from '@policykit/sdk';
import { run } from './run';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/policies/', import.meta.url));

async function policykit(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
  });
  return { code, stdout, stderr };
}

let scratch: string;
let policy: PolicyDocument;
let hash: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'policykit-receipt-'));
  const text = await readFile(join(fixtures, 'ctt-privacy.id.json'), 'utf8');
  policy = parsePolicy(JSON.parse(text));
  hash = await policyDocumentHash(policy);
  await writeFile(join(scratch, 'policy.json'), text);
  // The same document re-indented, keys in another order: the canonical JSON is the same.
  await writeFile(
    join(scratch, 'reindented.json'),
    JSON.stringify(Object.fromEntries(Object.entries(policy).reverse())),
  );
  const tampered = structuredClone(policy);
  tampered.sections[0]!.blocks = [{ type: 'paragraph', text: 'CTT boleh menjual data Anda.' }];
  await writeFile(join(scratch, 'tampered.json'), JSON.stringify(tampered, null, 2));
  const receipt = acknowledgementReceipt(
    {
      recordId: 'ack-000123',
      subjectId: 'user-secret-42',
      policyId: policy.id,
      version: policy.version,
      locale: policy.locale,
      documentSha256: hash,
      channel: 'dialog',
      recordedAt: '2026-01-02T03:04:05.000Z',
    },
    { receiptId: 'rcpt-1', now: () => new Date('2026-01-02T03:04:06.000Z') },
  );
  await writeFile(join(scratch, 'receipt.json'), JSON.stringify(receipt, null, 2));
  const broken = structuredClone(receipt) as unknown as Record<string, unknown>;
  delete broken['dpv:hasRecordOfActivity'];
  await writeFile(join(scratch, 'not-a-receipt.json'), JSON.stringify(broken));
  await writeFile(join(scratch, 'bad.json'), '{"@type": ');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('policykit receipt verify', () => {
  describe('given the receipt and the document it was made for', () => {
    it('says what it verified and exits 0, without the subject id', async () => {
      const result = await policykit(['receipt', 'verify', 'receipt.json', 'policy.json'], scratch);
      expect(result).toEqual({
        code: 0,
        stdout: `receipt.json: verified against policy.json: ctt-privacy version 2024-06-12 (id-ID), acknowledged 2026-01-02T03:04:05.000Z in the dialog, SHA-256 ${hash}\n`,
        stderr: '',
      });
      expect(result.stdout).not.toContain('user-secret-42');
    });

    it('verifies the same content in another key order and indentation', async () => {
      const result = await policykit(
        ['receipt', 'verify', 'receipt.json', 'reindented.json'],
        scratch,
      );
      expect(result.code).toBe(0);
    });
  });

  describe('given a document changed after it was acknowledged', () => {
    it('reports the hash mismatch and exits 1', async () => {
      const result = await policykit(
        ['receipt', 'verify', 'receipt.json', 'tampered.json'],
        scratch,
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        new RegExp(
          `^receipt\\.json: does not match tampered\\.json: the SHA-256 of the document’s canonical JSON is ${hash} in the receipt, [0-9a-f]{64} in the document\\n$`,
        ),
      );
    });
  });

  describe('given another translation', () => {
    it('reports the locale', async () => {
      const result = await policykit(
        ['receipt', 'verify', join(scratch, 'receipt.json'), 'ctt-privacy.en.json'],
        fixtures,
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('the locale is id-ID in the receipt, en in the document');
    });
  });

  describe('given a file that is not a receipt', () => {
    it('names the missing field and exits 1', async () => {
      const result = await policykit(
        ['receipt', 'verify', 'not-a-receipt.json', 'policy.json'],
        scratch,
      );
      expect(result).toEqual({
        code: 1,
        stdout: '',
        stderr: 'not-a-receipt.json: dpv:hasRecordOfActivity: must be an object\n',
      });
    });

    it('reports malformed JSON with its position', async () => {
      const result = await policykit(['receipt', 'verify', 'bad.json', 'policy.json'], scratch);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^bad\.json: \(document\): invalid JSON at line 1/);
    });

    it('reports a missing file', async () => {
      const result = await policykit(['receipt', 'verify', 'nope.json', 'policy.json'], scratch);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('nope.json: (document): cannot be read: no such file\n');
    });
  });

  describe('given a wrong command line', () => {
    it('exits 2 with the usage', async () => {
      for (const args of [
        ['receipt'],
        ['receipt', 'sign', 'a', 'b'],
        ['receipt', 'verify', 'receipt.json'],
        ['receipt', 'verify', 'a', 'b', 'c'],
      ]) {
        const result = await policykit(args, scratch);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('Usage: policykit receipt verify <receipt.json> <policy>');
      }
    });
  });
});
