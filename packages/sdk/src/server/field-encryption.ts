import type { RightsRequest } from '../rights/rights-request-types';
import type { StoredRightsRequest } from './rights-request-store';

/** The fields of a request that identify or describe a person: what is encrypted at rest. */
export const PERSONAL_FIELDS = ['name', 'email', 'phone', 'details'] as const;

/** Encrypts a record's personal fields before a store writes it, and decrypts them after a read. */
export interface FieldEncryption {
  encrypt(record: StoredRightsRequest): Promise<StoredRightsRequest>;
  decrypt(record: StoredRightsRequest): Promise<StoredRightsRequest>;
  /**
   * A keyed hash (hex) of a normalized value — a "blind index" — so a database can find an
   * e-mail address by equality without holding it in the clear. Absent: encrypted records
   * cannot be searched by e-mail in the PostgreSQL store.
   */
  blindIndex?(value: string): Promise<string>;
}

export interface FieldEncryptionOptions {
  /**
   * AES keys by id: 16 or 32 raw bytes, or a WebCrypto `CryptoKey` (AES-GCM, encrypt and
   * decrypt). Keep every key that encrypted a record still held; ids are stored with each
   * value (short, no `:`).
   */
  keys: Record<string, Uint8Array | ArrayBuffer | CryptoKey>;
  /** The id of the key new records are encrypted with. */
  current: string;
  /**
   * An HMAC-SHA-256 key (at least 16 raw bytes) for `blindIndex`: lets the inbox search
   * encrypted records by e-mail address. Keep it as secret as the AES keys and never rotate it
   * without re-indexing (a new key finds none of the old values).
   */
  searchKey?: Uint8Array | ArrayBuffer;
}

const PREFIX = 'pk-enc:v1:';

// base64url with btoa/atob: WebCrypto and these are all the server half needs from the
// platform (Node, Deno, Bun, edge runtimes).
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * AES-256-GCM (WebCrypto) for the personal fields of stored rights requests — `name`,
 * `email`, `phone`, `details`, and the notes in the lifecycle history (a DPO's note may name
 * the person) — with a host-provided key; the rest of the record (policy,
 * right, dates, the receipt) stays readable for the register. Each value is
 * `pk-enc:v1:<key id>:<iv>:<ciphertext>`, with a fresh 96-bit IV and the record's key and the
 * field name as additional data, so a value copied into another record or field fails to
 * decrypt instead of passing as someone else's.
 *
 * Key rotation: add the new key to `keys` and make it `current`; new records use it, older
 * ones still decrypt with the key named in each value. Retire an old key only once no stored
 * value names it. Values that are not encrypted (written before encryption was turned on)
 * are read as they are.
 *
 * @example
 * const encryption = createFieldEncryption({
 *   keys: { '2026-12': Buffer.from(process.env.PK_RR_KEY_2026_12!, 'base64') }, // 32 bytes
 *   current: '2026-12',
 * });
 * const store = createFileStore('/var/lib/ctt/rights-requests.jsonl', { encryption });
 */
export function createFieldEncryption(options: FieldEncryptionOptions): FieldEncryption {
  const { current } = options;
  if (!(current in options.keys)) throw new Error(`createFieldEncryption: no key "${current}"`);
  for (const id of Object.keys(options.keys)) {
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(id)) {
      throw new Error('createFieldEncryption: key ids are 1–64 of A-Z a-z 0-9 . _ -');
    }
  }
  const imported = new Map<string, Promise<CryptoKey>>();
  const keyFor = (id: string): Promise<CryptoKey> => {
    const raw = options.keys[id];
    if (raw === undefined) {
      return Promise.reject(new Error(`field encryption: no key "${id}" to decrypt with`));
    }
    let key = imported.get(id);
    if (!key) {
      key =
        raw instanceof Uint8Array || raw instanceof ArrayBuffer
          ? (() => {
              const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
              if (bytes.byteLength !== 16 && bytes.byteLength !== 32) {
                return Promise.reject(
                  new Error(`field encryption: key "${id}" must be 16 or 32 bytes`),
                );
              }
              return crypto.subtle.importKey('raw', bytes as BufferSource, 'AES-GCM', false, [
                'encrypt',
                'decrypt',
              ]);
            })()
          : Promise.resolve(raw);
      imported.set(id, key);
    }
    return key;
  };
  const additional = (record: StoredRightsRequest, field: string) =>
    new TextEncoder().encode(`${record.idempotencyKey}\n${field}`);

  async function map(
    record: StoredRightsRequest,
    change: (value: string, field: string) => Promise<string>,
  ): Promise<StoredRightsRequest> {
    const request: RightsRequest = { ...record.request };
    for (const field of PERSONAL_FIELDS) {
      const value = request[field];
      if (typeof value === 'string') request[field] = await change(value, field);
    }
    if (!record.lifecycle) return { ...record, request };
    // The history is append-only, so an event's index is as stable as a field name.
    const history = await Promise.all(
      record.lifecycle.history.map(async (event, index) =>
        typeof event.note === 'string'
          ? { ...event, note: await change(event.note, `history.${index}.note`) }
          : event,
      ),
    );
    return { ...record, request, lifecycle: { ...record.lifecycle, history } };
  }

  let searchKey: Promise<CryptoKey> | undefined;
  if (options.searchKey !== undefined) {
    const bytes =
      options.searchKey instanceof Uint8Array
        ? options.searchKey
        : new Uint8Array(options.searchKey);
    if (bytes.byteLength < 16) {
      throw new Error('createFieldEncryption: searchKey must be at least 16 bytes');
    }
    searchKey = crypto.subtle.importKey(
      'raw',
      bytes as BufferSource,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
  }
  const blindIndex = searchKey
    ? async (value: string) => {
        const mac = await crypto.subtle.sign(
          'HMAC',
          await (searchKey as Promise<CryptoKey>),
          new TextEncoder().encode(value),
        );
        return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('');
      }
    : undefined;

  return {
    ...(blindIndex ? { blindIndex } : {}),
    encrypt: (record) =>
      map(record, async (value, field) => {
        if (value.startsWith(PREFIX)) return value;
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const sealed = await crypto.subtle.encrypt(
          { name: 'AES-GCM', iv, additionalData: additional(record, field) },
          await keyFor(current),
          new TextEncoder().encode(value),
        );
        return `${PREFIX}${current}:${toBase64(iv)}:${toBase64(new Uint8Array(sealed))}`;
      }),
    decrypt: (record) =>
      map(record, async (value, field) => {
        if (!value.startsWith(PREFIX)) return value;
        const [id = '', iv = '', sealed = ''] = value.slice(PREFIX.length).split(':');
        try {
          const plain = await crypto.subtle.decrypt(
            { name: 'AES-GCM', iv: fromBase64(iv), additionalData: additional(record, field) },
            await keyFor(id),
            fromBase64(sealed),
          );
          return new TextDecoder().decode(plain);
        } catch (error) {
          throw new Error(
            `field encryption: ${field} of ${record.receipt.reference} does not decrypt with key "${id}"`,
            { cause: error },
          );
        }
      }),
  };
}
