import {
  acknowledgementReceipt,
  type AcknowledgementChannel,
  type AcknowledgementEvent,
  type AcknowledgementReceipt,
} from '../../acknowledgements/acknowledgement-receipt';
import { canonicalJson } from '../../acknowledgements/canonical-json';
import { policyDocumentHash } from '../../acknowledgements/policy-document-hash';
import type { PolicyDocument } from '../../document/policy-types';
import { randomUuid } from '../../platform/random-uuid';
import { isStoreUnavailable, StoreTimeoutError } from '../rights-request-store';
import type {
  AcknowledgementRecordStore,
  StoredAcknowledgement,
} from './acknowledgement-record-store';

/** What the client sends in a `POST`. */
export interface AcknowledgementSubmission {
  /** Default `acknowledged`. */
  event?: AcknowledgementEvent;
  policyId: string;
  version: string;
  /** The locale of the translation actually shown. */
  locale: string;
  /** `policyDocumentHash` of the exact document shown. */
  documentSha256: string;
  channel: AcknowledgementChannel;
}

/** One record as the handler replies with it: the record and its ISO/IEC TS 27560 receipt. */
export interface AcknowledgementReply {
  /** The client's key (the record's own, for its owner): how a client finds its write again. */
  idempotencyKey: string;
  record: StoredAcknowledgement['record'];
  receipt: AcknowledgementReceipt;
}

export type AcknowledgementHandlerErrorCode =
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'invalid-json'
  | 'invalid-request'
  | 'invalid-idempotency-key'
  | 'missing-idempotency-key'
  | 'idempotency-key-reused'
  | 'unauthenticated'
  | 'unavailable'
  | 'internal';

/** One problem with a submission: the field and the rule, never the value sent. */
export interface AcknowledgementFieldIssue {
  field: keyof AcknowledgementSubmission;
  code: 'required' | 'wrongType' | 'tooLong' | 'invalid' | 'unknownDocument' | 'hashMismatch';
  message: string;
}

export interface AcknowledgementHandlerOptions {
  store: AcknowledgementRecordStore;
  /**
   * The host's id for the person making the request, from the host's own session (a cookie, a
   * bearer token it checks); `null` → `401`. PolicyKit never invents identities: an
   * acknowledgement is evidence about a person only the host can name.
   */
  identify: (request: Request) => string | null | undefined | Promise<string | null | undefined>;
  /**
   * The documents the host shows, every version and translation a client may acknowledge. Given
   * them, the handler checks that `(policyId, version, locale)` is one of them and that
   * `documentSha256` is that document's hash (`400` otherwise): a receipt then names a document
   * the host really published. Without them only the shape of the hash is checked.
   */
  documents?: readonly PolicyDocument[];
  /** The largest body accepted, counted while reading. Default 16 KiB. */
  maxBodyBytes?: number;
  /** The server's clock: `recordedAt` comes from here, never from the client. */
  now?: () => Date;
  /** Give up on a store operation after this long: `503` + `Retry-After`. Default 10 000 ms. */
  storeTimeoutMs?: number;
  /** Seconds in a `503`'s `Retry-After`. Default 2. */
  retryAfterSeconds?: number;
  /** Hears store and `identify` failures (the client got 500 or 503). Default `console.error`. */
  onError?: (error: unknown) => void;
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
};
const CHANNELS: readonly string[] = ['dialog', 'upcoming-notice', 'viewer'];
const EVENTS: readonly string[] = ['acknowledged', 'delivered'];
const MAX_TEXT = 200;
/** BCP 47-ish: letters, digits and hyphens (the receipt's `dct:language`). */
const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

function fail(
  status: number,
  code: AcknowledgementHandlerErrorCode,
  message: string,
  extra: { issues?: AcknowledgementFieldIssue[]; headers?: Record<string, string> } = {},
): Response {
  const error = extra.issues ? { code, message, issues: extra.issues } : { code, message };
  return reply(status, { error }, extra.headers);
}

