import type { RightId } from '../../document/policy-types';
import { lifecycleRules, type LifecycleRules } from '../../rights/lifecycle/lifecycle-rules';
import type { RequestActor, RequestEvent } from '../../rights/lifecycle/request-history';
import {
  REJECTION_REASONS,
  REQUEST_STATUSES,
  type RejectionReason,
  type RequestStatus,
} from '../../rights/lifecycle/request-status';
import { RequestTransitionError } from '../../rights/lifecycle/request-transition-error';
import {
  addRequestNote,
  allowedTransitions,
  transitionRequest,
} from '../../rights/lifecycle/transition-request';
import { responseDeadline } from '../../rights/response-deadline';
import type { Jurisdiction, RightsRequestReceipt } from '../../rights/rights-request-types';
import { validateRightsRequest } from '../../rights/validate-rights-request';
import { clockOf, storedDueBy } from '../lifecycle/due-by';
import { normalizeQuery } from '../lifecycle/query-records';
import { emitEvent, type RightsRequestEventHook } from '../lifecycle/lifecycle-events';
import { lifecycleOf, trackedOf } from '../lifecycle/stored-lifecycle';
import {
  isRequestNotFound,
  isStoreConflict,
  isStoreUnavailable,
  type LifecycleRightsRequestStore,
  type RightsRequestQuery,
  type StoredRightsRequest,
} from '../rights-request-store';
import { toCsv } from './csv';

/** Who the host's `authorize` says is asking: a DPO's (or a staff member's) account id. */
export interface AdminActor {
  /** The host's own id for the person (recorded in the request's history). */
  id: string;
}

/** One audit entry for an admin read (list, view, export): who looked at what, when. */
export interface AdminAuditEntry {
  actor: AdminActor;
  action: 'list' | 'view' | 'export';
  at: string;
  /** The request viewed (`view`), or the references listed or exported. */
  references: string[];
}

export interface RightsRequestAdminHandlerOptions {
  store: LifecycleRightsRequestStore;
  /**
   * Required — there is no default that lets anyone in. Given the incoming request (its
   * session cookie, its `Authorization` header), resolves with the actor, `null` when the
   * caller is not signed in (→ `401`) or `false` when signed in but not allowed (→ `403`).
   * Asked before any route is looked at, so every route, known or not, answers the same.
   */
  authorize: (request: Request) => AdminActor | null | false | Promise<AdminActor | null | false>;
  /** The host's overrides of `lifecycleRules` (zone, extension, pause). */
  rules?: Partial<LifecycleRules>;
  /** The current time (tests). Default `() => new Date()`. */
  now?: () => Date;
  /** Hears `status-changed` after a move, and `received` after a manual entry. */
  onEvent?: RightsRequestEventHook;
  /** Hears every read (list, view, export), for the host's access log; never the data itself. */
  onAudit?: (entry: AdminAuditEntry) => void;
  /**
   * The path the handler is mounted at, e.g. `/admin/rights-requests`: routes are
   * `{basePath}/requests…`. Default `''` (a framework that strips the mount path).
   */
  basePath?: string;
  /** The regime of manually entered requests that do not name one, and of records from before the lifecycle. */
  jurisdiction?: Jurisdiction;
  /** The IANA zone for the clocks (WIB `Asia/Jakarta`, WITA `Asia/Makassar`, WIT `Asia/Jayapura`). */
  timeZone?: string;
  /** The largest body accepted. Default 64 KiB. */
  maxBodyBytes?: number;
  /** Hears failures of the store or a hook. Default `console.error`. */
  onError?: (error: unknown) => void;
}

/** Every admin error reply is `{ error: { code, message } }`; these are the codes, plus a `RequestTransitionErrorCode` on a refused move. */
export type RightsRequestAdminErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'invalid-json'
  | 'invalid-request'
  | 'invalid-query'
  | 'payload-too-large'
  | 'version-conflict'
  | 'reference-taken'
  | 'unavailable'
  | 'internal';

const HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { ...HEADERS, ...headers } });
const fail = (status: number, code: string, message: string, headers?: Record<string, string>) =>
  reply(status, { error: { code, message } }, headers);

