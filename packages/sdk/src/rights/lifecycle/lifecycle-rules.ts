import type { Jurisdiction } from '../rights-request-types';

/** A calendar period: whole months, days and hours. */
export interface RequestPeriod {
  months?: number;
  days?: number;
  hours?: number;
}

/** An extension of the reply period that the law (or the host's counsel) allows. */
export interface ExtensionRule {
  /** Added to the statutory deadline. */
  by: RequestPeriod;
  /** The person must be told of the extension, with its reasons, within this long of receipt. */
  noticeWithin?: RequestPeriod;
  /** Where the rule comes from, for the record (an article, or the host's own policy). */
  source: string;
}

/** How a jurisdiction's clock runs beyond the bare reply period of `responseDeadline`. */
export interface LifecycleRules {
  /** The extension the controller may take once, or `null` where none is provided. */
  extension: ExtensionRule | null;
  /**
   * Whether time spent `awaiting-requester` (the controller waiting on the person) is added to
   * the deadline. Off unless the host turns it on (see `lifecycleRules`).
   */
  pauseWhileAwaitingRequester: boolean;
  /** IANA zone for calendar arithmetic (months, days): the controller's, e.g. `Asia/Jakarta`. */
  timeZone?: string;
}

/**
 * The lifecycle rules for a jurisdiction, with the host's overrides on top.
 *
 * - `gdpr` — Art. 12(3): the one-month period "may be extended by two further months where
 *   necessary, taking into account the complexity and number of the requests", and the
 *   controller "shall inform the data subject of any such extension within one month of receipt
 *   of the request, together with the reasons for the delay".
 * - `id-pdp` — UU PDP (Law 27 of 2022): no provision found that lets the controller extend the
 *   3 × 24-hour periods of Pasal 30(2), 32(2), 40(2) and 41(2), so none is applied. A host whose
 *   counsel finds one (or a sector rule) passes its own `extension`.
 *
 * Pausing the clock while the controller waits on the person: neither GDPR Art. 12 nor UU PDP
 * says so in its text (no provision found; supervisory guidance was not verified here), so it is
 * off by default and the host decides with `pauseWhileAwaitingRequester`.
 *
 * @example
 * lifecycleRules('gdpr').extension?.by; // { months: 2 }
 * lifecycleRules('id-pdp', { timeZone: 'Asia/Jakarta' }).extension; // null
 */
export function lifecycleRules(
  jurisdiction: Jurisdiction,
  overrides: Partial<LifecycleRules> = {},
): LifecycleRules {
  const base: LifecycleRules =
    jurisdiction === 'gdpr'
      ? {
          extension: { by: { months: 2 }, noticeWithin: { months: 1 }, source: 'GDPR Art. 12(3)' },
          pauseWhileAwaitingRequester: false,
        }
      : { extension: null, pauseWhileAwaitingRequester: false };
  return { ...base, ...overrides };
}
