import { mkdir, open, readFile, rename, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FieldEncryption } from './field-encryption';
import { acquireFileLock, type FileLock } from './file-lock';
import {
  redactRecord,
  retentionReport,
  selectForRetention,
  type RetentionOptions,
  type RetentionReport,
} from './retention';
import { queryRecords } from './lifecycle/query-records';
import { applyChange } from './lifecycle/stored-lifecycle';
import {
  StoreUnavailableError,
  type LifecycleRightsRequestStore,
  type RightsRequestInsertResult,
  type StoredRightsRequest,
} from './rights-request-store';

/**
 * The store's file holds something other than records: the message names `path:line`.
 * The store refuses to run rather than skip a line that may be a recorded request.
 *
 * @example
 * await store.list().catch((error) => {
 *   if (error instanceof FileStoreCorruptError) alertOperator(error.message); // "/data/rr.jsonl:42: …"
 * });
 */
export class FileStoreCorruptError extends Error {
  override readonly name = 'FileStoreCorruptError';
}

export interface FileStoreOptions {
  /**
   * Hears what the store repaired on its own — a torn last line it cut off after a crash
   * (where, how many bytes; never the content, which is personal data). Default
   * `console.error`.
   */
  onError?: (error: Error) => void;
  /**
   * The longest unterminated last line that counts as an append torn by a crash and is cut
   * off. Anything longer is a `FileStoreCorruptError`. Default 512 KiB — above the largest
   * batch the store writes at once (256 KiB and one record), so a torn batch always fits.
   */
  maxTornTailBytes?: number;
  /**
   * Encrypts the personal fields (name, e-mail, phone, details) in the file with a host
   * key (`createFieldEncryption`); records in memory and those returned stay plain.
   */
  encryption?: FieldEncryption;
}

/** A file store: the store methods, plus `open` to fail fast at start-up and `close`. */
export interface FileRightsRequestStore extends LifecycleRightsRequestStore {
  /**
   * Takes the lock and loads the file; rejects with the reason (`FileStoreLockedError`,
   * `FileStoreCorruptError`, an I/O error). Every other method does this first, and a
   * failed load is retried on the next call — call it at start-up only to fail fast.
   */
  open(): Promise<void>;
  /**
   * Redacts or purges requests closed longer than `olderThanDays` (`dryRun` first to see
   * which). The file is rewritten whole — to a temp file, fsynced, renamed over the old one
   * — between two batches of inserts; a purged reference number is never given again. With
   * `encryption`, every record is re-encrypted with the current key on the way.
   */
  applyRetention(options: RetentionOptions): Promise<RetentionReport>;
  /** Finishes the writes in flight, closes the file and releases the lock. */
  close(): Promise<void>;
}

/** A line that holds a year's last sequence number, so numbers of purged records stay used. */
interface SequenceLine {
  type: 'policykit:sequence';
  year: number;
  sequence: number;
}

function isSequenceLine(value: unknown): value is SequenceLine {
  const line = value as Partial<SequenceLine> | null;
  return (
    typeof line === 'object' &&
    line !== null &&
    line.type === 'policykit:sequence' &&
    Number.isInteger(line.year) &&
    Number.isInteger(line.sequence)
  );
}

/**
 * A batch is written with one `write` and one `fsync`. Bounded (a batch stops growing once
 * past this, so it stays under ~330 KiB with the largest records) so a batch torn by a
 * crash still fits the torn-tail rule.
 */
const MAX_BATCH_BYTES = 256 * 1024;

function isRecord(value: unknown): value is StoredRightsRequest {
  const record = value as Partial<StoredRightsRequest> | null;
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.idempotencyKey === 'string' &&
    typeof record.fingerprint === 'string' &&
    Number.isInteger(record.year) &&
    Number.isInteger(record.sequence) &&
    typeof record.request === 'object' &&
    typeof record.receipt?.reference === 'string'
  );
}

