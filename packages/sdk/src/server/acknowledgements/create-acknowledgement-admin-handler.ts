import { isStoreUnavailable } from '../rights-request-store';
import type { AcknowledgementRecordStore } from './acknowledgement-record-store';
import { acknowledgementReport, acknowledgementReportCsv } from './acknowledgement-report';

export interface AcknowledgementAdminHandlerOptions {
  store: AcknowledgementRecordStore;
  /**
   * Required, asked first on every request: the DPO's (or staff member's) account id, or
   * `null`/`false` → `401`. There is no default that lets anyone in.
   */
  authorize: (request: Request) => string | null | false | Promise<string | null | false>;
  /** Seconds in a `503`'s `Retry-After`. Default 2. */
  retryAfterSeconds?: number;
  /** Hears store and `authorize` failures. Default `console.error`. */
  onError?: (error: unknown) => void;
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
};

function fail(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { ...JSON_HEADERS, ...headers },
  });
}

/**
 * The DPO's side of acknowledgements: `GET ?policyId=…&version=…` → `200` an
 * `AcknowledgementReport` (who acknowledged that version and when, counts by locale and
 * channel); `&format=csv` → the same people as CSV (`text/csv`, UTF-8 BOM, formula cells
 * escaped) as a download. `authorize` is required; `401` without it. Missing or over-long
 * parameters → `400` (named, not echoed); `503` + `Retry-After` when the store is unavailable.
 *
 * @example
 * export const GET = createAcknowledgementAdminHandler({
 *   store,
 *   authorize: async (request) => ((await staffSession(request))?.role === 'dpo' ? 'dpo@ctt.id' : null),
 * });
 */
export function createAcknowledgementAdminHandler(
  options: AcknowledgementAdminHandlerOptions,
): (request: Request) => Promise<Response> {
  if (typeof (options as Partial<AcknowledgementAdminHandlerOptions>)?.authorize !== 'function') {
    throw new TypeError(
      'createAcknowledgementAdminHandler: authorize(request) is required — there is no default that lets anyone in',
    );
  }
  const { store, authorize, retryAfterSeconds = 2 } = options;
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  return async (request) => {
    let actor: string | null | false;
    try {
      actor = await authorize(request);
    } catch (error) {
      onError(error);
      return fail(500, 'internal', 'The request could not be authorized');
    }
    if (!actor) return fail(401, 'unauthorized', 'Sign in to see acknowledgements');
    if (request.method !== 'GET') {
      return fail(405, 'method-not-allowed', 'Use GET', { Allow: 'GET' });
    }
    const params = new URL(request.url).searchParams;
    const policyId = params.get('policyId') ?? '';
    const version = params.get('version') ?? '';
    for (const [name, value] of [
      ['policyId', policyId],
      ['version', version],
    ] as const) {
      if (value === '' || value.length > 200) {
        return fail(400, 'invalid-request', `${name} is required (at most 200 characters)`);
      }
    }
    let report;
    try {
      report = await acknowledgementReport(store, { policyId, version });
    } catch (error) {
      onError(error);
      return isStoreUnavailable(error)
        ? fail(
            503,
            'unavailable',
            'The acknowledgement store could not be reached now. Try again.',
            {
              'Retry-After': String(retryAfterSeconds),
            },
          )
        : fail(500, 'internal', 'The report failed. Try again.');
    }
    if (params.get('format') === 'csv') {
      const name = `acknowledgements-${policyId}-${version}.csv`.replace(/[^A-Za-z0-9._-]/g, '_');
      return new Response(acknowledgementReportCsv(report), {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}"`,
          'Cache-Control': 'no-store',
        },
      });
    }
    return new Response(JSON.stringify(report), { status: 200, headers: JSON_HEADERS });
  };
}
