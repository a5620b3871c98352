import type {
  InboxNote,
  InboxPage,
  InboxQuery,
  InboxRequestDetail,
  InboxTransition,
} from './inbox-types';
import {
  RightsRequestAdminError,
  type RightsRequestAdminClientErrorCode,
} from './rights-request-admin-error';
import { transitionInputIssues } from './transition-input';

export interface RightsRequestAdminClientOptions {
  /**
   * Where the host mounted `createRightsRequestAdminHandler`, the handler's `basePath`:
   * e.g. `/admin/rights-requests`. Routes are `{endpoint}/requests…`.
   */
  endpoint: string | URL;
  /** Default the global `fetch` (a host's own client, tests). */
  fetch?: typeof fetch;
  /**
   * Sent with every call: the handler's `authorize` reads the host's session from them. Default
   * `same-origin` credentials (the session cookie) and no extra headers.
   */
  headers?: HeadersInit;
  credentials?: RequestCredentials;
}

/** The browser half of the DPO's inbox: every call `createRightsRequestAdminHandler` answers. */
export interface RightsRequestAdminClient {
  /** A page of requests matching `query`. */
  list(query?: InboxQuery, init?: { signal?: AbortSignal }): Promise<InboxPage>;
  /** One request with its history and the moves it allows. */
  get(reference: string, init?: { signal?: AbortSignal }): Promise<InboxRequestDetail>;
  /** Moves the request, based on the `version` the DPO saw; resolves with it after the move. */
  transition(
    reference: string,
    version: number,
    transition: InboxTransition,
  ): Promise<InboxRequestDetail>;
  /** Adds a note, based on the `version` the DPO saw. */
  addNote(reference: string, version: number, note: InboxNote): Promise<InboxRequestDetail>;
  /** The CSV export's address for `query` (a link the browser downloads with the session cookie). */
  csvUrl(query?: Omit<InboxQuery, 'limit' | 'offset'>): string;
}

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** The handler's query string for `query` (comma lists, `true` flags). */
export function inboxQueryString(query: InboxQuery = {}): string {
  const params = new URLSearchParams();
  if (query.status?.length) params.set('status', query.status.join(','));
  if (query.right?.length) params.set('right', query.right.join(','));
  if (query.open !== undefined) params.set('open', String(query.open));
  if (query.overdue) params.set('overdue', 'true');
  if (query.dueBefore) params.set('dueBefore', query.dueBefore);
  if (query.search?.trim()) params.set('q', query.search.trim());
  if (query.sort) params.set('sort', query.sort);
  if (query.order) params.set('order', query.order);
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.offset !== undefined) params.set('offset', String(query.offset));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * A client for the DPO's inbox: typed calls to the host's `createRightsRequestAdminHandler`,
 * each resolving with the handler's reply or rejecting with a `RightsRequestAdminError`
 * (its code, the HTTP status). Authorization is the host's: its session cookie goes with
 * every call (`credentials`), or pass `headers`.
 *
 * @example
 * const inbox = createRightsRequestAdminClient({ endpoint: '/admin/rights-requests' });
 * const { items } = await inbox.list({ overdue: true, sort: 'due' });
 * const detail = await inbox.get(items[0].reference);
 * await inbox.transition(detail.reference, detail.version, { to: 'in-progress', note: 'Data gathered' });
 */
export function createRightsRequestAdminClient(
  options: RightsRequestAdminClientOptions,
): RightsRequestAdminClient {
  const base = () => {
    const origin = typeof window === 'undefined' ? undefined : window.location.href;
    return new URL(options.endpoint, origin).toString().replace(/\/+$/, '');
  };
  const doFetch = (...args: Parameters<typeof fetch>) => (options.fetch ?? fetch)(...args);

  async function call<T>(path: string, init: RequestInit, what: string): Promise<T> {
    let response: Response;
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json');
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    try {
      response = await doFetch(`${base()}${path}`, {
        ...init,
        headers,
        credentials: options.credentials ?? 'same-origin',
        cache: 'no-store',
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new RightsRequestAdminError(
        'network',
        `${what}: the inbox server could not be reached`,
        0,
        undefined,
        {
          cause: error,
        },
      );
    }
    const body = (await response.json().catch(() => undefined)) as unknown;
    if (!response.ok) {
      const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
      const code =
        typeof error?.code === 'string'
          ? (error.code as RightsRequestAdminClientErrorCode)
          : response.status === 503
            ? 'unavailable'
            : 'bad-reply';
      const seconds = Number(response.headers.get('Retry-After'));
      throw new RightsRequestAdminError(
        code,
        `${what}: the server answered ${response.status} ${code}`,
        response.status,
        Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined,
      );
    }
    if (typeof body !== 'object' || body === null) {
      throw new RightsRequestAdminError(
        'bad-reply',
        `${what}: the reply is not JSON`,
        response.status,
      );
    }
    return body as T;
  }

  const path = (reference: string, what: string) => {
    if (!REFERENCE.test(reference)) {
      throw new RightsRequestAdminError(
        'invalid-input',
        `${what}: the reference is not well formed`,
        0,
      );
    }
    return `/requests/${encodeURIComponent(reference)}`;
  };
  const versionOf = (version: number, what: string) => {
    if (!Number.isInteger(version) || version < 0) {
      throw new RightsRequestAdminError(
        'invalid-input',
        `${what}: version must be a whole number`,
        0,
      );
    }
    return version;
  };

  return {
    async list(query, init) {
      const page = await call<InboxPage>(
        `/requests${inboxQueryString(query)}`,
        { method: 'GET', signal: init?.signal },
        'list',
      );
      if (!Array.isArray(page.items) || typeof page.total !== 'number') {
        throw new RightsRequestAdminError('bad-reply', 'list: the reply has no items', 200);
      }
      return page;
    },
    async get(reference, init) {
      return call<InboxRequestDetail>(
        path(reference, 'get'),
        { method: 'GET', signal: init?.signal },
        'get',
      );
    },
    async transition(reference, version, transition) {
      const issues = transitionInputIssues(transition);
      if (issues.length) {
        throw new RightsRequestAdminError(
          'invalid-input',
          `transition to ${transition.to}: ${issues.map((i) => `${i.field} ${i.code}`).join(', ')}`,
          0,
        );
      }
      const note = transition.note?.trim();
      return call<InboxRequestDetail>(
        `${path(reference, 'transition')}/transitions`,
        {
          method: 'POST',
          body: JSON.stringify({
            to: transition.to,
            ...(transition.reason ? { reason: transition.reason } : {}),
            ...(note ? { note } : {}),
            ...(note && transition.public ? { public: true } : {}),
            version: versionOf(version, 'transition'),
          }),
        },
        'transition',
      );
    },
    async addNote(reference, version, note) {
      const text = note.note.trim();
      if (!text) throw new RightsRequestAdminError('invalid-input', 'note: the note is empty', 0);
      return call<InboxRequestDetail>(
        `${path(reference, 'note')}/notes`,
        {
          method: 'POST',
          body: JSON.stringify({
            note: text,
            ...(note.public ? { public: true } : {}),
            version: versionOf(version, 'note'),
          }),
        },
        'note',
      );
    },
    csvUrl(query) {
      return `${base()}/requests.csv${inboxQueryString(query)}`;
    },
  };
}
