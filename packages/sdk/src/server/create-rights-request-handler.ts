import { createHash } from 'node:crypto';
import { addCalendarPeriod } from '../dates/add-calendar-period';
import { createIdempotencyKey } from '../rights/idempotency-key';
import type { PolicyRight, RightId } from '../document/policy-types';
import { responseDeadline } from '../rights/response-deadline';
import type {
  Jurisdiction,
  RightsRequest,
  RightsRequestFieldIssue,
  RightsRequestReceipt,
} from '../rights/rights-request-types';
import { validateRightsRequest } from '../rights/validate-rights-request';
import type { LifecycleRules } from '../rights/lifecycle/lifecycle-rules';
import { trackRequest } from '../rights/lifecycle/request-history';
import { clockOf } from './lifecycle/due-by';
import { emitEvent, type RightsRequestEventHook } from './lifecycle/lifecycle-events';
import { trackedOf } from './lifecycle/stored-lifecycle';
import {
  isStoreUnavailable,
  StoreTimeoutError,
  type LifecycleRightsRequestStore,
  type RightsRequestStore,
  type StoredRightsRequest,
} from './rights-request-store';
import { statusReplyOf } from './status/status-reply';
import { createStatusToken, hashStatusToken, statusTokenMatches } from './status/status-token';

/** How references look: `CTT-2026-000123` is `{ prefix: 'CTT', digits: 6 }`. */
export interface ReferenceFormat {
  /** Default `REQ`. */
  prefix?: string;
  /** Zero-padded width of the sequence. Default 6. */
  digits?: number;
}

export interface RightsRequestHandlerOptions {
  store: RightsRequestStore;
  /** Sets `dueBy` through `responseDeadline`. */
  jurisdiction: Jurisdiction;
  /** A format, or a function of the year's sequence number and the submission time. */
  reference?: ReferenceFormat | ((sequence: number, submittedAt: Date) => string);
  /** The largest body accepted, counted while reading. Default 64 KiB. */
  maxBodyBytes?: number;
  /** The current time (tests). Default `() => new Date()`. */
  now?: () => Date;
  /** The rights the policy offers; a request for another is a 400. */
  rights?: readonly (RightId | PolicyRight)[];
  /** The policy the requests are about: `policyId` must match, `rights` come from it. */
  policy?: { id: string; rights?: readonly PolicyRight[] };
  /** The host's service level in calendar days, where the law fixes no period. */
  serviceLevelDays?: number;
  /** IANA zone for the reference's year and deadline month arithmetic. Default UTC. */
  timeZone?: string;
  /**
   * Refuse requests without an `Idempotency-Key` (400). Default `false`: such a request
   * is still recorded, under a key the server makes up, but a client retry of it
   * cannot be recognized and may be recorded twice.
   */
  requireIdempotencyKey?: boolean;
  /**
   * The longest a store operation may take before the handler gives up on it and replies
   * `503` with `Retry-After` (a hung volume, a database that does not answer). The write
   * may still finish; the client's retry with the same key then gets its receipt.
   * Default 10 000 ms — below the SDK client's 15 s per-attempt timeout.
   */
  storeTimeoutMs?: number;
  /** Seconds in the `Retry-After` of a `503`. Default 2. */
  retryAfterSeconds?: number;
  /** Hears about failures of the store (the client got a 500 or 503). Default `console.error`. */
  onError?: (error: unknown) => void;
  /**
   * Builds the link to the host's status page for a receipt, e.g.
   * `(reference, token) => \`https://ctt.id/privasi/status#ref=${reference}&token=${token}\``.
   * Put the token in the fragment (`#…`): a browser never sends it to a server, so it stays out
   * of access logs and `Referer` headers; the page reads it and sends it in a header.
   */
  statusUrl?: (reference: string, token: string) => string;
  /**
   * Asked before each status lookup; `false` refuses it with `429` and `Retry-After` (count
   * lookups per client address, per reference…). Default: no limit — the token's 256 bits make
   * guessing hopeless, but a limit still spares the store.
   */
  rateLimit?: (request: Request) => boolean | Promise<boolean>;
  /** The host's overrides of `lifecycleRules` (zone, extension, pause) for `expected_by`. */
  rules?: Partial<LifecycleRules>;
  /** Hears `received` when a new request is recorded (see `RightsRequestLifecycleEvent`). */
  onEvent?: RightsRequestEventHook;
}