function isJson(contentType: string | null): boolean {
  if (!contentType) return false;
  const [type = '', ...params] = contentType
    .toLowerCase()
    .split(';')
    .map((part) => part.trim());
  if (type !== 'application/json' && !/^application\/[^/]+\+json$/.test(type)) return false;
  const charset = params
    .find((param) => param.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

async function readBody(request: Request, max: number): Promise<Uint8Array | 'too-large'> {
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new StoreTimeoutError(`the store did not answer within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Validates a submission's shape. Messages name the field and the rule and never repeat a
 * value: an error reply must not echo what was sent.
 */
export function validateAcknowledgementSubmission(
  input: unknown,
):
  | { ok: true; data: Required<AcknowledgementSubmission> }
  | { ok: false; issues: AcknowledgementFieldIssue[] } {
  const issues: AcknowledgementFieldIssue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      issues: [{ field: 'policyId', code: 'required', message: 'the body must be a JSON object' }],
    };
  }
  const v = input as Record<string, unknown>;
  const text = (field: 'policyId' | 'version' | 'locale') => {
    const value = v[field];
    if (value === undefined || value === '') {
      issues.push({ field, code: 'required', message: `${field} is required` });
    } else if (typeof value !== 'string') {
      issues.push({ field, code: 'wrongType', message: `${field} must be a string` });
    } else if (value.length > MAX_TEXT) {
      issues.push({
        field,
        code: 'tooLong',
        message: `${field} must be at most ${MAX_TEXT} characters`,
      });
    }
  };
  text('policyId');
  text('version');
  text('locale');
  if (
    typeof v.locale === 'string' &&
    v.locale.length <= MAX_TEXT &&
    v.locale !== '' &&
    !LOCALE.test(v.locale)
  ) {
    issues.push({ field: 'locale', code: 'invalid', message: 'locale is not a BCP 47 tag' });
  }
  if (typeof v.documentSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(v.documentSha256)) {
    issues.push({
      field: 'documentSha256',
      code: v.documentSha256 === undefined ? 'required' : 'invalid',
      message:
        'documentSha256 must be 64 lower-case hex digits (policyDocumentHash of the document shown)',
    });
  }
  if (typeof v.channel !== 'string' || !CHANNELS.includes(v.channel)) {
    issues.push({
      field: 'channel',
      code: v.channel === undefined ? 'required' : 'invalid',
      message: 'channel must be dialog, upcoming-notice or viewer',
    });
  }
  if (v.event !== undefined && (typeof v.event !== 'string' || !EVENTS.includes(v.event))) {
    issues.push({
      field: 'event',
      code: 'invalid',
      message: 'event must be acknowledged or delivered',
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    data: {
      event: (v.event as AcknowledgementEvent | undefined) ?? 'acknowledged',
      policyId: v.policyId as string,
      version: v.version as string,
      locale: v.locale as string,
      documentSha256: v.documentSha256 as string,
      channel: v.channel as AcknowledgementChannel,
    },
  };
}

/** The reply for one stored record: the same receipt every time (its id and time are stored). */
export function acknowledgementReplyOf(stored: StoredAcknowledgement): AcknowledgementReply {
  const receipt = acknowledgementReceipt(stored.record, {
    receiptId: stored.receiptId,
    now: () => new Date(stored.record.recordedAt),
  });
  return { idempotencyKey: stored.idempotencyKey, record: stored.record, receipt };
}

/**
 * The server half of acknowledgements: a Fetch-API handler (`Request → Promise<Response>`) to
 * mount for `POST` and `GET` in any modern server (Next.js route handlers, Hono, Deno, Bun, Node
 * through `toNodeHandler`).
 *
 * First `identify(request)` names the person from the host's session (`401 unauthenticated`
 * without one). Then:
 * - `POST` a JSON `AcknowledgementSubmission` with an `Idempotency-Key` header (required: it is
 *   what makes a client's retry one record) → `201 { idempotencyKey, record, receipt }`: the
 *   record with a new `recordId`, the subject, the time by the **server's** clock, and its ISO/IEC
 *   TS 27560 receipt (`acknowledgementReceipt`). A replayed key with the same body → `200`, the
 *   same record and receipt (`Idempotent-Replayed: true`), nothing written; with another body →
 *   `422 idempotency-key-reused`. Keys are per subject.
 * - `GET` → `200 { acknowledgements: AcknowledgementReply[] }`: the person's **own** records
 *   (oldest first; `?policyId=` narrows) — never another subject's.
 * - Errors are `{ error: { code, message, issues? } }` and never repeat a submitted value:
 *   `400` invalid JSON, submission (per-field `issues`), or key; `413` over `maxBodyBytes`;
 *   `415` not JSON; `405` another method (with `Allow`); `503` + `Retry-After` the store is
 *   unavailable or slower than `storeTimeoutMs`; `500` it failed otherwise (both safe to retry
 *   with the same key). Nothing about the person is logged: `onError` hears store errors only.
 *
 * @example
 * // app/api/acknowledgements/route.ts (Next.js)
 * const handler = createAcknowledgementHandler({
 *   store: createFileAcknowledgementStore('./data/acknowledgements.jsonl'),
 *   identify: async (request) => (await session(request))?.userId ?? null,
 *   documents: [policyId, policyEn, previousId, previousEn],
 * });
 * export { handler as GET, handler as POST };
 */
export function createAcknowledgementHandler(
  options: AcknowledgementHandlerOptions,
): (request: Request) => Promise<Response> {
  if (typeof (options as Partial<AcknowledgementHandlerOptions>)?.identify !== 'function') {
    throw new TypeError(
      'createAcknowledgementHandler: identify(request) is required — it returns the host’s id for the signed-in person',
    );
  }
  const {
    store,
    identify,
    maxBodyBytes = 16 * 1024,
    now = () => new Date(),
    storeTimeoutMs = 10_000,
    retryAfterSeconds = 2,
  } = options;
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const keyOf = (policyId: string, version: string, locale: string) =>
    JSON.stringify([policyId, version, locale]);
  const documentHashes: Promise<Map<string, string>> | undefined = options.documents
    ? Promise.all(
        options.documents.map(
          async (doc) =>
            [keyOf(doc.id, doc.version, doc.locale), await policyDocumentHash(doc)] as const,
        ),
      ).then((pairs) => new Map(pairs))
    : undefined;

  const storeFailed = (error: unknown, what: string) => {
    onError(error);
    return isStoreUnavailable(error)
      ? fail(503, 'unavailable', `${what} could not be reached now. Try again.`, {
          headers: { 'Retry-After': String(retryAfterSeconds) },
        })
      : fail(500, 'internal', `${what} failed. Try again.`);
  };

  async function list(subjectId: string, request: Request): Promise<Response> {
    const policyId = new URL(request.url).searchParams.get('policyId');
    let records: StoredAcknowledgement[];
    try {
      records = await withTimeout(store.listBySubject(subjectId), storeTimeoutMs);
    } catch (error) {
      return storeFailed(error, 'The acknowledgement store');
    }
    // The store lists by subject; filtered again so a store bug cannot hand out another's record.
    const own = records.filter(
      (r) =>
        r.record.subjectId === subjectId && (policyId === null || r.record.policyId === policyId),
    );
    return reply(200, { acknowledgements: own.map(acknowledgementReplyOf) });
  }

  return async (request) => {
    if (request.method !== 'POST' && request.method !== 'GET') {
      return fail(405, 'method-not-allowed', 'Use POST or GET', {
        headers: { Allow: 'GET, POST' },
      });
    }
    let subjectId: string | null | undefined;
    try {
      subjectId = await identify(request);
    } catch (error) {
      onError(error);
      return fail(500, 'internal', 'The person could not be identified. Try again.');
    }
    if (typeof subjectId !== 'string' || subjectId === '' || subjectId.length > 512) {
      return fail(401, 'unauthenticated', 'Sign in to record or see acknowledgements');
    }
    if (request.method === 'GET') return list(subjectId, request);

    if (!isJson(request.headers.get('Content-Type'))) {
      return fail(
        415,
        'unsupported-media-type',
        'Send the acknowledgement as application/json (UTF-8)',
        {
          headers: { 'Accept-Post': 'application/json' },
        },
      );
    }
    const tooLarge = `The body must be at most ${maxBodyBytes} bytes`;
    if (Number(request.headers.get('Content-Length') ?? 0) > maxBodyBytes) {
      return fail(413, 'payload-too-large', tooLarge);
    }
    const keyHeader = request.headers.get('Idempotency-Key');
    if (keyHeader === null) {
      return fail(400, 'missing-idempotency-key', 'Send an Idempotency-Key header');
    }
    const trimmed = keyHeader.trim();
    const key = /^"(.*)"$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
      return fail(
        400,
        'invalid-idempotency-key',
        'The Idempotency-Key must be 1–255 visible ASCII characters',
      );
    }
    const bytes = await readBody(request, maxBodyBytes);
    if (bytes === 'too-large') return fail(413, 'payload-too-large', tooLarge);
    let input: unknown;
    try {
      input = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      // Not the parser's message: it quotes the body.
      const reason = error instanceof SyntaxError ? 'a syntax error' : 'it is not UTF-8';
      return fail(400, 'invalid-json', `The body is not valid JSON (${reason})`);
    }
    const result = validateAcknowledgementSubmission(input);
    if (!result.ok) {
      const count = result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`;
      return fail(400, 'invalid-request', `The acknowledgement has ${count}`, {
        issues: result.issues,
      });
    }
    const data = result.data;
    if (documentHashes) {
      const known = (await documentHashes).get(keyOf(data.policyId, data.version, data.locale));
      const issue: AcknowledgementFieldIssue | undefined =
        known === undefined
          ? {
              field: 'version',
              code: 'unknownDocument',
              message: 'policyId, version and locale name no document this server publishes',
            }
          : known !== data.documentSha256
            ? {
                field: 'documentSha256',
                code: 'hashMismatch',
                message:
                  'documentSha256 is not the hash of the document this server publishes for that policy, version and locale',
              }
            : undefined;
      if (issue)
        return fail(400, 'invalid-request', 'The acknowledgement has 1 problem', {
          issues: [issue],
        });
    }

    const fingerprint = await sha256Hex(canonicalJson(data));
    let outcome: Awaited<ReturnType<AcknowledgementRecordStore['insert']>>;
    try {
      outcome = await withTimeout(
        store.insert(subjectId, key, () => ({
          idempotencyKey: key,
          fingerprint,
          receiptId: randomUuid(),
          record: {
            recordId: randomUuid(),
            subjectId: subjectId as string,
            policyId: data.policyId,
            version: data.version,
            locale: data.locale,
            documentSha256: data.documentSha256,
            channel: data.channel,
            event: data.event,
            recordedAt: now().toISOString(),
          },
        })),
        storeTimeoutMs,
      );
    } catch (error) {
      return storeFailed(error, 'Recording the acknowledgement');
    }
    if (outcome.created) return reply(201, acknowledgementReplyOf(outcome.record));
    if (outcome.record.fingerprint !== fingerprint) {
      return fail(
        422,
        'idempotency-key-reused',
        'This Idempotency-Key was used for a different acknowledgement; send a new key',
      );
    }
    return reply(200, acknowledgementReplyOf(outcome.record), { 'Idempotent-Replayed': 'true' });
  };
}
