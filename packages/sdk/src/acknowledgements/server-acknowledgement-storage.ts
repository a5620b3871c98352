import type { PolicyDocument } from '../document/policy-types';
import type {
  AcknowledgementChannel,
  AcknowledgementReceipt,
  AcknowledgementReceiptRecord,
} from './acknowledgement-receipt';
import { parseAcknowledgementRecord } from './acknowledgement-store';
import type {
  AcknowledgementRecord,
  AsyncStorageAdapter,
  StorageLike,
} from './acknowledgement-types';
import { policyDocumentHash } from './policy-document-hash';

/** A record the server has not confirmed yet, kept on the device until it does. */
interface PendingAcknowledgement {
  /** The store key (`policykit:ack:<id>`) the record belongs under. */
  key: string;
  /** The record as the store wrote it; its `receiptId` is the idempotency key. */
  value: string;
  body: {
    policyId: string;
    version: string;
    locale: string;
    documentSha256: string;
    channel: AcknowledgementChannel;
    event: 'acknowledged';
  };
}

export interface ServerAcknowledgementStorageOptions {
  /** The URL `createAcknowledgementHandler` is mounted at, e.g. `/api/acknowledgements`. */
  endpoint: string;
  /**
   * The documents the person may be shown (every version and translation), so the adapter can
   * send the SHA-256 of the exact one acknowledged. A record whose document is not here is kept
   * on the device only and reported through `onError`.
   */
  documents: readonly PolicyDocument[];
  /** Default `globalThis.fetch`. Requests go with `credentials: 'same-origin'` (the host's session). */
  fetch?: typeof fetch;
  /** Where records and the outbox live on the device; default `localStorage` (memory without one). */
  local?: StorageLike;
  /** Hears failures (offline, a refused record); the record stays on the device. */
  onError?: (error: unknown) => void;
  /** Key prefix the store uses; default `policykit:ack:`. */
  key?: string;
}

/** What `createServerAcknowledgementStorage` returns: an async adapter, plus sync and receipts. */
export interface ServerAcknowledgementStorage extends AsyncStorageAdapter {
  /** Sends every record the server has not confirmed, each with its own idempotency key. */
  sync(): Promise<void>;
  /** How many records wait for the server. */
  pending(): number;
  /** The server's receipt for a record (a dialog's `receiptFor`), `null` if it has none yet. */
  receiptFor(record: AcknowledgementRecord): Promise<AcknowledgementReceipt | null>;
  /** Stops listening for `online`. */
  dispose(): void;
}

const OUTBOX = 'policykit:ack-outbox';
const RECEIPTS = 'policykit:ack-receipts';
const NOTICE_SUFFIX = ':notice';

