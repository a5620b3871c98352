// @vitest-environment node
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileStore, FileStoreCorruptError } from './file-store';
import type { StoredRightsRequest } from './rights-request-store';

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-file-store-'));
  path = join(dir, 'requests.jsonl');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function recordFor(key: string, year: number, sequence: number): StoredRightsRequest {
  return {
    idempotencyKey: key,
    fingerprint: `fp-${key}`,
    year,
    sequence,
    request: {
      policyId: 'ctt-privacy',
      policyVersion: '1',
      locale: 'id-ID',
      right: 'access',
      name: 'Siti',
      email: 'siti@example.co.id',
    },
    receipt: {
      reference: `REQ-${year}-${sequence}`,
      right: 'access',
      submittedAt: `${year}-03-02T02:00:00.000Z`,
      dueBy: null,
    },
  };
}

const insert = (store: ReturnType<typeof createFileStore>, key: string, year = 2026) =>
  store.insert(key, year, (sequence) => recordFor(key, year, sequence));

async function linesOf(file: string): Promise<StoredRightsRequest[]> {
  const text = await readFile(file, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as StoredRightsRequest);
}

describe('given no file yet', () => {
  it('creates it and appends one JSON line per record', async () => {
    const store = createFileStore(path);
    const { record, created } = await insert(store, 'a');
    expect(created).toBe(true);
    expect(record.sequence).toBe(1);
    await insert(store, 'b');
    expect((await linesOf(path)).map((r) => [r.idempotencyKey, r.sequence])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('returns the existing record for a known key and writes nothing', async () => {
    const store = createFileStore(path);
    const first = await insert(store, 'a');
    const again = await store.insert('a', 2026, () => {
      throw new Error('create must not be called for a known key');
    });
    expect(again).toEqual({ record: first.record, created: false });
    expect(await linesOf(path)).toHaveLength(1);
    expect(await store.get('a')).toEqual(first.record);
    expect(await store.get('nope')).toBeUndefined();
  });

  it('counts sequences per year', async () => {
    const store = createFileStore(path);
    await insert(store, 'a', 2026);
    await insert(store, 'b', 2026);
    expect((await insert(store, 'c', 2027)).record.sequence).toBe(1);
    expect((await insert(store, 'd', 2026)).record.sequence).toBe(3);
  });
});

describe('given many inserts at once', () => {
  it('writes every distinct key once, with distinct sequence numbers', async () => {
    const store = createFileStore(path);
    const keys = Array.from({ length: 50 }, (_, i) => `k${i}`);
    await Promise.all(keys.map((key) => insert(store, key)));
    const lines = await linesOf(path);
    expect(lines).toHaveLength(50);
    expect(new Set(lines.map((r) => r.idempotencyKey)).size).toBe(50);
    expect(lines.map((r) => r.sequence).sort((a, b) => a - b)).toEqual(keys.map((_, i) => i + 1));
  });

  it('writes a key sent twenty times at once only once', async () => {
    const store = createFileStore(path);
    const results = await Promise.all(Array.from({ length: 20 }, () => insert(store, 'same')));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await linesOf(path)).toHaveLength(1);
  });
});

describe('given a restart', () => {
  it('loads the records, keeps deduplicating and continues the sequence', async () => {
    const before = createFileStore(path);
    await insert(before, 'a');
    await insert(before, 'b');
    const after = createFileStore(path);
    expect((await after.list()).map((r) => r.idempotencyKey)).toEqual(['a', 'b']);
    expect((await insert(after, 'a')).created).toBe(false);
    expect((await insert(after, 'c')).record.sequence).toBe(3);
    expect(await linesOf(path)).toHaveLength(3);
  });

  it('ignores a torn last line and cuts it off before the next append', async () => {
    const good = JSON.stringify(recordFor('a', 2026, 1));
    await writeFile(path, `${good}\n{"idempotencyKey":"b","fingerpr`);
    const store = createFileStore(path);
    expect((await store.list()).map((r) => r.idempotencyKey)).toEqual(['a']);
    expect((await insert(store, 'c')).record.sequence).toBe(2);
    expect((await linesOf(path)).map((r) => r.idempotencyKey)).toEqual(['a', 'c']);
  });

  it('keeps a whole last record that lost only its newline', async () => {
    const good = JSON.stringify(recordFor('a', 2026, 1));
    await writeFile(path, good);
    const store = createFileStore(path);
    expect(await store.get('a')).toBeDefined();
    await insert(store, 'b');
    expect((await linesOf(path)).map((r) => r.idempotencyKey)).toEqual(['a', 'b']);
  });

  it('refuses a file with a broken line in the middle, naming path and line', async () => {
    const good = JSON.stringify(recordFor('a', 2026, 1));
    await writeFile(
      path,
      `${good}\nthis is not json\n${JSON.stringify(recordFor('b', 2026, 2))}\n`,
    );
    const store = createFileStore(path);
    const error = await insert(store, 'c').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileStoreCorruptError);
    expect((error as Error).message).toBe(`${path}:2: not a rights-request record`);
    await expect(store.list()).rejects.toBeInstanceOf(FileStoreCorruptError);
    expect(await readFile(path, 'utf8')).toContain('this is not json');
  });
});

describe('given a write that fails', () => {
  it('rejects that insert, records nothing, and lets later inserts succeed', async () => {
    const missingDir = join(dir, 'later');
    const file = join(missingDir, 'requests.jsonl');
    const store = createFileStore(file);
    await expect(insert(store, 'a')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await store.get('a')).toBeUndefined();
    await mkdir(missingDir);
    const { record } = await insert(store, 'a');
    expect(record.sequence).toBe(1);
    expect(await linesOf(file)).toHaveLength(1);
  });

  it('refuses a create() that returns a record for another key', async () => {
    const store = createFileStore(path);
    await expect(store.insert('a', 2026, (s) => recordFor('b', 2026, s))).rejects.toThrow(
      /another key or year/,
    );
    expect((await insert(store, 'a')).created).toBe(true);
  });
});
