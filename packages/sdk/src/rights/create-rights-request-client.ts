import { addCalendarPeriod } from '../dates/add-calendar-period';
import { httpTransport, type RetryOptions } from './http-transport';
import { createIdempotencyKey } from './idempotency-key';
import type { PolicyRight, RightId } from '../document/policy-types';
import { responseDeadline } from './response-deadline';
import { RightsRequestError } from './rights-request-error';
import type {
  Jurisdiction,
  RightsRequestClient,
  RightsRequestReceipt,
  RightsRequestTransport,
} from './rights-request-types';
import { validateRightsRequest } from './validate-rights-request';

/** Where requests go: an HTTP endpoint (the SDK's server handler) or any transport. */
export type RightsRequestClientTarget =
  | { endpoint: string | URL; transport?: never }
  | { transport: RightsRequestTransport; endpoint?: never };

export interface RightsRequestClientOptions {
  /**
   * Fills `dueBy` with `responseDeadline` when the transport's receipt has none
   * (e.g. the e-mail transport, or a server that does not compute it).
   */
  jurisdiction?: Jurisdiction;
  /**
   * The host's own promise, in calendar days, used where the law fixes no period
   * (`dueBySource: 'service-level'`). A statutory deadline always wins.
   */
  serviceLevelDays?: number;
  /** IANA zone for calendar arithmetic of deadlines and service levels. Default UTC. */
  timeZone?: string;
  /** The policy's rights (`policy.rights`): a request for another right is invalid. */
  rights?: readonly (RightId | PolicyRight)[];
  /** Retry policy of the HTTP transport (`{ endpoint }` only). */
  retry?: RetryOptions;
  /** Per-attempt timeout of the HTTP transport, ms (`{ endpoint }` only). Default 15 000. */
  timeoutMs?: number;
  /** The `fetch` of the HTTP transport (`{ endpoint }` only). */
  fetch?: typeof fetch;
}

/**
 * A client that validates and delivers data-subject requests.
 *
 * `submit` validates first: an invalid request rejects with `RightsRequestError`
 * `code: 'invalid'` (and `.issues`) without touching the network. Otherwise the
 * transport delivers it — `{ endpoint }` means `httpTransport(endpoint)` with
 * idempotency keys, retries, timeouts and abort — and the receipt comes back
 * `{ reference, right, submittedAt, dueBy }`. Where the receipt has no deadline,
 * `jurisdiction` computes the statutory one and `serviceLevelDays` fills in where the
 * law is silent.
 *
 * @example
 * const client = createRightsRequestClient(
 *   { endpoint: '/api/rights-requests' },
 *   { jurisdiction: 'id-pdp', serviceLevelDays: 14, rights: policy.rights },
 * );
 * const receipt = await client.submit({
 *   policyId: policy.id, policyVersion: policy.version, locale: 'id-ID',
 *   right: 'access', name: 'Siti Rahma', email: 'siti@example.com',
 * });
 * receipt.reference; // "CTT-2026-000123"
 */
export function createRightsRequestClient(
  target: RightsRequestClientTarget,
  options: RightsRequestClientOptions = {},
): RightsRequestClient {
  const transport =
    target.transport ??
    httpTransport(target.endpoint as string | URL, {
      retry: options.retry,
      timeoutMs: options.timeoutMs,
      fetch: options.fetch,
    });
  // The request whose delivery failed retryably (or is in flight), and its key.
  let pending: { fingerprint: string; key: string } | undefined;

  function completeDueBy(receipt: RightsRequestReceipt): RightsRequestReceipt {
    if (receipt.dueBy !== null) return receipt;
    const { jurisdiction, serviceLevelDays, timeZone } = options;
    const submittedAt = receipt.submittedAt;
    const law = jurisdiction
      ? responseDeadline({ jurisdiction, right: receipt.right, submittedAt, timeZone })
      : null;
    if (law !== null) return { ...receipt, dueBy: law, dueBySource: 'law' };
    if (serviceLevelDays === undefined) return receipt;
    const days = { days: serviceLevelDays };
    const dueBy = addCalendarPeriod(new Date(submittedAt), days, timeZone).toISOString();
    return { ...receipt, dueBy, dueBySource: 'service-level' };
  }

  return {
    async submit(request, { signal, idempotencyKey } = {}) {
      const result = validateRightsRequest(request, { rights: options.rights });
      if (!result.success) {
        const summary = result.issues.map((i) => `${i.field}: ${i.message}`).join('; ');
        throw new RightsRequestError('invalid', `Invalid rights request (${summary})`, {
          retryable: false,
          issues: result.issues,
        });
      }
      const fingerprint = JSON.stringify(result.data);
      const key =
        idempotencyKey ??
        (pending?.fingerprint === fingerprint ? pending.key : createIdempotencyKey());
      pending = { fingerprint, key };
      try {
        const receipt = completeDueBy(
          await transport(result.data, { signal, idempotencyKey: key }),
        );
        if (pending?.key === key) pending = undefined;
        return receipt;
      } catch (error) {
        const failure =
          error instanceof RightsRequestError
            ? error
            : new RightsRequestError('network', `Transport failed: ${String(error)}`, {
                retryable: true,
                cause: error,
              });
        if (!failure.retryable && pending?.key === key) pending = undefined;
        throw failure;
      }
    },
  };
}
