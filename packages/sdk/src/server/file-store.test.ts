// @vitest-environment node
import { appendFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileStoreLockedError } from './file-lock';
import { createFileStore, FileStoreCorruptError, type FileRightsRequestStore } from './file-store';
import type { StoredRightsRequest } from './rights-request-store';
import {
  describeRightsRequestStoreContract,
  lifecycleRecordFor,
  recordFor,
} from './test-support/store-contract';
import { createFieldEncryption } from './field-encryption';

let dir: string;
let path: string;
const opened: FileRightsRequestStore[] = [];

/** A file store on `file`, closed after the test (it holds the file's lock). */
function open(file = path, options?: Parameters<typeof createFileStore>[1]) {
  const store = createFileStore(file, { onError: () => undefined, ...options });
  opened.push(store);
  return store;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-file-store-'));
  path = join(dir, 'requests.jsonl');
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  await rm(dir, { recursive: true, force: true });
});

const insert = (store: FileRightsRequestStore, key: string, year = 2026) =>
  store.insert(key, year, (sequence) => recordFor(key, year, sequence));

async function linesOf(file: string): Promise<StoredRightsRequest[]> {
  const text = await readFile(file, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as StoredRightsRequest);
}

describeRightsRequestStoreContract('file', async () => {
  const store = open();
  return {
    store,
    reopen: async () => {
      await store.close();
      return open();
    },
  };
});

