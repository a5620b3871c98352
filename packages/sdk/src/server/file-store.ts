import { open, readFile, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ListableRightsRequestStore, StoredRightsRequest } from './rights-request-store';

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

/**
 * A rights-request store in one append-only file of JSON lines, one record per line.
 *
 * - Durable: each record is appended and `fsync`ed before `insert` resolves, so the
 *   handler never replies with a receipt that a crash could lose.
 * - Safe under concurrent requests *in one process*: writes go through a promise queue,
 *   so the check for an existing key, the next sequence number and the append happen
 *   one request at a time. Do not point two processes at one file; use a database
 *   (see `RightsRequestStore`) for several instances.
 * - Restart-safe: existing lines are loaded on first use, so keys still deduplicate and
 *   sequences continue. A torn last line (a crash mid-append, before the fsync, so no
 *   receipt was ever given for it) is ignored and cut off before the next append; any
 *   other unreadable line is a `FileStoreCorruptError` naming `path:line`, because
 *   silently skipping a recorded request would lose it.
 *
 * @example
 * import { createFileStore, createRightsRequestHandler } from '@policykit/sdk/server';
 * const store = createFileStore('/var/lib/ctt/rights-requests.jsonl');
 * export const POST = createRightsRequestHandler({ store, jurisdiction: 'id-pdp' });
 */
export function createFileStore(path: string): ListableRightsRequestStore {
  const records = new Map<string, StoredRightsRequest>();
  const lastSequence = new Map<number, number>();
  /** Bytes of the file that hold whole records; anything after is a torn line to cut off. */
  let goodBytes = 0;
  let fileBytes = 0;
  /** The last record lacks its newline (it was written, the "\n" was not). */
  let needsNewline = false;

  const remember = (record: StoredRightsRequest) => {
    if (!records.has(record.idempotencyKey)) records.set(record.idempotencyKey, record);
    const last = lastSequence.get(record.year) ?? 0;
    if (record.sequence > last) lastSequence.set(record.year, record.sequence);
  };

  async function load(): Promise<void> {
    let content: Buffer;
    try {
      content = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    fileBytes = content.length;
    let start = 0;
    let line = 0;
    while (start < content.length) {
      line++;
      const newline = content.indexOf(0x0a, start);
      const end = newline === -1 ? content.length : newline;
      const text = content.subarray(start, end).toString('utf8').trim();
      const last = newline === -1;
      if (text !== '') {
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          value = undefined;
        }
        if (isRecord(value)) remember(value);
        else if (last)
          break; // torn tail: ignored, cut off before the next append
        else throw new FileStoreCorruptError(`${path}:${line}: not a rights-request record`);
      }
      goodBytes = last ? content.length : newline + 1;
      needsNewline = last && text !== '';
      start = end + 1;
    }
  }

  async function append(record: StoredRightsRequest): Promise<void> {
    const line = `${needsNewline ? '\n' : ''}${JSON.stringify(record)}\n`;
    const created = fileBytes === 0;
    const handle = await open(path, 'a');
    try {
      if (fileBytes > goodBytes) {
        await handle.truncate(goodBytes);
        fileBytes = goodBytes;
      }
      await handle.write(line);
      await handle.sync();
    } catch (error) {
      // Leave no half-written line in the middle of the file for the next append to follow.
      await truncate(path, goodBytes).catch(() => undefined);
      throw error;
    } finally {
      await handle.close();
    }
    if (created) await syncDirectory(path);
    goodBytes += Buffer.byteLength(line);
    fileBytes = goodBytes;
    needsNewline = false;
  }

  const ready = load();
  /** The tail of the write queue; a failed write does not stop the ones after it. */
  let queue: Promise<unknown> = ready.catch(() => undefined);

  return {
    async get(idempotencyKey) {
      await ready;
      return records.get(idempotencyKey);
    },
    insert(idempotencyKey, year, create) {
      const run = queue.then(async () => {
        await ready;
        const existing = records.get(idempotencyKey);
        if (existing) return { record: existing, created: false };
        const record = create((lastSequence.get(year) ?? 0) + 1);
        if (record.idempotencyKey !== idempotencyKey || record.year !== year) {
          throw new Error(
            'RightsRequestStore.insert: create() returned a record for another key or year',
          );
        }
        await append(record);
        remember(record);
        return { record, created: true };
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async list() {
      await ready;
      return [...records.values()];
    },
  };
}