/** Every error reply is `{ error: { code, message, issues? } }`; these are the codes. */
export type RightsRequestHandlerErrorCode =
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'invalid-json'
  | 'invalid-request'
  | 'invalid-idempotency-key'
  | 'missing-idempotency-key'
  | 'idempotency-key-reused'
  | 'unavailable'
  | 'internal'
  | 'not-found'
  | 'rate-limited';

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
};

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

function fail(
  status: number,
  code: RightsRequestHandlerErrorCode,
  message: string,
  extra: { issues?: RightsRequestFieldIssue[]; headers?: Record<string, string> } = {},
): Response {
  const error = extra.issues ? { code, message, issues: extra.issues } : { code, message };
  return reply(status, { error }, extra.headers);
}

/** `application/json` or `application/*+json`, in UTF-8 if a charset is named (RFC 8259 §8.1). */
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

/** Reads at most `max` bytes, counting as it goes: a lying or absent Content-Length cannot help. */
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

/** The key as sent: a plain token, or an RFC 8941 string (`"…"`) as the IETF draft writes it. */
function parseIdempotencyKey(header: string): string | undefined {
  const key = /^"(.*)"$/.test(header) ? header.slice(1, -1) : header;
  return /^[\x21-\x7e]{1,255}$/.test(key) ? key : undefined;
}

/**
 * English messages for the issues, naming the field and the rule and never the value: a
 * 400 must not echo what was sent (a 60 000-character `right` is not sent back, and a
 * `<script>` in `policyId` never reaches a page that shows the message).
 */
function issueMessage(issue: RightsRequestFieldIssue): string {
  const max = issue.params?.max;
  // A limit's issue carries its `max` (`localeInvalid` is also the code of a tag too long).
  if (typeof max === 'number') return `${issue.field} must be at most ${max} characters`;
  switch (issue.code) {
    case 'wrongType':
      return `${issue.field} must be a string`;
    case 'rightUnknown':
      return 'right is not a known right id or an x-… id';
    case 'rightNotOffered':
      return "right is not among the policy's rights";
    case 'emailInvalid':
      return 'email is not a valid e-mail address';
    case 'phoneCountryCode':
      return 'phone must start with + and a country code';
    case 'phoneInvalid':
      return 'phone must be an E.164 number like +622112345678';
    case 'localeInvalid':
      return 'locale is not a BCP 47 tag';
    case 'policyUnknown':
      return 'policyId is not the policy this endpoint records requests for';
    default:
      if (/Required$/.test(issue.code)) return `${issue.field} is required`;
      return `${issue.field} is invalid (${issue.code})`;
  }
}

/** Whether the store runs the lifecycle (all three built-in stores do). */
export function isLifecycleStore(store: RightsRequestStore): store is LifecycleRightsRequestStore {
  const candidate = store as Partial<LifecycleRightsRequestStore>;
  return (
    typeof candidate.getByReference === 'function' &&
    typeof candidate.update === 'function' &&
    typeof candidate.query === 'function'
  );
}

/** Rejects with `StoreTimeoutError` when `work` takes longer than `ms`. */
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

/**
 * SHA-256 of the request with sorted keys: the same request always hashes the same.
 * `node:crypto`'s synchronous hash, not `crypto.subtle.digest`: for a few hundred bytes the
 * WebCrypto job round trip cost ~7 % of a request's CPU time in `npm run bench server`.
 */
