// @vitest-environment node
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFieldEncryption } from './field-encryption';
import { createFileStore, type FileRightsRequestStore } from './file-store';
import { REDACTED, type RetentionOptions } from './retention';
import { recordFor } from './test-support/store-contract';

let dir: string;
let path: string;
let store: FileRightsRequestStore;

const NOW = new Date('2027-06-01T00:00:00Z');
/** a and b were closed 400 days ago, c 10 days ago, d is still open. */
const CLOSED: Record<string, string | undefined> = {
  a: '2026-04-27T00:00:00Z',
  b: '2026-04-27T00:00:00Z',
  c: '2027-05-22T00:00:00Z',
  d: undefined,
};
const retention = (extra: Partial<RetentionOptions>): RetentionOptions => ({
  closedAt: (record) => CLOSED[record.idempotencyKey],
  olderThanDays: 365,
  action: 'redact',
  now: NOW,
  ...extra,
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-retention-'));
  path = join(dir, 'rr.jsonl');
  store = createFileStore(path);
  for (const key of ['a', 'b', 'c', 'd']) {
    await store.insert(key, 2026, (s) => recordFor(key, 2026, s));
  }
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('given the file store and a retention period', () => {
  it('reports in a dry run what it would redact, and changes nothing', async () => {
    const before = await readFile(path, 'utf8');
    const report = await store.applyRetention(retention({ dryRun: true }));
    expect(report).toEqual({
      action: 'redact',
      dryRun: true,
      matched: [
        { idempotencyKey: 'a', reference: 'REQ-2026-000001', closedAt: '2026-04-27T00:00:00.000Z' },
        { idempotencyKey: 'b', reference: 'REQ-2026-000002', closedAt: '2026-04-27T00:00:00.000Z' },
      ],
    });
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('redacts the personal fields of requests closed longer ago, in the file too, and keeps the register', async () => {
    await store.applyRetention(retention({}));
    const a = await store.get('a');
    expect(a?.request).toEqual({
      policyId: 'ctt-privacy',
      policyVersion: '1',
      locale: 'id-ID',
      right: 'access',
      name: REDACTED,
      email: REDACTED,
    });
    expect(a?.receipt.reference).toBe('REQ-2026-000001');
    expect((await store.get('c'))?.request.name).toBe('Siti');
    const text = await readFile(path, 'utf8');
    expect(text.match(/siti@example\.co\.id/g)).toHaveLength(2); // c and d only
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    // Inserts go on after the rewrite, and a restart reads the rewritten file.
    expect((await store.insert('e', 2026, (s) => recordFor('e', 2026, s))).record.sequence).toBe(5);
    await store.close();
    store = createFileStore(path);
    expect((await store.get('b'))?.request.email).toBe(REDACTED);
    expect((await store.list()).map((r) => r.idempotencyKey)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('purges them, and never gives their reference numbers again, even after a restart', async () => {
    await store.close();
    store = createFileStore(path);
    const report = await store.applyRetention(
      retention({
        action: 'purge',
        closedAt: (r) => (r.idempotencyKey === 'd' ? '2026-01-01' : undefined),
      }),
    );
    expect(report.matched.map((m) => m.reference)).toEqual(['REQ-2026-000004']);
    expect(await store.get('d')).toBeUndefined();
    await store.close();
    store = createFileStore(path);
    expect((await store.list()).map((r) => r.idempotencyKey)).toEqual(['a', 'b', 'c']);
    const next = await store.insert('e', 2026, (s) => recordFor('e', 2026, s));
    expect(next.record.receipt.reference).toBe('REQ-2026-000005');
  });

  it('re-encrypts every record with the current key when it rewrites the file (key rotation)', async () => {
    await store.close();
    await rm(path);
    const old = createFieldEncryption({
      keys: { old: new Uint8Array(32).fill(1) },
      current: 'old',
    });
    store = createFileStore(path, { encryption: old });
    for (const key of ['a', 'b', 'c', 'd']) {
      await store.insert(key, 2026, (s) => recordFor(key, 2026, s));
    }
    await store.close();
    const rotated = createFieldEncryption({
      keys: { old: new Uint8Array(32).fill(1), new: new Uint8Array(32).fill(2) },
      current: 'new',
    });
    store = createFileStore(path, { encryption: rotated });
    await store.applyRetention(retention({}));
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain('pk-enc:v1:old:');
    expect(text).toContain('pk-enc:v1:new:');
    await store.close();
    store = createFileStore(path, {
      encryption: createFieldEncryption({
        keys: { new: new Uint8Array(32).fill(2) },
        current: 'new',
      }),
    });
    expect((await store.get('c'))?.request.email).toBe('siti@example.co.id');
  });

  it('refuses a closedAt that is not a date, naming the reference, and changes nothing', async () => {
    await expect(store.applyRetention(retention({ closedAt: () => 'soon' }))).rejects.toThrow(
      'applyRetention: closedAt of REQ-2026-000001 is not a date',
    );
    expect((await store.get('a'))?.request.name).toBe('Siti');
  });
});
