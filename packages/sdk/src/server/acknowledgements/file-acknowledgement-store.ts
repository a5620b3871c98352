import { mkdir, open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { acquireFileLock, type FileLock } from '../file-lock';
import { FileStoreCorruptError } from '../file-store';
import { StoreUnavailableError } from '../rights-request-store';
import {
  byRecordedAt,
  isStoredAcknowledgement,
  matchesQuery,
  type AcknowledgementRecordStore,
  type StoredAcknowledgement,
} from './acknowledgement-record-store';
import { checkCreated } from './memory-acknowledgement-store';

export interface FileAcknowledgementStoreOptions {
  /**
   * Hears what the store repaired on its own: a torn last line cut off after a crash (where
   * and how many bytes — never the content, which names a person). Default `console.error`.
   */
  onError?: (error: Error) => void;
  /** The longest unterminated last line treated as a torn append. Default 64 KiB. */
  maxTornTailBytes?: number;
}

/** A file store: the store methods, plus `open` (fail fast at start-up) and `close`. */
export interface FileAcknowledgementStore extends AcknowledgementRecordStore {
  open(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Acknowledgements in one append-only file of JSON lines, for **one process** — the same rules
 * as the rights-request file store:
 * - durable: each record is written whole and `fsync`ed before `insert` resolves, so the handler
 *   never replies with a receipt a crash could lose; a failed write cuts the file back and
 *   rejects with `StoreUnavailableError` (the handler replies 503, the client retries);
 * - one process per file (`<path>.lock`, `FileStoreLockedError` for a second one);
 * - owner-only: directory `0700`, file `0600` (tightened if it was wider) — the lines hold the
 *   host's ids for people;
 * - restart-safe: an unterminated last line of at most `maxTornTailBytes` that is not a record
 *   is an append torn by a crash before its fsync (no receipt was given for it): cut off and
 *   reported; any other unreadable line is a `FileStoreCorruptError` naming `path:line`.
 *
 * @example
 * const store = createFileAcknowledgementStore('/var/lib/ctt/acknowledgements.jsonl');
 * await store.open();
 */
export function createFileAcknowledgementStore(
  path: string,
  options: FileAcknowledgementStoreOptions = {},
): FileAcknowledgementStore {
  const onError = options.onError ?? ((error: Error) => console.error(error));
  const maxTornTailBytes = options.maxTornTailBytes ?? 64 * 1024;
  let records = new Map<string, StoredAcknowledgement>();
  let lock: FileLock | undefined;
  let handle: FileHandle | undefined;
  let goodBytes = 0;
  let needsNewline = false;
  let opening: Promise<void> | undefined;
  let closed = false;
  /** Inserts one at a time: the check and the append are one step. */
  let queue: Promise<unknown> = Promise.resolve();
  const keyOf = (subjectId: string, key: string) => JSON.stringify([subjectId, key]);

  async function load(): Promise<void> {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    lock ??= await acquireFileLock(`${path}.lock`, path);
    const existed = await stat(path).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    const file = await open(path, 'a', 0o600);
    try {
      if (((await file.stat()).mode & 0o077) !== 0) await file.chmod(0o600);
      if (!existed) await syncDirectory(path);
      const content = await readFile(path);
      const loaded = new Map<string, StoredAcknowledgement>();
      let good = 0;
      let unterminated = false;
      let start = 0;
      let line = 0;
      while (start < content.length) {
        line++;
        const newline = content.indexOf(0x0a, start);
        const last = newline === -1;
        const end = last ? content.length : newline;
        const text = content.subarray(start, end).toString('utf8').trim();
        if (text !== '') {
          let value: unknown;
          try {
            value = JSON.parse(text) as unknown;
          } catch {
            value = undefined;
          }
          if (isStoredAcknowledgement(value)) {
            loaded.set(keyOf(value.record.subjectId, value.idempotencyKey), value);
          } else if (last && end - start <= maxTornTailBytes) {
            await file.truncate(good);
            await file.sync();
            onError(
              new Error(
                `${path}:${line}: cut off an unterminated last line of ${end - start} bytes, ` +
                  'an append torn by a crash before its fsync; no receipt was given for it',
              ),
            );
            break;
          } else {
            throw new FileStoreCorruptError(
              `${path}:${line}: ${last ? 'an unterminated last line too long to be a torn append' : 'not an acknowledgement record'}`,
            );
          }
        }
        good = last ? content.length : newline + 1;
        unterminated = last && text !== '';
        start = end + 1;
      }
      records = loaded;
      goodBytes = good;
      needsNewline = unterminated;
      handle = file;
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  function ensureOpen(): Promise<void> {
    if (closed) return Promise.reject(new Error(`${path}: the acknowledgement store is closed`));
    opening ??= load().catch((error: unknown) => {
      opening = undefined; // retried on the next call
      throw error;
    });
    return opening;
  }

  async function append(line: string): Promise<void> {
    const file = handle as FileHandle;
    const buffer = Buffer.from(`${needsNewline ? '\n' : ''}${line}\n`);
    await (lock as FileLock).verify();
    try {
      let offset = 0;
      while (offset < buffer.length) {
        const { bytesWritten } = await file.write(buffer, offset, buffer.length - offset);
        if (!(bytesWritten > 0)) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
        offset += bytesWritten;
      }
      await file.sync();
    } catch (error) {
      try {
        await file.truncate(goodBytes);
        await file.sync();
      } catch {
        opening = undefined; // load again (the torn-tail rule applies) before the next write
        handle = undefined;
        await file.close().catch(() => undefined);
      }
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new StoreUnavailableError(
        `${path}: the acknowledgement could not be written (${code})`,
        {
          cause: error,
        },
      );
    }
    goodBytes += buffer.length;
    needsNewline = false;
  }

  return {
    open: ensureOpen,
    insert(subjectId, idempotencyKey, create) {
      const work = queue.then(async () => {
        await ensureOpen();
        const key = keyOf(subjectId, idempotencyKey);
        const existing = records.get(key);
        if (existing) return { record: existing, created: false };
        const record = create();
        checkCreated(record, subjectId, idempotencyKey);
        await append(JSON.stringify(record));
        records.set(key, record);
        return { record, created: true };
      });
      queue = work.catch(() => undefined);
      return work;
    },
    async listBySubject(subjectId) {
      await ensureOpen();
      return [...records.values()]
        .filter((r) => r.record.subjectId === subjectId)
        .sort(byRecordedAt);
    },
    async query(query) {
      await ensureOpen();
      return [...records.values()].filter((r) => matchesQuery(r, query)).sort(byRecordedAt);
    },
    async close() {
      closed = true;
      await queue;
      await opening?.catch(() => undefined);
      await handle?.close().catch(() => undefined);
      handle = undefined;
      await lock?.release();
      lock = undefined;
    },
  };
}

async function syncDirectory(path: string): Promise<void> {
  try {
    const directory = await open(dirname(path), 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  } catch {
    // Not supported on this platform (Windows); the file's own fsync still holds its content.
  }
}