describe('given no file yet', () => {
  it('creates it and appends one JSON line per record', async () => {
    const store = open();
    await insert(store, 'a');
    await insert(store, 'b');
    expect((await linesOf(path)).map((r) => [r.idempotencyKey, r.sequence])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('writes a key sent twenty times at once as one line', async () => {
    const store = open();
    await Promise.all(Array.from({ length: 20 }, () => insert(store, 'same')));
    expect(await linesOf(path)).toHaveLength(1);
  });

  it('creates a missing directory 0700 and the file 0600, whatever the umask', async () => {
    const previous = process.umask(0o022);
    try {
      const file = join(dir, 'private', 'requests.jsonl');
      await insert(open(file), 'a');
      expect((await stat(join(dir, 'private'))).mode & 0o777).toBe(0o700);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await stat(`${file}.lock`)).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });

  it('tightens an existing world-readable file to 0600', async () => {
    await writeFile(path, '', { mode: 0o644 });
    await insert(open(), 'a');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });
});

describe('given a restart', () => {
  it('loads the records, keeps deduplicating and continues the sequence', async () => {
    const before = open();
    await insert(before, 'a');
    await insert(before, 'b');
    await before.close();
    const after = open();
    expect((await after.list()).map((r) => r.idempotencyKey)).toEqual(['a', 'b']);
    expect((await insert(after, 'a')).created).toBe(false);
    expect((await insert(after, 'c')).record.sequence).toBe(3);
    expect(await linesOf(path)).toHaveLength(3);
  });

  it('cuts a torn last line off at once and reports where and how long, never its content', async () => {
    const good = JSON.stringify(recordFor('a', 2026, 1));
    await writeFile(path, `${good}\n{"idempotencyKey":"b","name":"Siti Rah`);
    const onError = vi.fn();
    const store = open(path, { onError });
    expect((await store.list()).map((r) => r.idempotencyKey)).toEqual(['a']);
    expect(await readFile(path, 'utf8')).toBe(`${good}\n`);
    expect(onError).toHaveBeenCalledTimes(1);
    const message = (onError.mock.calls[0]?.[0] as Error).message;
    expect(message).toContain(`${path}:2: cut off an unterminated last line of 38 bytes`);
    expect(message).not.toContain('Siti');
    expect((await insert(store, 'c')).record.sequence).toBe(2);
    expect((await linesOf(path)).map((r) => r.idempotencyKey)).toEqual(['a', 'c']);
  });

  it('keeps a whole last record that lost only its newline', async () => {
    await writeFile(path, JSON.stringify(recordFor('a', 2026, 1)));
    const store = open();
    expect(await store.get('a')).toBeDefined();
    await insert(store, 'b');
    expect((await linesOf(path)).map((r) => r.idempotencyKey)).toEqual(['a', 'b']);
  });

  it.each([
    ['1 MiB of binary', Buffer.alloc(1024 * 1024, 0xfe)],
    ['a damaged record longer than the bound', Buffer.from(`{"name":"${'x'.repeat(600_000)}`)],
  ])(
    'refuses an unterminated last line too long to be a torn append (%s) and leaves the file as it is',
    async (_label, tail) => {
      const good = Buffer.from(`${JSON.stringify(recordFor('a', 2026, 1))}\n`);
      await writeFile(path, Buffer.concat([good, tail]));
      const store = open();
      const error = await insert(store, 'c').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileStoreCorruptError);
      expect((error as Error).message).toMatch(
        new RegExp(`^${path}:2: an unterminated last line of ${tail.length} bytes`),
      );
      expect((await stat(path)).size).toBe(good.length + tail.length);
    },
  );

  it('honours a smaller maxTornTailBytes', async () => {
    await writeFile(path, `${JSON.stringify(recordFor('a', 2026, 1))}\n${'z'.repeat(200)}`);
    await expect(open(path, { maxTornTailBytes: 100 }).list()).rejects.toBeInstanceOf(
      FileStoreCorruptError,
    );
  });

  it('refuses a file with a broken line in the middle, naming path and line', async () => {
    const good = JSON.stringify(recordFor('a', 2026, 1));
    await writeFile(
      path,
      `${good}\nthis is not json\n${JSON.stringify(recordFor('b', 2026, 2))}\n`,
    );
    const store = open();
    const error = await insert(store, 'c').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileStoreCorruptError);
    expect((error as Error).message).toBe(`${path}:2: not a rights-request record`);
    await expect(store.list()).rejects.toBeInstanceOf(FileStoreCorruptError);
    expect(await readFile(path, 'utf8')).toContain('this is not json');
  });
});

describe('given a first load that fails', () => {
  it('tries again on the next call once the cause is fixed, without a restart', async () => {
    await mkdir(path); // unreadable as a file: EISDIR
    const store = open();
    await expect(insert(store, 'a')).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(store.list()).rejects.toMatchObject({ code: 'EISDIR' });
    await rm(path, { recursive: true });
    expect((await insert(store, 'a')).record.sequence).toBe(1);
    expect(await linesOf(path)).toHaveLength(1);
  });

  it('tries a corrupt file again once it is repaired', async () => {
    const good = JSON.stringify(recordFor('a', 2026, 1));
    await writeFile(path, `${good}\ngarbage\n`);
    const store = open();
    await expect(store.list()).rejects.toBeInstanceOf(FileStoreCorruptError);
    await writeFile(path, `${good}\n`);
    expect((await insert(store, 'b')).record.sequence).toBe(2);
  });
});

describe('given a second store on the same file', () => {
  it('refuses a second store in the same process until the first is closed', async () => {
    const first = open();
    await insert(first, 'a');
    const second = createFileStore(path);
    await expect(second.open()).rejects.toBeInstanceOf(FileStoreLockedError);
    await first.close();
    opened.push(second);
    expect((await insert(second, 'b')).record.sequence).toBe(2);
  });

  it('takes over the lock of a process that is gone (kill -9 leaves it behind)', async () => {
    await writeFile(
      `${path}.lock`,
      JSON.stringify({
        pid: 2 ** 22 + 1,
        host: (await import('node:os')).hostname(),
        token: 'old',
        since: '',
      }),
    );
    expect((await insert(open(), 'a')).created).toBe(true);
  });

  it('stops rather than overwrite records another writer appended behind its back', async () => {
    const store = open();
    await insert(store, 'a');
    await appendFile(path, `${JSON.stringify(recordFor('intruder', 2026, 2))}\n`);
    await expect(insert(store, 'b')).rejects.toThrow(/changed outside this store/);
    // Reloaded from disk: the other writer's record is kept and numbering continues after it.
    expect((await insert(store, 'b')).record.sequence).toBe(3);
    expect((await linesOf(path)).map((r) => r.idempotencyKey)).toEqual(['a', 'intruder', 'b']);
  });
});

describe('given a create() that misbehaves', () => {
  it('refuses a record for another key and stays usable', async () => {
    const store = open();
    await expect(store.insert('a', 2026, (s) => recordFor('b', 2026, s))).rejects.toThrow(
      /another key or year/,
    );
    expect((await insert(store, 'a')).created).toBe(true);
  });
});

describe('given lifecycle changes', () => {
  it('appends each change as the whole record again, sealed; the last line holds after a restart', async () => {
    const encryption = createFieldEncryption({
      keys: { k: new Uint8Array(32).fill(5) },
      current: 'k',
    });
    const store = open(path, { encryption });
    const { record } = await store.insert('a', 2026, (s) => lifecycleRecordFor('a', 2026, s));
    const lifecycle = record.lifecycle as NonNullable<StoredRightsRequest['lifecycle']>;
    const moved = await store.update(record.receipt.reference, 1, {
      lifecycle: {
        ...lifecycle,
        status: 'in-progress',
        history: [
          ...lifecycle.history,
          {
            at: '2026-03-03T00:00:00.000Z',
            actor: { kind: 'controller', id: 'dpo' },
            type: 'status',
            from: 'received',
            to: 'in-progress',
            note: 'Called Siti at +62 812 0000',
          },
        ],
      },
    });
    const text = await readFile(path, 'utf8');
    expect(text.trimEnd().split('\n')).toHaveLength(2);
    expect(text).not.toMatch(/Siti|\+62 812/);
    await store.close();
    const after = open(path, { encryption });
    expect(await after.getByReference(record.receipt.reference)).toEqual(moved);
    expect((await after.list()).map((r) => r.lifecycle?.status)).toEqual(['in-progress']);
    // The next insert still numbers on.
    expect((await insert(after, 'b')).record.sequence).toBe(2);
  });
});