function fingerprintOf(request: RightsRequest): string {
  const sorted = Object.fromEntries(Object.entries(request).sort(([a], [b]) => (a < b ? -1 : 1)));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

/**
 * One formatter per zone: building an `Intl.DateTimeFormat` is the expensive part (it was
 * 23 % of a request's CPU time, called twice per request, in `npm run bench server`).
 */
const yearFormatters = new Map<string, Intl.DateTimeFormat>();

function yearIn(date: Date, timeZone: string | undefined): number {
  if (!timeZone) return date.getUTCFullYear();
  let formatter = yearFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' });
    yearFormatters.set(timeZone, formatter);
  }
  return Number(formatter.format(date));
}

/**
 * The server half of rights requests: a Fetch-API handler (`Request → Promise<Response>`)
 * to mount in any modern server — a Next.js route handler, Hono, Deno, Bun, or Node
 * through an adapter.
 *
 * It accepts `POST` with a JSON body, validates it like the client, records it through
 * `store` (deduplicated by the `Idempotency-Key` header) and replies with the receipt
 * `{ reference, right, submittedAt, dueBy }`:
 * - `201` a new request; `200` the *same* receipt for a replayed key and body
 *   (header `Idempotent-Replayed: true`); `422` a replayed key with a different body;
 * - `400` invalid JSON, an invalid request (`error.issues`, per field) or key;
 *   `413` a body over `maxBodyBytes`; `415` not JSON; `405` not `POST` (with `Allow`);
 *   `503` + `Retry-After` the store is unavailable or slower than `storeTimeoutMs`;
 *   `500` the store failed otherwise (both safe to retry with the same key).
 *   No error reply repeats a submitted value: issues name the field and the rule.
 * Errors are `{ error: { code, message, issues? } }`. The reference is the store's
 * next number of the year (`REQ-2026-000123`, format configurable), `dueBy` comes from
 * `responseDeadline` (or `serviceLevelDays` where the law fixes none). The record is
 * durable before the reply is sent, so a retry after a lost reply returns the same receipt.
 * Without an `Idempotency-Key` the request is recorded under a server-made key
 * (see `requireIdempotencyKey`).
 *
 * With a store that runs the lifecycle (`LifecycleRightsRequestStore`: all three built-in
 * stores), the record starts its lifecycle (`received`, version 1) and the receipt carries a
 * `statusToken` (and a `statusUrl`, given `statusUrl`); only the token's SHA-256 is stored.
 * The same handler then answers the **status lookup**: `GET …/status?reference=CTT-2026-000123`
 * with the header `Authorization: Bearer <statusToken>` (a header, never the query string, so
 * the token stays out of access logs) → `200` with a `RightsRequestStatusReply` (status,
 * `received_at`, `expected_by`, the public history in the request's language or `lang=en|id`),
 * never the person's data. An unknown reference, a wrong token and a missing one all get the
 * same `404` (`not-found`); the token is compared in constant time; `rateLimit` can refuse
 * with `429`. Mount it for `GET` as well (`export const GET = handler` in Next.js).
 *
 * @example
 * // app/api/rights-requests/route.ts (Next.js)
 * import { createFileStore, createRightsRequestHandler } from '@policykit/sdk/server';
 * export const POST = createRightsRequestHandler({
 *   store: createFileStore('./data/rights-requests.jsonl'),
 *   jurisdiction: 'id-pdp',
 *   reference: { prefix: 'CTT' }, // CTT-2026-000123
 *   policy, // the current policy document: requests must name it and one of its rights
 *   timeZone: 'Asia/Jakarta',
 * });
 */
