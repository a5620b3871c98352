// @vitest-environment node
// A second *process* on the same file store (a child process: the hardening project).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileStore, type FileRightsRequestStore } from './file-store';
import { recordFor } from './test-support/store-contract';

let dir: string;
let path: string;
let store: FileRightsRequestStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-file-store-lock-'));
  path = join(dir, 'requests.jsonl');
  store = createFileStore(path);
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const insert = (key: string) => store.insert(key, 2026, (s) => recordFor(key, 2026, s));

describe('given a second process on the same file', () => {
  it('refuses a second process with an error naming the file and the PostgreSQL store', async () => {
    await insert('a');
    const module = fileURLToPath(new URL('./file-store.ts', import.meta.url));
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { createFileStore } = await import(${JSON.stringify(module)});
         const store = createFileStore(${JSON.stringify(path)});
         try { await store.insert('b', 2026, () => { throw new Error('must not run'); }); }
         catch (error) { console.log(error.name + ': ' + error.message); }`,
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(child.stdout).toContain(
      `FileStoreLockedError: ${path} is in use by process ${process.pid}`,
    );
    expect(child.stdout).toContain('@policykit/sdk/server/postgres');
    expect((await readFile(path, 'utf8')).trimEnd().split('\n')).toHaveLength(1);
  });
});
