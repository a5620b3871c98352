import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';

/**
 * Another process (or another store in this one) holds the file store's lock. The file
 * store serves one process; several instances need a database. The message names the
 * file, the holder and the way out.
 *
 * @example
 * await store.open().catch((error) => {
 *   if (error instanceof FileStoreLockedError) process.exit(1); // "…/rr.jsonl is in use by process 4242 …"
 * });
 */
export class FileStoreLockedError extends Error {
  override readonly name = 'FileStoreLockedError';
}

interface LockOwner {
  pid: number;
  host: string;
  token: string;
  since: string;
}

/** The lock files this process holds, removed on exit (a `kill -9` leaves them: see `isStale`). */
const held = new Map<string, string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const [lockPath, token] of held) {
      try {
        if (JSON.parse(readFileSync(lockPath, 'utf8')).token === token) unlinkSync(lockPath);
      } catch {
        // Already gone, or not ours any more.
      }
    }
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.token === 'string') {
      return owner as LockOwner;
    }
  } catch {
    // Unreadable: written by a process that died mid-write, or not a lock file at all.
  }
  return undefined;
}

/**
 * A lock left by a process that is gone. Only a holder on this host can be checked: its
 * pid no longer runs, or it is our own pid (a container restarted as pid 1 again) while
 * this process holds no such lock. An unreadable lock file counts as stale after 10 s.
 */
async function isStale(lockPath: string, owner: LockOwner | undefined): Promise<boolean> {
  if (!owner) {
    const info = await stat(lockPath).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs > 10_000;
  }
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return !held.has(lockPath);
  return !isAlive(owner.pid);
}

export interface FileLock {
  /** Rejects with `FileStoreLockedError` when the lock file no longer holds our token. */
  verify(): Promise<void>;
  release(): Promise<void>;
}

/**
 * Takes `<store>.lock` (created exclusively, `O_EXCL`, owner-only), so a second process on
 * the same store refuses with a clear error instead of interleaving sequence numbers and
 * truncating the other's records. Node has no `flock`; a pid file is what PostgreSQL's
 * `postmaster.pid` does too. A lock left by a killed process is taken over.
 */
export async function acquireFileLock(lockPath: string, storePath: string): Promise<FileLock> {
  if (held.has(lockPath)) {
    throw new FileStoreLockedError(
      `${storePath} is already open in this process: create one file store per file and share it (close() the old one first)`,
    );
  }
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    token: randomUUID(),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(me));
        await handle.sync();
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readOwner(lockPath);
      if (attempt < 3 && (await isStale(lockPath, owner))) {
        await unlink(lockPath).catch(() => undefined);
        continue;
      }
      const who = owner
        ? `process ${owner.pid} on ${owner.host} since ${owner.since}`
        : 'another process';
      throw new FileStoreLockedError(
        `${storePath} is in use by ${who} (lock file ${lockPath}). The file store serves one ` +
          'process: for several instances use the PostgreSQL store (@policykit/sdk/server/postgres). ' +
          'If that process is gone, delete the lock file.',
      );
    }
  }
  held.set(lockPath, me.token);
  installExitHook();

  const verify = async () => {
    const owner = await readOwner(lockPath);
    if (owner?.token !== me.token) {
      throw new FileStoreLockedError(
        `${storePath}: the lock file ${lockPath} was removed or taken by another process; ` +
          'this store stops writing rather than interleave with it',
      );
    }
  };
  return {
    verify,
    async release() {
      if (held.get(lockPath) !== me.token) return;
      held.delete(lockPath);
      const owner = await readOwner(lockPath);
      if (owner?.token === me.token) await unlink(lockPath).catch(() => undefined);
    },
  };
}