export function createRightsRequestHandler(
  options: RightsRequestHandlerOptions,
): (request: Request) => Promise<Response> {
  const {
    store,
    jurisdiction,
    maxBodyBytes = 64 * 1024,
    now = () => new Date(),
    timeZone,
    serviceLevelDays,
    storeTimeoutMs = 10_000,
    retryAfterSeconds = 2,
  } = options;
  const rights = options.rights ?? options.policy?.rights;
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  // Fails fast on an unknown jurisdiction or time zone, at start-up rather than per request.
  responseDeadline({ jurisdiction, right: 'access', submittedAt: new Date(0), timeZone });

  const format = options.reference;
  const referenceFor =
    typeof format === 'function'
      ? format
      : (sequence: number, submittedAt: Date) =>
          `${format?.prefix ?? 'REQ'}-${yearIn(submittedAt, timeZone)}-${String(sequence).padStart(
            format?.digits ?? 6,
            '0',
          )}`;

  function dueByFor(
    right: RightId,
    submittedAt: Date,
  ): Pick<RightsRequestReceipt, 'dueBy' | 'dueBySource'> {
    const law = responseDeadline({ jurisdiction, right, submittedAt, timeZone });
    if (law !== null) return { dueBy: law, dueBySource: 'law' };
    if (serviceLevelDays === undefined) return { dueBy: null };
    const dueBy = addCalendarPeriod(submittedAt, { days: serviceLevelDays }, timeZone);
    return { dueBy: dueBy.toISOString(), dueBySource: 'service-level' };
  }

  const lifecycleStore = isLifecycleStore(store) ? store : undefined;
  /** The one reply for an unknown reference, a wrong token and a missing one. */
  const notFound = () =>
    fail(404, 'not-found', 'No request matches this reference and status token');

  async function lookUpStatus(request: Request): Promise<Response> {
    if (!lifecycleStore) {
      return fail(405, 'method-not-allowed', 'Use POST', { headers: { Allow: 'POST' } });
    }
    if (options.rateLimit && !(await options.rateLimit(request))) {
      return fail(429, 'rate-limited', 'Too many status lookups; wait and try again', {
        headers: { 'Retry-After': String(retryAfterSeconds * 30) },
      });
    }
    const url = new URL(request.url);
    const reference = url.searchParams.get('reference') ?? '';
    const token = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(
      request.headers.get('Authorization')?.trim() ?? '',
    )?.[1];
    let record: StoredRightsRequest | undefined;
    try {
      record =
        reference.length > 0 && reference.length <= 200
          ? await withTimeout(lifecycleStore.getByReference(reference), storeTimeoutMs)
          : undefined;
    } catch (error) {
      onError(error);
      return isStoreUnavailable(error)
        ? fail(503, 'unavailable', 'The status could not be looked up now. Try again.', {
            headers: { 'Retry-After': String(retryAfterSeconds) },
          })
        : fail(500, 'internal', 'The status could not be looked up. Try again.');
    }
    // Hashed and compared whether or not the reference exists: one path, one reply.
    if (!(await statusTokenMatches(token, record?.statusTokenHash)) || !record) return notFound();
    const tracked = trackedOf(record, jurisdiction);
    const clock = clockOf(tracked, record.receipt, { timeZone, ...options.rules }, now());
    return reply(200, statusReplyOf(record, clock, url.searchParams.get('lang')));
  }

  /** The receipt with a status token (and link) for the person, or as stored when none. */
  function withToken(record: StoredRightsRequest, token: string | undefined) {
    if (token === undefined) return record.receipt;
    const reference = record.receipt.reference;
    const url = options.statusUrl?.(reference, token);
    return { ...record.receipt, statusToken: token, ...(url ? { statusUrl: url } : {}) };
  }

  return async (request) => {
    if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/status')) {
      return lookUpStatus(request);
    }
    if (request.method !== 'POST') {
      return fail(405, 'method-not-allowed', 'Use POST', {
        headers: { Allow: 'POST' },
      });
    }
    if (!isJson(request.headers.get('Content-Type'))) {
      return fail(415, 'unsupported-media-type', 'Send the request as application/json (UTF-8)', {
        headers: { 'Accept-Post': 'application/json' },
      });
    }
    const tooLarge = `The body must be at most ${maxBodyBytes} bytes`;
    if (Number(request.headers.get('Content-Length') ?? 0) > maxBodyBytes) {
      return fail(413, 'payload-too-large', tooLarge);
    }

    const keyHeader = request.headers.get('Idempotency-Key');
    let key: string;
    if (keyHeader === null) {
      if (options.requireIdempotencyKey) {
        return fail(400, 'missing-idempotency-key', 'Send an Idempotency-Key header');
      }
      key = `server-${createIdempotencyKey()}`;
    } else {
      const parsed = parseIdempotencyKey(keyHeader.trim());
      if (parsed === undefined) {
        return fail(
          400,
          'invalid-idempotency-key',
          'The Idempotency-Key must be 1–255 visible ASCII characters',
        );
      }
      key = parsed;
    }

    const bytes = await readBody(request, maxBodyBytes);
    if (bytes === 'too-large') return fail(413, 'payload-too-large', tooLarge);
    let input: unknown;
    try {
      input = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      // Not V8's SyntaxError message: it quotes the body.
      const reason = error instanceof SyntaxError ? 'a syntax error' : 'it is not UTF-8';
      return fail(400, 'invalid-json', `The body is not valid JSON (${reason})`);
    }

    const result = validateRightsRequest(input, rights ? { rights } : {});
    // Only numeric params (limits like `max`) go back: a string param could be the value.
    const issues = (result.success ? [] : result.issues).map(
      ({ field, code, params }): RightsRequestFieldIssue => {
        const numbers = Object.entries(params ?? {}).filter(([, v]) => typeof v === 'number');
        return numbers.length > 0
          ? { field, code, message: '', params: Object.fromEntries(numbers) }
          : { field, code, message: '' };
      },
    );
    if (result.success && options.policy && result.data.policyId !== options.policy.id) {
      issues.push({ field: 'policyId', code: 'policyUnknown', message: '' });
    }
    for (const issue of issues) issue.message = issueMessage(issue);
    if (!result.success || issues.length > 0) {
      const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
      return fail(400, 'invalid-request', `The request has ${count}`, { issues });
    }

    const data = result.data;
    const fingerprint = fingerprintOf(data);
    const submittedAt = now();
    const year = yearIn(submittedAt, timeZone);
    const token = lifecycleStore ? createStatusToken() : undefined;
    const tokenHash = token === undefined ? undefined : await hashStatusToken(token);
    let outcome: { record: StoredRightsRequest; created: boolean };
    try {
      outcome = await withTimeout(
        store.insert(key, year, (sequence) => {
          const receipt: RightsRequestReceipt = {
            reference: referenceFor(sequence, submittedAt),
            right: data.right,
            submittedAt: submittedAt.toISOString(),
            ...dueByFor(data.right, submittedAt),
          };
          const tracked = trackRequest({ ...receipt, jurisdiction, receivedAt: submittedAt });
          return {
            idempotencyKey: key,
            fingerprint,
            year,
            sequence,
            request: data,
            receipt,
            // The lifecycle starts here: UU PDP Pasal 31's record of processing opens with receipt.
            lifecycle: {
              jurisdiction,
              status: tracked.status,
              history: [...tracked.history],
              version: 1,
              dueBy: receipt.dueBy,
            },
            ...(tokenHash === undefined ? {} : { statusTokenHash: tokenHash }),
          };
        }),
        storeTimeoutMs,
      );
    } catch (error) {
      onError(error);
      if (isStoreUnavailable(error)) {
        return fail(503, 'unavailable', 'The request could not be recorded now. Try again.', {
          headers: { 'Retry-After': String(retryAfterSeconds) },
        });
      }
      return fail(500, 'internal', 'The request could not be recorded. Try again.');
    }

    const { record, created } = outcome;
    if (created) {
      emitEvent(
        options.onEvent,
        {
          type: 'received',
          reference: record.receipt.reference,
          at: record.receipt.submittedAt,
          record,
        },
        onError,
      );
      return reply(201, withToken(record, token));
    }
    if (record.fingerprint !== fingerprint) {
      return fail(
        422,
        'idempotency-key-reused',
        'This Idempotency-Key was used for a different request; send a new key',
      );
    }
    // Only the token's hash was kept, so a replay's receipt has none: the token is given
    // once, and a replay writes nothing.
    return reply(200, record.receipt, { 'Idempotent-Replayed': 'true' });
  };
}
