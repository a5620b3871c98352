// @vitest-environment node
import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredRightsRequest } from './rights-request-store';

// Every file handle the store opens is wrapped, so the test sees each write and fsync,
// and can hold an fsync back to see that `insert` waits for it.
const events: string[] = [];
let holdSync: Promise<void> | undefined;

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      return new Proxy(handle, {
        get(target, property) {
          if (property === 'write') {
            return async (data: string) => {
              events.push(`write ${String(args[0]).endsWith('.jsonl') ? 'file' : 'dir'}`);
              return target.write(data);
            };
          }
          if (property === 'sync') {
            return async () => {
              await holdSync;
              events.push(`sync ${String(args[0]).endsWith('.jsonl') ? 'file' : 'dir'}`);
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

beforeEach(async () => {
  events.length = 0;
  holdSync = undefined;
  dir = await mkdtemp(join(tmpdir(), 'pk-file-store-sync-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const recordFor = (key: string, sequence: number): StoredRightsRequest => ({
  idempotencyKey: key,
  fingerprint: key,
  year: 2026,
  sequence,
  request: {
    policyId: 'p',
    policyVersion: '1',
    locale: 'en',
    right: 'access',
    name: 'Ann',
    email: 'ann@example.com',
  },
  receipt: {
    reference: `R-${sequence}`,
    right: 'access',
    submittedAt: '2026-01-01T00:00:00Z',
    dueBy: null,
  },
});

describe('given appends to the file store', () => {
  it('fsyncs the file after every append, and the directory once when the file is new', async () => {
    const store = createFileStore(join(dir, 'requests.jsonl'));
    await store.insert('a', 2026, (s) => recordFor('a', s));
    await store.insert('b', 2026, (s) => recordFor('b', s));
    expect(events).toEqual(['write file', 'sync file', 'sync dir', 'write file', 'sync file']);
  });

  it('resolves an insert only after its fsync has finished', async () => {
    const store = createFileStore(join(dir, 'requests.jsonl'));
    let release = () => {};
    holdSync = new Promise<void>((resolve) => (release = resolve));
    let settled = false;
    const inserting = store
      .insert('a', 2026, (s) => recordFor('a', s))
      .then(() => (settled = true));
    await vi.waitFor(() => expect(events).toEqual(['write file']));
    expect(settled).toBe(false);
    release();
    await inserting;
    expect(events.slice(0, 2)).toEqual(['write file', 'sync file']);
  });
});