function memoryStorage(): StorageLike {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

function defaultLocal(): StorageLike {
  try {
    if (typeof window !== 'undefined' && window.localStorage) return window.localStorage;
  } catch {
    // Blocked storage (a sandboxed iframe): memory for this page.
  }
  return memoryStorage();
}

/** Why the server did not take a record, without any of the record's values. */
export class ServerAcknowledgementError extends Error {
  override readonly name = 'ServerAcknowledgementError';
  constructor(
    /** HTTP status, or 0 when the server was not reached. */
    readonly status: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * An async `{ get, set }` adapter for `createAcknowledgementStore` that records acknowledgements
 * on the host's server (`createAcknowledgementHandler`), with the device as the fallback:
 * - `set` keeps the record on the device **first** (in `local`, with an outbox entry), then
 *   `POST`s it with `Idempotency-Key: <record.receiptId>`. Offline, a 5xx or a 401 leave it in
 *   the outbox; it is sent again with the same key on `online`, on the next `get` (the next
 *   page load) and on `sync()` — the server records a key once, so nothing is lost and nothing
 *   doubled, even when two tabs send it at once. A 400/422 (the server refuses the document) is
 *   dropped from the outbox and reported; the device keeps the record.
 * - `get` answers with the server's latest record of that policy for this person (so an
 *   acknowledgement follows them across devices), the device's record while offline, and a
 *   record still waiting in the outbox over an older server one.
 * - The server's receipt is kept with the record (`record.receipt`, read by
 *   `storedAcknowledgementReceipt`) and is what `receiptFor(record)` answers.
 * Records for `<id>:notice` (`acknowledgeUpcomingNotice`) go as channel `upcoming-notice`.
 *
 * @example
 * const storage = createServerAcknowledgementStorage({ endpoint: '/api/acknowledgements', documents: [policyId, policyEn] });
 * const store = createAcknowledgementStore({ storage });
 * <PolicyUpdatedDialog store={store} receiptFor={storage.receiptFor} … />
 */
export function createServerAcknowledgementStorage(
  options: ServerAcknowledgementStorageOptions,
): ServerAcknowledgementStorage {
  const prefix = options.key ?? 'policykit:ack:';
  const local = options.local ?? defaultLocal();
  const doFetch =
    options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A failing hook must not break the page.
    }
  };
  const readJson = <T>(key: string, fallback: T): T => {
    try {
      const raw = local.getItem(key);
      return raw === null ? fallback : (JSON.parse(raw) as T);
    } catch {
      return fallback;
    }
  };
  const writeJson = (key: string, value: unknown) => {
    try {
      local.setItem(key, JSON.stringify(value));
    } catch (error) {
      report(error);
    }
  };
  const outbox = () => readJson<PendingAcknowledgement[]>(OUTBOX, []);
  const receipts = () => readJson<Record<string, AcknowledgementReceipt>>(RECEIPTS, {});
  const keepReceipt = (receiptId: string, receipt: AcknowledgementReceipt) =>
    writeJson(RECEIPTS, { ...receipts(), [receiptId]: receipt });

  const hashes = new Map<string, Promise<string>>();
  const documentHash = (policyId: string, version: string, locale: string) => {
    const doc = options.documents.find(
      (d) => d.id === policyId && d.version === version && d.locale === locale,
    );
    if (!doc) return undefined;
    const k = JSON.stringify([policyId, version, locale]);
    if (!hashes.has(k)) hashes.set(k, policyDocumentHash(doc));
    return hashes.get(k);
  };

  /** One attempt for one pending record: `true` when the server has it (or refused it for good). */
  async function send(item: PendingAcknowledgement): Promise<boolean> {
    const record = JSON.parse(item.value) as AcknowledgementRecord;
    let response: Response;
    try {
      response = await doFetch(options.endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.receiptId },
        body: JSON.stringify(item.body),
      });
    } catch (error) {
      report(
        new ServerAcknowledgementError(0, 'The server was not reached; kept on this device', {
          cause: error,
        }),
      );
      return false;
    }
    if (response.ok) {
      const body = (await response.json().catch(() => null)) as {
        receipt?: AcknowledgementReceipt;
      } | null;
      if (body?.receipt) keepReceipt(record.receiptId, body.receipt);
      return true;
    }
    const permanent = response.status === 400 || response.status === 422;
    report(
      new ServerAcknowledgementError(
        response.status,
        permanent
          ? `The server refused the acknowledgement (${response.status}); it stays on this device only`
          : `The server could not record the acknowledgement now (${response.status}); it will be sent again`,
      ),
    );
    return permanent;
  }

  let syncing: Promise<void> | undefined;
  function sync(): Promise<void> {
    syncing ??= (async () => {
      // Awaited first: an empty outbox must not finish before `syncing` is assigned.
      await Promise.resolve();
      try {
        for (const item of outbox()) {
          if (await send(item)) {
            const id = (JSON.parse(item.value) as AcknowledgementRecord).receiptId;
            writeJson(
              OUTBOX,
              outbox().filter(
                (p) => (JSON.parse(p.value) as AcknowledgementRecord).receiptId !== id,
              ),
            );
          }
        }
      } finally {
        syncing = undefined;
      }
    })();
    return syncing;
  }

  const onOnline = () => void sync();
  if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') {
    window.addEventListener('online', onOnline);
  }

  /** The server's latest record of `id` for this person, as the store's record; `undefined` offline. */
  async function fromServer(id: string): Promise<AcknowledgementRecord | null | undefined> {
    const notice = id.endsWith(NOTICE_SUFFIX);
    const policyId = notice ? id.slice(0, -NOTICE_SUFFIX.length) : id;
    let list: {
      idempotencyKey: string;
      record: AcknowledgementReceiptRecord;
      receipt: AcknowledgementReceipt;
    }[];
    try {
      const url = `${options.endpoint}${options.endpoint.includes('?') ? '&' : '?'}policyId=${encodeURIComponent(policyId)}`;
      const response = await doFetch(url, {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) return undefined;
      list = ((await response.json()) as { acknowledgements: typeof list }).acknowledgements;
    } catch {
      return undefined;
    }
    const mine = list.filter(
      (a) =>
        (a.record.event ?? 'acknowledged') === 'acknowledged' &&
        (a.record.channel === 'upcoming-notice') === notice,
    );
    const latest = mine.at(-1);
    if (!latest) return null;
    keepReceipt(latest.idempotencyKey, latest.receipt);
    return {
      policyId: id,
      version: latest.record.version,
      locale: latest.record.locale,
      acknowledgedAt: latest.record.recordedAt,
      receiptId: latest.idempotencyKey,
      receipt: latest.receipt,
    } as AcknowledgementRecord;
  }

  return {
    async get(key) {
      const id = key.startsWith(prefix) ? key.slice(prefix.length) : key;
      await sync(); // the next page load sends what an earlier one could not
      const waiting = outbox().find((p) => p.key === key);
      if (waiting) return waiting.value;
      const server = await fromServer(id);
      if (server !== undefined) {
        const raw = server === null ? null : JSON.stringify(server);
        if (raw !== null) writeJson(key, server);
        return raw ?? local.getItem(key);
      }
      return local.getItem(key); // offline: what this device knows
    },

    async set(key, value) {
      // On the device first: whatever the network does, the acknowledgement is not lost.
      try {
        local.setItem(key, value);
      } catch (error) {
        report(error);
      }
      const id = key.startsWith(prefix) ? key.slice(prefix.length) : key;
      const record = parseAcknowledgementRecord(value, id);
      if (!record) return;
      const notice = id.endsWith(NOTICE_SUFFIX);
      const policyId = notice ? id.slice(0, -NOTICE_SUFFIX.length) : id;
      const hash = await documentHash(policyId, record.version, record.locale);
      if (hash === undefined) {
        report(
          new ServerAcknowledgementError(
            0,
            'The acknowledged document is not among `documents`; kept on this device only',
          ),
        );
        return;
      }
      const item: PendingAcknowledgement = {
        key,
        value,
        body: {
          policyId,
          version: record.version,
          locale: record.locale,
          documentSha256: hash,
          channel: notice ? 'upcoming-notice' : 'dialog',
          event: 'acknowledged',
        },
      };
      writeJson(OUTBOX, [...outbox().filter((p) => p.value !== value), item]);
      await sync();
    },

    sync,
    pending: () => outbox().length,

    async receiptFor(record) {
      const own = (record as AcknowledgementRecord & { receipt?: AcknowledgementReceipt }).receipt;
      if (own) return own;
      const kept = receipts()[record.receiptId];
      if (kept) return kept;
      await sync();
      return receipts()[record.receiptId] ?? null;
    },

    dispose() {
      if (typeof window !== 'undefined' && typeof window.removeEventListener === 'function') {
        window.removeEventListener('online', onOnline);
      }
    },
  };
}
