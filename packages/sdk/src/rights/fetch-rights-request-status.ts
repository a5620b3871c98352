import type { RightsRequestStatusReply } from './rights-request-status';

/**
 * Why a status lookup failed: `not-found` (no request with this reference and token — the
 * server says the same for both, by design), `rate-limited` (wait `retryAfterMs`),
 * `unavailable` (the server or network failed; try later), `invalid` (a reference or token that
 * cannot be right, refused before sending).
 */
export type RightsRequestStatusErrorCode = 'not-found' | 'rate-limited' | 'unavailable' | 'invalid';

/** A status lookup that gave no status; `code` is what a status page shows (`rightsStatus.lookup.*`). */
export class RightsRequestStatusError extends Error {
  override readonly name = 'RightsRequestStatusError';

  constructor(
    readonly code: RightsRequestStatusErrorCode,
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface FetchRightsRequestStatusOptions {
  /** The status endpoint: the rights-request handler's URL with `/status`, e.g. `/api/rights-requests/status`. */
  endpoint: string | URL;
  reference: string;
  /** The `statusToken` from the receipt (or the status link's fragment). */
  token: string;
  /** `en` or `id` for the labels; default: the language the request was made in. */
  language?: 'en' | 'id';
  signal?: AbortSignal;
  /** Default the global `fetch`. */
  fetch?: typeof fetch;
}

/**
 * Looks up where a rights request stands — what a requester's status page calls. The token
 * goes in the `Authorization` header, never the URL (so it stays out of server logs and
 * history); the reference in the query. Resolves with the `RightsRequestStatusReply`; rejects
 * with `RightsRequestStatusError`.
 *
 * @example
 * const params = new URLSearchParams(location.hash.slice(1)); // #ref=CTT-2026-000123&token=…
 * const status = await fetchRightsRequestStatus({
 *   endpoint: '/api/rights-requests/status',
 *   reference: params.get('ref') ?? '',
 *   token: params.get('token') ?? '',
 * });
 * status.status_label; // 'Sedang diproses'
 */
export async function fetchRightsRequestStatus(
  options: FetchRightsRequestStatusOptions,
): Promise<RightsRequestStatusReply> {
  const reference = options.reference.trim();
  const token = options.token.trim();
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(reference) || !/^[A-Za-z0-9_-]{16,200}$/.test(token)) {
    throw new RightsRequestStatusError(
      'invalid',
      'The reference or the status token is not well formed',
    );
  }
  const base = typeof window === 'undefined' ? undefined : window.location.href;
  const url = new URL(options.endpoint, base);
  url.searchParams.set('reference', reference);
  if (options.language) url.searchParams.set('lang', options.language);
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal: options.signal,
      // The token is a credential of its own: no cookies needed, no referrer leaked.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new RightsRequestStatusError(
      'unavailable',
      'The status server could not be reached',
      undefined,
      {
        cause: error,
      },
    );
  }
  if (response.status === 404) {
    throw new RightsRequestStatusError(
      'not-found',
      'No request matches this reference and status token',
    );
  }
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    const wait = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
    throw new RightsRequestStatusError('rate-limited', 'Too many status lookups', wait);
  }
  if (!response.ok) {
    throw new RightsRequestStatusError(
      'unavailable',
      `The status server answered ${response.status}`,
    );
  }
  const body = (await response.json().catch(() => undefined)) as
    Partial<RightsRequestStatusReply> | undefined;
  if (!body || typeof body.status !== 'string' || !Array.isArray(body.history)) {
    throw new RightsRequestStatusError(
      'unavailable',
      'The status server did not answer with a status',
    );
  }
  return body as RightsRequestStatusReply;
}