/** An admin row: the request with its live clock. */
function rowOf(record: StoredRightsRequest, clock: ReturnType<typeof clockOf>) {
  const lifecycle = lifecycleOf(record);
  return {
    reference: record.receipt.reference,
    right: record.receipt.right,
    status: lifecycle.status,
    version: lifecycle.version,
    receivedAt: new Date(record.receipt.submittedAt).toISOString(),
    dueBy: clock.dueBy,
    hoursLeft: clock.hoursLeft,
    overdue: clock.overdue,
    paused: clock.paused,
    name: record.request.name,
    email: record.request.email,
    locale: record.request.locale,
  };
}

/** The list's filters from the query string; a bad one is a RangeError naming the parameter. */
function queryOf(params: URLSearchParams, now: Date): RightsRequestQuery {
  const list = (name: string) =>
    params
      .getAll(name)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
  const flag = (name: string) => {
    const value = params.get(name);
    if (value === null) return undefined;
    if (value !== 'true' && value !== 'false')
      throw new RangeError(`${name} must be true or false`);
    return value === 'true';
  };
  const whole = (name: string) => {
    const value = params.get(name);
    if (value === null) return undefined;
    if (!/^\d{1,9}$/.test(value)) throw new RangeError(`${name} must be a whole number`);
    return Number(value);
  };
  const status = list('status');
  const right = list('right');
  const sort = params.get('sort') ?? undefined;
  const order = params.get('order') ?? undefined;
  return {
    ...(status.length ? { status: status as RequestStatus[] } : {}),
    ...(right.length ? { right: right as RightId[] } : {}),
    ...(flag('open') === undefined ? {} : { open: flag('open') }),
    ...(flag('overdue') ? { overdueAt: now.toISOString() } : {}),
    ...(params.get('dueBefore') ? { dueBefore: params.get('dueBefore') as string } : {}),
    ...(params.get('q') ? { search: params.get('q') as string } : {}),
    ...(sort ? { sort: sort as 'due' } : {}),
    ...(order ? { order: order as 'asc' } : {}),
    ...(whole('limit') === undefined ? {} : { limit: whole('limit') }),
    ...(whole('offset') === undefined ? {} : { offset: whole('offset') }),
  };
}

async function readJson(request: Request, max: number): Promise<unknown> {
  if (Number(request.headers.get('Content-Length') ?? 0) > max) throw new BodyTooLarge();
  const text = await request.text();
  if (new TextEncoder().encode(text).byteLength > max) throw new BodyTooLarge();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyNotJson();
  }
}
class BodyTooLarge extends Error {}
class BodyNotJson extends Error {}
class BadInput extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The DPO's inbox, server half: a Fetch-API handler (`Request → Promise<Response>`, mount it in
 * Node with `toNodeHandler`) over a lifecycle store. `authorize` is required and asked first on
 * every request. Routes, under `basePath`:
 *
 * | route | what |
 * | --- | --- |
 * | `GET /requests?status=&right=&open=&overdue=true&dueBefore=&q=&sort=due\|received&order=&limit=&offset=` | a page of requests with their live clocks (`hoursLeft`, `overdue`) |
 * | `GET /requests.csv?…` | the same filters, every match, as CSV (UTF-8 with BOM, RFC 4180, formula cells escaped) |
 * | `GET /requests/{reference}` | one request: the person's data, the receipt, the history, the clock, `allowedTransitions`, `version` |
 * | `POST /requests/{reference}/transitions` `{ to, reason?, note?, public?, version }` | a move (`transitionRequest`); illegal → `409` with its `RequestTransitionErrorCode` |
 * | `POST /requests/{reference}/notes` `{ note, public?, version }` | a note (`addRequestNote`) |
 * | `POST /requests` `{ reference, receivedAt, request, jurisdiction? }` | a mailto-fallback request entered by hand under the reference it was sent with, on the same clock from `receivedAt` |
 *
 * Every change is recorded in the request's history with the actor (`{ kind: 'controller', id }`)
 * and the server's time (UU PDP Pasal 31); reads go to `onAudit`. A change carries the
 * `version` it was based on: another DPO's change in between is `409 version-conflict`, never
 * lost. Moves and manual entries are announced through `onEvent`.
 *
 * @example
 * export const adminHandler = createRightsRequestAdminHandler({
 *   store,
 *   basePath: '/admin/rights-requests',
 *   timeZone: 'Asia/Jakarta',
 *   authorize: async (request) => {
 *     const session = await sessions.read(request.headers.get('Cookie'));
 *     if (!session) return null; // 401
 *     return session.roles.includes('dpo') ? { id: session.userId } : false; // 403
 *   },
 * });
 */
