import { addCalendarPeriod } from '../dates/add-calendar-period';
import type { RightId } from '../document/policy-types';
import type { Jurisdiction } from './rights-request-types';

export interface ResponseDeadlineInput {
  jurisdiction: Jurisdiction;
  right: RightId;
  /** When the request was received: an ISO 8601 string or a `Date`. */
  submittedAt: string | Date;
  /**
   * IANA zone whose calendar month arithmetic uses (`Asia/Jakarta`, `Europe/Berlin`):
   * the deadline falls on the same local wall-clock time, across DST changes.
   * Default: UTC. Periods counted in hours (UU PDP) do not depend on it.
   */
  timeZone?: string;
}

const HOUR = 3_600_000;

/**
 * UU PDP (Law 27 of 2022 on Personal Data Protection): the controller must act
 * "paling lambat 3 x 24 (tiga kali dua puluh empat) jam" after the request for:
 * - rectification — the right in Pasal 6, the duty and period in Pasal 30(2);
 * - access (and a copy) — right in Pasal 7, period in Pasal 32(2);
 * - withdrawing consent — right in Pasal 9, period (stop processing) in Pasal 40(2);
 * - restriction (delaying or limiting processing) — right in Pasal 11, period in Pasal 41(2).
 * Erasure (Pasal 8; Pasal 43–44 set no period for a request), objection to automated
 * decisions (Pasal 10), portability (Pasal 13), information (Pasal 5), complaint
 * and custom rights: no fixed period was found in the law, so `null`.
 */
function idPdpHours(right: RightId): number | null {
  switch (right) {
    case 'rectification':
    case 'access':
    case 'withdraw-consent':
    case 'restriction':
      return 3 * 24;
    case 'erasure':
    case 'objection':
    case 'portability':
    case 'automated-decision':
    case 'information':
    case 'complaint':
      return null;
    default:
      right satisfies `x-${string}`;
      return null;
  }
}

/**
 * GDPR Art. 12(3): information on action taken on a request under Articles 15 to 22
 * "without undue delay and in any event within one month of receipt of the request";
 * the controller may extend that by two further months where necessary, telling the
 * person within the first month (the extension is the controller's call, so it is not
 * applied here). Art. 15 access, 16 rectification, 17 erasure, 18 restriction,
 * 20 portability, 21 objection, 22 automated decisions. Withdrawing consent (Art. 7(3)),
 * information (Art. 13–14, not a request), a complaint to an authority (Art. 77) and
 * custom rights are outside Art. 12(3): `null`.
 */
function gdprMonths(right: RightId): number | null {
  switch (right) {
    case 'access':
    case 'rectification':
    case 'erasure':
    case 'restriction':
    case 'portability':
    case 'objection':
    case 'automated-decision':
      return 1;
    case 'withdraw-consent':
    case 'information':
    case 'complaint':
      return null;
    default:
      right satisfies `x-${string}`;
      return null;
  }
}

/**
 * The instant by which the law wants a reply to a data-subject request, as an ISO
 * 8601 UTC string, or `null` where the law fixes no period for that right (a host
 * can promise its own service level with the client's `serviceLevelDays`).
 *
 * - `id-pdp`: 3 × 24 hours for rectification, access, withdrawing consent and
 *   restriction (UU PDP Pasal 30, 32, 40, 41); `null` otherwise.
 * - `gdpr`: one calendar month for the rights of Art. 15–22 (Art. 12(3)); 31 January
 *   gives 28 (or 29) February; `null` otherwise.
 *
 * Throws a `RangeError` for an unknown jurisdiction, an unreadable `submittedAt`
 * or an unknown `timeZone`.
 *
 * @example
 * responseDeadline({ jurisdiction: 'id-pdp', right: 'access', submittedAt: '2026-03-02T09:00:00Z' });
 * // → '2026-03-05T09:00:00.000Z'
 * responseDeadline({ jurisdiction: 'gdpr', right: 'erasure', submittedAt: '2028-01-31T10:00:00Z' });
 * // → '2028-02-29T10:00:00.000Z'
 */
export function responseDeadline({
  jurisdiction,
  right,
  submittedAt,
  timeZone,
}: ResponseDeadlineInput): string | null {
  const start = new Date(submittedAt);
  if (Number.isNaN(start.getTime())) {
    throw new RangeError(`submittedAt "${String(submittedAt)}" is not a valid date`);
  }
  switch (jurisdiction) {
    case 'id-pdp': {
      const hours = idPdpHours(right);
      return hours === null ? null : new Date(start.getTime() + hours * HOUR).toISOString();
    }
    case 'gdpr': {
      const months = gdprMonths(right);
      return months === null ? null : addCalendarPeriod(start, { months }, timeZone).toISOString();
    }
    default:
      jurisdiction satisfies never;
      throw new RangeError(
        `Unknown jurisdiction "${String(jurisdiction)}": expected "id-pdp" or "gdpr"`,
      );
  }
}
