// @vitest-environment node
import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileRightsRequestStore } from './file-store';
import { StoreUnavailableError, type StoredRightsRequest } from './rights-request-store';
import { recordFor } from './test-support/store-contract';

// Every file handle the store opens is wrapped, so the test sees each write and fsync of
// the register, can hold an fsync back, and can make a write short or fail like a full disk.
const events: string[] = [];
let holdSync: Promise<void> | undefined;
type Write = (
  real: FsPromises.FileHandle,
  buffer: Buffer,
  offset: number,
  length: number,
) => Promise<{ bytesWritten: number }>;
/** Replaces the next writes to the register, one entry per `write` call. */
const faults: Write[] = [];

const kind = (file: unknown) => {
  const name = String(file);
  if (name.endsWith('.jsonl')) return 'file';
  if (name.endsWith('.lock')) return 'lock';
  return 'dir';
};

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      const what = kind(args[0]);
      return new Proxy(handle, {
        get(target, property) {
          if (property === 'write' && what === 'file') {
            return async (buffer: Buffer, offset = 0, length = buffer.length - offset) => {
              events.push('write file');
              const fault = faults.shift();
              if (fault) return fault(target, buffer, offset, length);
              return target.write(buffer, offset, length);
            };
          }
          if (property === 'sync') {
            return async () => {
              if (what === 'file') await holdSync;
              events.push(`sync ${what}`);
              return target.sync();
            };
          }
          const value = Reflect.get(target, property, target) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
  };
});

const { createFileStore } = await import('./file-store');

let dir: string;
let path: string;
const opened: FileRightsRequestStore[] = [];

function open(): FileRightsRequestStore {
  const store = createFileStore(path, { onError: () => undefined });
  opened.push(store);
  return store;
}

beforeEach(async () => {
  events.length = 0;
  faults.length = 0;
  holdSync = undefined;
  dir = await mkdtemp(join(tmpdir(), 'pk-file-store-sync-'));
  path = join(dir, 'requests.jsonl');
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
  await rm(dir, { recursive: true, force: true });
});

const insert = (store: FileRightsRequestStore, key: string) =>
  store.insert(key, 2026, (sequence) => recordFor(key, 2026, sequence));

async function linesOf(): Promise<StoredRightsRequest[]> {
  const text = await readFile(path, 'utf8');
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as StoredRightsRequest);
}

/** Writes `bytes` of what was asked (at most), like a write interrupted or cut short. */
const short =
  (bytes: number): Write =>
  (real, buffer, offset, length) =>
    real.write(buffer, offset, Math.min(bytes, length));

/** Writes `bytes`, then fails like a full disk (the bytes stay, as on a real ENOSPC). */
const diskFullAfter =
  (bytes: number): Write =>
  async (real, buffer, offset, length) => {
    if (bytes > 0) await real.write(buffer, offset, Math.min(bytes, length));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };

describe('given appends to the file store', () => {
  it('syncs the directory when it creates the file, and fsyncs the file after every append', async () => {
    const store = open();
    await insert(store, 'a');
    await insert(store, 'b');
    expect(events).toEqual([
      'sync lock',
      'sync dir',
      'write file',
      'sync file',
      'write file',
      'sync file',
    ]);
  });

  it('resolves an insert only after its fsync has finished', async () => {
    const store = open();
    let release = () => {};
    holdSync = new Promise<void>((resolve) => (release = resolve));
    let settled = false;
    const inserting = insert(store, 'a').then(() => (settled = true));
    await vi.waitFor(() => expect(events).toContain('write file'));
    expect(settled).toBe(false);
    release();
    await inserting;
    expect(events.slice(-2)).toEqual(['write file', 'sync file']);
  });

  it('shares one write and one fsync among requests that arrive while one is being written', async () => {
    const store = open();
    await insert(store, 'first');
    let release = () => {};
    holdSync = new Promise<void>((resolve) => (release = resolve));
    const slow = insert(store, 'slow');
    await vi.waitFor(() => expect(events.filter((e) => e === 'write file')).toHaveLength(2));
    const together = Array.from({ length: 30 }, (_, i) => insert(store, `k${i}`));
    release();
    await Promise.all([slow, ...together]);
    expect(events.filter((e) => e === 'write file')).toHaveLength(3);
    expect(events.filter((e) => e === 'sync file')).toHaveLength(3);
    expect((await linesOf()).map((r) => r.sequence)).toEqual(
      Array.from({ length: 32 }, (_, i) => i + 1),
    );
  });
});

describe('given a short write', () => {
  it('writes the rest of the line before resolving: the record is whole on disk', async () => {
    const store = open();
    faults.push(short(196), short(100));
    const { record } = await insert(store, 'a');
    expect(events.filter((e) => e === 'write file').length).toBeGreaterThanOrEqual(3);
    expect(await linesOf()).toEqual([record]);
  });
});

describe('given a disk that fills mid-write', () => {
  it('rejects as unavailable, restores the file to its last good length, and hands out no receipt', async () => {
    const store = open();
    await insert(store, 'a');
    const before = await readFile(path);
    faults.push(short(196), diskFullAfter(50));
    const error = await insert(store, 'b').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toBe(`${path}: the record could not be written (ENOSPC)`);
    expect(await readFile(path)).toEqual(before);
    expect(await store.get('b')).toBeUndefined();
  });

  it('carries on once space is freed, without a restart, and the file loads cleanly after one', async () => {
    const store = open();
    await insert(store, 'a');
    faults.push(diskFullAfter(10));
    await expect(insert(store, 'b')).rejects.toBeInstanceOf(StoreUnavailableError);
    faults.push(diskFullAfter(0));
    await expect(insert(store, 'c')).rejects.toBeInstanceOf(StoreUnavailableError);
    // Space freed: the same process goes on, numbering where it left off.
    expect((await insert(store, 'b')).record.sequence).toBe(2);
    await store.close();

    const after = open();
    expect((await after.list()).map((r) => [r.idempotencyKey, r.receipt.reference])).toEqual([
      ['a', 'REQ-2026-000001'],
      ['b', 'REQ-2026-000002'],
    ]);
    // No reference is handed out twice after the restart.
    expect((await insert(after, 'c')).record.receipt.reference).toBe('REQ-2026-000003');
    expect((await stat(path)).size).toBe((await readFile(path)).length);
  });
});