export function createRightsRequestAdminHandler(
  options: RightsRequestAdminHandlerOptions,
): (request: Request) => Promise<Response> {
  if (typeof (options as Partial<RightsRequestAdminHandlerOptions>)?.authorize !== 'function') {
    throw new TypeError(
      'createRightsRequestAdminHandler: authorize(request) is required — there is no default that lets anyone in',
    );
  }
  const { store, authorize, now = () => new Date(), timeZone, maxBodyBytes = 64 * 1024 } = options;
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const rules = (jurisdiction: Jurisdiction) =>
    lifecycleRules(jurisdiction, { ...(timeZone ? { timeZone } : {}), ...options.rules });
  const clockRules = { ...(timeZone ? { timeZone } : {}), ...options.rules };
  const clock = (record: StoredRightsRequest, at: Date) =>
    clockOf(trackedOf(record, options.jurisdiction), record.receipt, clockRules, at);
  const audit = (entry: AdminAuditEntry) => {
    try {
      options.onAudit?.(entry);
    } catch (error) {
      onError(error);
    }
  };

  function detailOf(record: StoredRightsRequest, at: Date) {
    const tracked = trackedOf(record, options.jurisdiction);
    const current = clock(record, at);
    return {
      ...rowOf(record, current),
      jurisdiction: tracked.jurisdiction,
      request: record.request,
      receipt: record.receipt,
      history: tracked.history,
      clock: current,
      allowedTransitions: allowedTransitions(tracked, rules(tracked.jurisdiction)),
    };
  }

  async function list(request: Request, actor: AdminActor, csv: boolean): Promise<Response> {
    const at = now();
    let query: RightsRequestQuery;
    try {
      query = queryOf(new URL(request.url).searchParams, at);
      normalizeQuery(query); // every store checks it too; here it is a 400, not a 500
    } catch (error) {
      return fail(400, 'invalid-query', (error as Error).message);
    }
    if (!csv) {
      const page = await store.query(query);
      audit({
        actor,
        action: 'list',
        at: at.toISOString(),
        references: page.items.map((r) => r.receipt.reference),
      });
      return reply(200, {
        items: page.items.map((record) => rowOf(record, clock(record, at))),
        total: page.total,
        nextOffset: page.nextOffset,
      });
    }
    const rows: (string | number | boolean | null | undefined)[][] = [
      [
        'reference',
        'status',
        'right',
        'received_at',
        'due_by',
        'hours_left',
        'overdue',
        'name',
        'email',
        'phone',
        'locale',
        'policy_id',
        'policy_version',
        'details',
      ],
    ];
    const references: string[] = [];
    for (let offset: number | null = query.offset ?? 0; offset !== null;) {
      const page = await store.query({ ...query, limit: 500, offset });
      for (const record of page.items) {
        const row = rowOf(record, clock(record, at));
        references.push(row.reference);
        rows.push([
          row.reference,
          row.status,
          row.right,
          row.receivedAt,
          row.dueBy,
          row.hoursLeft === null ? null : Math.round(row.hoursLeft * 10) / 10,
          row.overdue,
          row.name,
          row.email,
          record.request.phone,
          row.locale,
          record.request.policyId,
          record.request.policyVersion,
          record.request.details,
        ]);
      }
      offset = page.nextOffset;
    }
    audit({ actor, action: 'export', at: at.toISOString(), references });
    const stamp = at.toISOString().slice(0, 10);
    return new Response(toCsv(rows), {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Disposition': `attachment; filename="rights-requests-${stamp}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  }

  /** Applies a move or a note to the stored request, at the version the DPO saw. */
  async function change(
    reference: string,
    body: unknown,
    actor: AdminActor,
    kind: 'transition' | 'note',
  ): Promise<Response> {
    if (!isObject(body)) throw new BadInput('the body must be a JSON object');
    const { version } = body;
    if (!Number.isInteger(version))
      throw new BadInput('version must be the whole number the change is based on');
    const record = await store.getByReference(reference);
    if (!record) return fail(404, 'not-found', 'No request has this reference');
    const tracked = trackedOf(record, options.jurisdiction);
    const who: RequestActor = { kind: 'controller', id: actor.id };
    const at = now();
    const note = body.note;
    if (note !== undefined && (typeof note !== 'string' || note.length > 4000)) {
      throw new BadInput('note must be text of at most 4000 characters');
    }
    const isPublic = body.public === true;
    let next;
    let to: RequestStatus | undefined;
    try {
      if (kind === 'transition') {
        to = body.to as RequestStatus;
        if (!(REQUEST_STATUSES as readonly unknown[]).includes(to)) {
          throw new BadInput(`to must be one of ${REQUEST_STATUSES.join(', ')}`);
        }
        const reason = body.reason;
        if (reason !== undefined && !(REJECTION_REASONS as readonly unknown[]).includes(reason)) {
          throw new BadInput(`reason must be one of ${REJECTION_REASONS.join(', ')}`);
        }
        next = transitionRequest(
          tracked,
          {
            to,
            actor: who,
            at,
            reason: reason as RejectionReason | undefined,
            note: note as string | undefined,
          },
          rules(tracked.jurisdiction),
        );
      } else {
        if (typeof note !== 'string') throw new BadInput('note is required');
        next = addRequestNote(tracked, { actor: who, note, at });
      }
    } catch (error) {
      if (error instanceof RequestTransitionError) {
        return reply(409, {
          error: { code: error.code, message: error.message, from: error.from, to: error.to },
        });
      }
      if (error instanceof RangeError) throw new BadInput(error.message);
      throw error;
    }
    const history = [...next.history] as RequestEvent[];
    const last = history.at(-1) as RequestEvent;
    if (isPublic && last.note) history[history.length - 1] = { ...last, public: true };
    const moved = { ...next, history };
    const updated = await store.update(reference, version as number, {
      lifecycle: {
        jurisdiction: tracked.jurisdiction,
        status: moved.status,
        history,
        dueBy: storedDueBy(clockOf(moved, record.receipt, clockRules, at)),
      },
    });
    if (kind === 'transition' && to) {
      emitEvent(
        options.onEvent,
        {
          type: 'status-changed',
          reference,
          at: at.toISOString(),
          from: tracked.status,
          to,
          actor: who,
          record: updated,
        },
        onError,
      );
    }
    return reply(200, detailOf(updated, at));
  }

  /** A request that came by e-mail (the `mailtoTransport` fallback), entered under its reference. */
  async function enter(body: unknown, actor: AdminActor): Promise<Response> {
    if (!isObject(body)) throw new BadInput('the body must be a JSON object');
    const { reference, receivedAt } = body;
    if (typeof reference !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(reference)) {
      throw new BadInput('reference must be 1–100 of A-Z a-z 0-9 . _ - (as on the e-mail)');
    }
    const received = typeof receivedAt === 'string' ? new Date(receivedAt) : new Date(NaN);
    const at = now();
    if (Number.isNaN(received.getTime())) throw new BadInput('receivedAt must be an ISO 8601 date');
    if (received > at) throw new BadInput('receivedAt must not be in the future');
    const jurisdiction = (body.jurisdiction ?? options.jurisdiction) as Jurisdiction | undefined;
    if (jurisdiction !== 'id-pdp' && jurisdiction !== 'gdpr') {
      throw new BadInput('jurisdiction must be id-pdp or gdpr (or set the handler’s jurisdiction)');
    }
    const result = validateRightsRequest(body.request);
    if (!result.success) {
      throw new BadInput(
        `request: ${result.issues.map((i) => `${i.field} (${i.code})`).join(', ')}`,
      );
    }
    if (await store.getByReference(reference)) {
      return fail(409, 'reference-taken', 'A request with this reference is recorded already');
    }
    const data = result.data;
    const submittedAt = received.toISOString();
    // The statutory clock runs from when the e-mail was received, not from when it was typed in.
    const dueBy = responseDeadline({ jurisdiction, right: data.right, submittedAt, timeZone });
    const receipt: RightsRequestReceipt = {
      reference,
      right: data.right,
      submittedAt,
      dueBy,
      ...(dueBy ? { dueBySource: 'law' as const } : {}),
      via: 'email',
    };
    const year = Number(submittedAt.slice(0, 4));
    const { record, created } = await store.insert(`mailto:${reference}`, year, (sequence) => ({
      idempotencyKey: `mailto:${reference}`,
      fingerprint: `manual:${reference}`,
      year,
      sequence,
      request: data,
      receipt,
      lifecycle: {
        jurisdiction,
        status: 'received',
        history: [
          {
            at: submittedAt,
            actor: { kind: 'controller', id: actor.id },
            type: 'received',
            to: 'received',
          },
        ],
        version: 1,
        dueBy,
      },
    }));
    if (!created)
      return fail(409, 'reference-taken', 'A request with this reference is recorded already');
    emitEvent(options.onEvent, { type: 'received', reference, at: submittedAt, record }, onError);
    return reply(201, detailOf(record, at));
  }

  return async (request) => {
    let actor: AdminActor | null | false;
    try {
      actor = await authorize(request);
    } catch (error) {
      onError(error);
      return fail(500, 'internal', 'The request could not be authorized');
    }
    if (actor === null || actor === undefined) {
      return fail(401, 'unauthorized', 'Sign in to use the rights-request inbox');
    }
    if (actor === false || typeof actor.id !== 'string' || actor.id === '') {
      return fail(403, 'forbidden', 'You may not use the rights-request inbox');
    }
    const path = new URL(request.url).pathname;
    if (!path.startsWith(`${basePath}/requests`)) return fail(404, 'not-found', 'No such route');
    const rest = path.slice(basePath.length + '/requests'.length);
    const method = request.method;
    try {
      if (rest === '' || rest === '/') {
        if (method === 'GET') return await list(request, actor, false);
        if (method === 'POST') return await enter(await readJson(request, maxBodyBytes), actor);
        return fail(405, 'method-not-allowed', 'Use GET or POST', { Allow: 'GET, POST' });
      }
      if (rest === '.csv') {
        if (method === 'GET') return await list(request, actor, true);
        return fail(405, 'method-not-allowed', 'Use GET', { Allow: 'GET' });
      }
      const match = /^\/([^/]+)(?:\/(transitions|notes))?$/.exec(rest);
      if (!match) return fail(404, 'not-found', 'No such route');
      const reference = decodeURIComponent(match[1] as string);
      if (match[2] === undefined) {
        if (method !== 'GET') return fail(405, 'method-not-allowed', 'Use GET', { Allow: 'GET' });
        const record = await store.getByReference(reference);
        if (!record) return fail(404, 'not-found', 'No request has this reference');
        const at = now();
        audit({ actor, action: 'view', at: at.toISOString(), references: [reference] });
        return reply(200, detailOf(record, at));
      }
      if (method !== 'POST') return fail(405, 'method-not-allowed', 'Use POST', { Allow: 'POST' });
      const body = await readJson(request, maxBodyBytes);
      return await change(
        reference,
        body,
        actor,
        match[2] === 'transitions' ? 'transition' : 'note',
      );
    } catch (error) {
      if (error instanceof BadInput) return fail(400, 'invalid-request', error.message);
      if (error instanceof BodyNotJson)
        return fail(400, 'invalid-json', 'The body is not valid JSON');
      if (error instanceof BodyTooLarge) {
        return fail(413, 'payload-too-large', `The body must be at most ${maxBodyBytes} bytes`);
      }
      if (error instanceof URIError) return fail(404, 'not-found', 'No such route');
      if (isStoreConflict(error)) {
        return reply(409, {
          error: {
            code: 'version-conflict',
            message: 'Someone changed this request first; reload it and try again',
            version: error.actualVersion,
          },
        });
      }
      if (isRequestNotFound(error)) return fail(404, 'not-found', 'No request has this reference');
      onError(error);
      if (isStoreUnavailable(error)) {
        return fail(503, 'unavailable', 'The inbox is unavailable now. Try again.', {
          'Retry-After': '2',
        });
      }
      return fail(500, 'internal', 'The inbox could not do this. Try again.');
    }
  };
}