/** Makes a newly created file's directory entry durable too (POSIX; Windows cannot open directories). */
async function syncDirectory(path: string): Promise<void> {
  try {
    const directory = await open(dirname(path), 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  } catch {
    // Not supported on this platform; the file's own fsync still holds its content.
  }
}

/** Writes all of `buffer`: `write` may write less than asked (a full disk, a signal). */
async function writeAll(handle: FileHandle, buffer: Buffer): Promise<void> {
  let offset = 0;
  while (offset < buffer.length) {
    const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
    if (!(bytesWritten > 0)) {
      throw Object.assign(new Error(`write stopped after ${offset} of ${buffer.length} bytes`), {
        code: 'ENOSPC',
      });
    }
    offset += bytesWritten;
  }
}

interface Pending {
  key: string;
  year: number;
  create: (sequence: number) => StoredRightsRequest;
  resolve: (result: RightsRequestInsertResult) => void;
  reject: (error: unknown) => void;
}

/**
 * A rights-request store in one append-only file of JSON lines, one record per line, for
 * **one process**.
 *
 * - Durable: a record is written whole (short writes are continued) and `fsync`ed before
 *   `insert` resolves, so the handler never replies with a receipt a crash could lose.
 *   Requests that arrive together share one write and one `fsync` (group commit); each
 *   is still answered only once its bytes are on disk.
 * - A failed write (a full disk) restores the file to its last good length and rejects
 *   with `StoreUnavailableError` (the handler replies 503; the client retries).
 * - One process per file: `<path>.lock` is taken exclusively; a second process refuses
 *   with `FileStoreLockedError`. Several instances need the PostgreSQL store.
 * - Owner-only: the directory is created `0700`, the file `0600` (an existing file is
 *   tightened to `0600`) — it holds names, e-mail addresses, phone numbers.
 * - Lifecycle changes (`update`) append the whole record again, fsynced, between two batches
 *   of inserts; on load the last line of a key holds. The history inside stays append-only.
 * - Restart-safe: records are loaded on first use, keys keep deduplicating, sequences
 *   continue. An unterminated last line of at most `maxTornTailBytes` that is not a record
 *   is an append torn by a crash (before its fsync, so no receipt was given): it is cut off
 *   and reported to `onError`. Any other unreadable line is a `FileStoreCorruptError`
 *   naming `path:line`. A failed load is retried on the next call.
 *
 * @example
 * import { createFileStore, createRightsRequestHandler } from '@policykit/sdk/server';
 * const store = createFileStore('/var/lib/ctt/rights-requests.jsonl');
 * await store.open(); // optional: fail at start-up, not on the first request
 * export const POST = createRightsRequestHandler({ store, jurisdiction: 'id-pdp' });
 */
export function createFileStore(
  path: string,
  options: FileStoreOptions = {},
): FileRightsRequestStore {
  const onError = options.onError ?? ((error: Error) => console.error(error));
  const maxTornTailBytes = options.maxTornTailBytes ?? 512 * 1024;
  const { encryption } = options;

  let records = new Map<string, StoredRightsRequest>();
  /** Reference → idempotency key. */
  let references = new Map<string, string>();
  let lastSequence = new Map<number, number>();
  let lock: FileLock | undefined;
  let handle: FileHandle | undefined;
  /** Bytes of the file that hold whole records; the file's length as far as we know. */
  let goodBytes = 0;
  /** The last record lacks its newline (it was written, the "\n" was not). */
  let needsNewline = false;
  let opening: Promise<void> | undefined;
  let closed = false;

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
      const info = await file.stat();
      // The file holds personal data: never group- or world-readable, whatever the umask was.
      if ((info.mode & 0o077) !== 0) await file.chmod(0o600);
      if (!existed) await syncDirectory(path);
      const content = await readFile(path);
      const loaded = new Map<string, StoredRightsRequest>();
      const sequences = new Map<number, number>();
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
          if (isSequenceLine(value)) {
            if (value.sequence > (sequences.get(value.year) ?? 0)) {
              sequences.set(value.year, value.sequence);
            }
          } else if (isRecord(value)) {
            const record = encryption ? await encryption.decrypt(value) : value;
            // A later line of the same key is a lifecycle change (`update` appends the whole
            // record again): the last one holds.
            loaded.set(record.idempotencyKey, record);
            if (record.sequence > (sequences.get(record.year) ?? 0)) {
              sequences.set(record.year, record.sequence);
            }
          } else if (last && end - start <= maxTornTailBytes) {
            await file.truncate(good);
            await file.sync();
            onError(
              new Error(
                `${path}:${line}: cut off an unterminated last line of ${end - start} bytes ` +
                  `(offset ${start}), an append torn by a crash before its fsync; no receipt was given for it`,
              ),
            );
            break;
          } else {
            const what = last
              ? `an unterminated last line of ${end - start} bytes, longer than a torn append can be (${maxTornTailBytes})`
              : 'not a rights-request record';
            throw new FileStoreCorruptError(`${path}:${line}: ${what}`);
          }
        }
        good = last ? content.length : newline + 1;
        unterminated = last && text !== '';
        start = end + 1;
      }
      records = loaded;
      references = new Map(
        [...loaded.values()].map((r) => [r.receipt.reference, r.idempotencyKey]),
      );
      lastSequence = sequences;
      goodBytes = good;
      needsNewline = unterminated;
      handle = file;
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  function ensureOpen(): Promise<void> {
    if (closed) return Promise.reject(new Error(`${path}: the file store is closed`));
    opening ??= load().catch((error: unknown) => {
      opening = undefined; // retried on the next call: the operator may have fixed it
      throw error;
    });
    return opening;
  }

  /** Appends `lines` with one write and one fsync; on failure the file is cut back. */
  async function append(lines: string[]): Promise<void> {
    const file = handle as FileHandle;
    const buffer = Buffer.from(`${needsNewline ? '\n' : ''}${lines.join('\n')}\n`);
    await (lock as FileLock).verify();
    const { size } = await file.stat();
    if (size !== goodBytes) {
      // Someone else wrote to (or cut) the file: reload rather than overwrite their bytes.
      opening = undefined;
      handle = undefined;
      await file.close().catch(() => undefined);
      throw new FileStoreCorruptError(
        `${path} changed outside this store (${size} bytes, expected ${goodBytes}); it will be reloaded`,
      );
    }
    try {
      await writeAll(file, buffer);
      await file.sync();
    } catch (error) {
      try {
        await file.truncate(goodBytes);
        await file.sync();
      } catch {
        // Could not cut it back: load again before the next write (the tail rule applies).
        opening = undefined;
        handle = undefined;
        await file.close().catch(() => undefined);
      }
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new StoreUnavailableError(`${path}: the record could not be written (${code})`, {
        cause: error,
      });
    }
    goodBytes += buffer.length;
    needsNewline = false;
  }

  /** Runs one batch: dedupe, number, write once, then answer every waiter. */
  async function commit(batch: Pending[]): Promise<void> {
    try {
      await ensureOpen();
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
      return;
    }
    const fresh = new Map<string, StoredRightsRequest>();
    const freshReferences = new Set<string>();
    const sequences = new Map(lastSequence);
    const lines: string[] = [];
    const answers: { waiter: Pending; record: StoredRightsRequest; created: boolean }[] = [];
    let bytes = 0;
    for (const [index, waiter] of batch.entries()) {
      if (bytes > MAX_BATCH_BYTES) {
        pending.unshift(...batch.slice(index)); // the next batch
        break;
      }
      const existing = records.get(waiter.key) ?? fresh.get(waiter.key);
      if (existing) {
        answers.push({ waiter, record: existing, created: false });
        continue;
      }
      const sequence = (sequences.get(waiter.year) ?? 0) + 1;
      let record: StoredRightsRequest;
      try {
        record = waiter.create(sequence);
        if (record.idempotencyKey !== waiter.key || record.year !== waiter.year) {
          throw new Error(
            'RightsRequestStore.insert: create() returned a record for another key or year',
          );
        }
        if (
          references.has(record.receipt.reference) ||
          freshReferences.has(record.receipt.reference)
        ) {
          throw new Error('RightsRequestStore.insert: the reference is taken already');
        }
      } catch (error) {
        waiter.reject(error);
        continue;
      }
      let line: string;
      try {
        line = JSON.stringify(encryption ? await encryption.encrypt(record) : record);
      } catch (error) {
        waiter.reject(error);
        continue;
      }
      sequences.set(waiter.year, sequence);
      fresh.set(waiter.key, record);
      freshReferences.add(record.receipt.reference);
      bytes += Buffer.byteLength(line) + 1;
      lines.push(line);
      answers.push({ waiter, record, created: true });
    }
    if (lines.length > 0) {
      try {
        await append(lines);
      } catch (error) {
        for (const answer of answers) {
          // A replay of a record already on disk is still a valid answer.
          if (fresh.has(answer.waiter.key)) answer.waiter.reject(error);
          else answer.waiter.resolve({ record: answer.record, created: false });
        }
        return;
      }
      for (const [key, record] of fresh) {
        records.set(key, record);
        references.set(record.receipt.reference, key);
      }
      lastSequence = sequences;
    }
    for (const { waiter, record, created } of answers) waiter.resolve({ record, created });
  }

  let pending: Pending[] = [];
  /** Work that needs the file to itself (a rewrite), run between two batches. */
  const maintenance: (() => Promise<void>)[] = [];
  let draining: Promise<void> | undefined;

  async function drain(): Promise<void> {
    while (pending.length > 0 || maintenance.length > 0) {
      const task = maintenance.shift();
      if (task) await task();
      // Everything that arrived while the last batch was being written (`commit` puts
      // back what exceeds MAX_BATCH_BYTES).
      else await commit(pending.splice(0));
    }
    draining = undefined;
  }

  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      maintenance.push(() => work().then(resolve, reject));
      draining ??= drain();
    });
  }

  /** Replaces the file's content atomically: temp file, fsync, rename, fsync the directory. */
  async function rewrite(lines: string[]): Promise<void> {
    const buffer = Buffer.from(lines.length > 0 ? `${lines.join('\n')}\n` : '');
    const temp = `${path}.rewrite`;
    const file = await open(temp, 'w', 0o600);
    try {
      await writeAll(file, buffer);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
    await syncDirectory(path);
    await handle?.close().catch(() => undefined);
    handle = await open(path, 'a', 0o600);
    goodBytes = buffer.length;
    needsNewline = false;
  }

  async function applyRetention(options: RetentionOptions): Promise<RetentionReport> {
    await ensureOpen();
    const selected = selectForRetention(records.values(), options);
    const report = retentionReport(options, selected);
    if (report.dryRun || selected.length === 0) return report;
    const next = new Map(records);
    for (const { record } of selected) {
      if (options.action === 'purge') next.delete(record.idempotencyKey);
      else next.set(record.idempotencyKey, redactRecord(record));
    }
    const lines = [...lastSequence].map(([year, sequence]) =>
      JSON.stringify({ type: 'policykit:sequence', year, sequence } satisfies SequenceLine),
    );
    for (const record of next.values()) {
      lines.push(JSON.stringify(encryption ? await encryption.encrypt(record) : record));
    }
    await rewrite(lines);
    records = next;
    references = new Map([...next.values()].map((r) => [r.receipt.reference, r.idempotencyKey]));
    return report;
  }

  const recordOf = (reference: string) => {
    const key = references.get(reference);
    return key === undefined ? undefined : records.get(key);
  };

  return {
    open: ensureOpen,
    async get(idempotencyKey) {
      await ensureOpen();
      return records.get(idempotencyKey);
    },
    insert(idempotencyKey, year, create) {
      return new Promise<RightsRequestInsertResult>((resolve, reject) => {
        if (closed) {
          reject(new Error(`${path}: the file store is closed`));
          return;
        }
        pending.push({ key: idempotencyKey, year, create, resolve, reject });
        draining ??= drain();
      });
    },
    async list() {
      await ensureOpen();
      return [...records.values()];
    },
    async getByReference(reference) {
      await ensureOpen();
      return recordOf(reference);
    },
    update: (reference, expectedVersion, change) =>
      closed
        ? Promise.reject(new Error(`${path}: the file store is closed`))
        : // Between two batches of inserts, so the version check and the append are one step.
          exclusive(async () => {
            await ensureOpen();
            const next = applyChange(reference, recordOf(reference), expectedVersion, change);
            await append([JSON.stringify(encryption ? await encryption.encrypt(next) : next)]);
            records.set(next.idempotencyKey, next);
            return next;
          }),
    async query(query) {
      await ensureOpen();
      return queryRecords(records.values(), query);
    },
    applyRetention: (options) =>
      closed
        ? Promise.reject(new Error(`${path}: the file store is closed`))
        : exclusive(() => applyRetention(options)),
    async close() {
      closed = true;
      await draining;
      await opening?.catch(() => undefined);
      pending = [];
      await handle?.close().catch(() => undefined);
      handle = undefined;
      await lock?.release();
      lock = undefined;
    },
  };
}
