import {
  RightsRequestError,
  type RightsRequest,
  type RightsRequestFieldIssue,
  type RightsRequestReceipt,
  type RightsRequestTransport,
} from '@policykit/sdk';

/**
 * What one call of a scripted transport does:
 * - `success` — resolves a receipt (`reference`, `dueBy` as given; `dueBy` defaults to `null`,
 *   which the client or the form completes from the jurisdiction; `via: 'email'` as
 *   `mailtoTransport` does);
 * - `retryable` — rejects like a 503: `RightsRequestError` with `retryable: true`;
 * - `final` — rejects like a 4xx: `retryable: false`, with the server's message and, for a
 *   400, per-field `issues`;
 * - `slow` — waits until `release()` is called (or the call is aborted), then does `then`
 *   (a success by default): the "sending" state, held as long as a test or story needs.
 */
export type ScriptedOutcome =
  | { kind: 'success'; reference?: string; dueBy?: string | null; via?: 'email' }
  | { kind: 'retryable'; status?: number }
  | { kind: 'final'; status?: number; serverMessage?: string; issues?: RightsRequestFieldIssue[] }
  | { kind: 'slow'; then?: Exclude<ScriptedOutcome, { kind: 'slow' }> };

export interface ScriptedCall {
  request: RightsRequest;
  idempotencyKey: string;
}

export interface ScriptedTransport {
  /** Pass to `createRightsRequestClient({ transport })`. */
  transport: RightsRequestTransport;
  /** Every call, in order: count them to prove "one request per submit". */
  calls: ScriptedCall[];
  /** Lets every waiting `slow` call go on. */
  release: () => void;
}

export interface ScriptedTransportOptions {
  /** The receipts' `submittedAt` (fixed in stories so dates do not drift). Default: now. */
  now?: () => Date;
  /** Prefix of the made-up references: `CTT` → `CTT-2026-000001`. */
  referencePrefix?: string;
}

/**
 * An in-memory `RightsRequestTransport` for tests and stories: no network, outcomes
 * scripted in order (the last one repeats), every call recorded.
 *
 * @example
 * const scripted = scriptedTransport([{ kind: 'retryable' }, { kind: 'success' }]);
 * const client = createRightsRequestClient({ transport: scripted.transport });
 * // … submit twice …
 * expect(scripted.calls.map((call) => call.idempotencyKey)).toEqual([key, key]);
 */
export function scriptedTransport(
  outcomes: ScriptedOutcome | readonly ScriptedOutcome[],
  { now = () => new Date(), referencePrefix = 'REQ' }: ScriptedTransportOptions = {},
): ScriptedTransport {
  const script = Array.isArray(outcomes) ? [...outcomes] : [outcomes as ScriptedOutcome];
  if (script.length === 0) throw new TypeError('scriptedTransport needs at least one outcome');
  const calls: ScriptedCall[] = [];
  const waiting = new Set<() => void>();

  function settle(
    outcome: Exclude<ScriptedOutcome, { kind: 'slow' }>,
    request: RightsRequest,
    number: number,
  ): RightsRequestReceipt {
    switch (outcome.kind) {
      case 'success': {
        const submittedAt = now();
        return {
          reference:
            outcome.reference ??
            `${referencePrefix}-${submittedAt.getUTCFullYear()}-${String(number).padStart(6, '0')}`,
          right: request.right,
          submittedAt: submittedAt.toISOString(),
          dueBy: outcome.dueBy ?? null,
          ...(outcome.via ? { via: outcome.via } : {}),
        };
      }
      case 'retryable':
        throw new RightsRequestError('http', `HTTP ${outcome.status ?? 503}`, {
          retryable: true,
          status: outcome.status ?? 503,
        });
      case 'final': {
        const status = outcome.status ?? (outcome.issues ? 400 : 422);
        throw new RightsRequestError(outcome.issues ? 'invalid' : 'http', `HTTP ${status}`, {
          retryable: false,
          status,
          ...(outcome.serverMessage === undefined ? {} : { serverMessage: outcome.serverMessage }),
          ...(outcome.issues === undefined ? {} : { issues: outcome.issues }),
        });
      }
      default:
        return outcome satisfies never;
    }
  }

  const transport: RightsRequestTransport = async (request, { signal, idempotencyKey }) => {
    calls.push({ request, idempotencyKey });
    const number = calls.length;
    const outcome = script[Math.min(number - 1, script.length - 1)] as ScriptedOutcome;
    if (outcome.kind !== 'slow') return settle(outcome, request, number);
    await new Promise<void>((resolve, reject) => {
      const go = () => {
        waiting.delete(go);
        resolve();
      };
      waiting.add(go);
      signal?.addEventListener('abort', () => {
        waiting.delete(go);
        reject(new RightsRequestError('aborted', 'Aborted', { retryable: false }));
      });
    });
    return settle(outcome.then ?? { kind: 'success' }, request, number);
  };

  return {
    transport,
    calls,
    release() {
      for (const go of [...waiting]) go();
    },
  };
}
