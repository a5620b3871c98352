// @vitest-environment node
/**
 * The memory and file acknowledgement stores against the shared contract, and what only the
 * file store has: owner-only permissions, a torn tail cut off, a corrupt line refused.
 */
import { mkdtemp, readFile, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileStoreCorruptError } from '../file-store';
import {
  createFileAcknowledgementStore,
  type FileAcknowledgementStore,
} from './file-acknowledgement-store';
import { createMemoryAcknowledgementStore } from './memory-acknowledgement-store';
import {
  describeAcknowledgementStoreContract,
  storedFor,
} from './test-support/acknowledgement-store-contract';

const dirs: string[] = [];
const open: FileAcknowledgementStore[] = [];
async function freshPath(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pk-ack-'));
  dirs.push(dir);
  return join(dir, 'data', 'acknowledgements.jsonl');
}
function fileStore(path: string, onError?: (error: Error) => void): FileAcknowledgementStore {
  const store = createFileAcknowledgementStore(path, { onError: onError ?? (() => undefined) });
  open.push(store);
  return store;
}
afterAll(async () => {
  await Promise.all(open.map((s) => s.close()));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describeAcknowledgementStoreContract('memory', async () => ({
  store: createMemoryAcknowledgementStore(),
}));

describeAcknowledgementStoreContract('file', async () => {
  const path = await freshPath();
  const store = fileStore(path);
  return {
    store,
    reopen: async () => {
      await store.close();
      return fileStore(path);
    },
  };
});

describe('the file acknowledgement store', () => {
  it('creates the file 0600 in a 0700 directory: it names people', async () => {
    const path = await freshPath();
    const store = fileStore(path);
    await store.insert('user-1', 'k', () => storedFor('user-1', 'k'));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(path, '..'))).mode & 0o777).toBe(0o700);
  });

  it('cuts off a torn last line (a crash before fsync) and reports where, never what', async () => {
    const path = await freshPath();
    const store = fileStore(path);
    const kept = storedFor('user-1', 'k1');
    await store.insert('user-1', 'k1', () => kept);
    await store.close();
    await appendFile(path, '{"idempotencyKey":"k2","record":{"subjectId":"secret-user');
    const errors: Error[] = [];
    const again = fileStore(path, (e) => errors.push(e));
    expect(await again.listBySubject('user-1')).toEqual([kept]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(
      /acknowledgements\.jsonl:2: cut off an unterminated last line/,
    );
    expect(errors[0]!.message).not.toContain('secret-user');
    expect((await readFile(path, 'utf8')).endsWith('\n')).toBe(true);
    // …and the next record goes on a line of its own.
    await again.insert('user-2', 'k2', () => storedFor('user-2', 'k2'));
    await again.close();
    expect(await fileStore(path).listBySubject('user-2')).toHaveLength(1);
  });

  it('refuses a file with an unreadable line in the middle, naming path:line', async () => {
    const path = await freshPath();
    const store = fileStore(path);
    await store.open();
    await store.close();
    await writeFile(path, `not json\n${JSON.stringify(storedFor('u', 'k'))}\n`);
    const failed = fileStore(path).listBySubject('u');
    await expect(failed).rejects.toThrow(FileStoreCorruptError);
    await expect(failed).rejects.toThrow(
      /acknowledgements\.jsonl:1: not an acknowledgement record/,
    );
  });
});
