import type { AcknowledgementRecord, AcknowledgementStore } from './acknowledgement-types';
import { calendarDay, dayIn } from '../dates/format-policy-date';
import type { PolicyDocument } from '../document/policy-types';
import { zoneOffsetAt } from '../dates/zone-offset';

/**
 * Thrown when `upcoming` cannot be the next version of `policy`: another
 * policy's id, or no `effectiveDate`.
 *
 * @example
 * try {
 *   policyChangeNotice({ policy, upcoming, now });
 * } catch (error) {
 *   if (error instanceof PolicyChangeNoticeError) reportConfigProblem(error.message);
 * }
 */
export class PolicyChangeNoticeError extends Error {
  override readonly name = 'PolicyChangeNoticeError';
}

/**
 * What {@link policyChangeNotice} is given.
 *
 * @example
 * const input: PolicyChangeNoticeInput = { policy, upcoming, now: new Date(), timeZone: 'Asia/Jakarta' };
 */
export interface PolicyChangeNoticeInput {
  /** The version in force until `upcoming` takes effect. */
  policy: PolicyDocument;
  /** The next version, with an `effectiveDate`; `null`/absent when none is planned. */
  upcoming?: PolicyDocument | null;
  /** The clock: pass the same instant to every call of one render (and on server and client). */
  now: Date;
  /**
   * IANA zone whose midnight starts `effectiveDate` — `Asia/Jakarta` for a
   * policy that takes effect on a Jakarta calendar day. Default `UTC`.
   */
  timeZone?: string;
}

/**
 * - `none` — nothing planned (no `upcoming`, or it is this very version);
 * - `upcoming` — `upcoming` takes effect on a later day: tell people now;
 * - `in-effect` — its day has come: `upcoming` is the policy now, and the
 *   usual "policy updated" flow applies to it, with `policy` as the previous version.
 *
 * @example
 * const showBanner = (status: PolicyChangeStatus) => status === 'upcoming';
 */
export type PolicyChangeStatus = 'none' | 'upcoming' | 'in-effect';

/**
 * The answer of {@link policyChangeNotice}.
 *
 * @example
 * // { status: 'upcoming', current: policy, upcoming, effectiveDate: '2027-01-01',
 * //   takesEffectAt: '2026-12-31T17:00:00.000Z', daysUntil: 31 }
 */
export interface PolicyChangeNotice {
  status: PolicyChangeStatus;
  /** The version that applies at `now`: `upcoming` once it is in effect, else `policy`. */
  current: PolicyDocument;
  /** The version `current` replaced, when `upcoming` has taken effect (for `diffPolicies`). */
  previous?: PolicyDocument;
  /** The version to announce, only while `status` is `upcoming`. */
  upcoming?: PolicyDocument;
  /** `upcoming.effectiveDate` (`YYYY-MM-DD`), when there is an upcoming version. */
  effectiveDate?: string;
  /** The instant it takes effect: the start of `effectiveDate` in `timeZone` (ISO 8601, UTC). */
  takesEffectAt?: string;
  /** Calendar days from today (in `timeZone`) to `effectiveDate`: ≥ 1 while upcoming, ≤ 0 after. */
  daysUntil?: number;
}

const DAY = 86_400_000;

/**
 * Decides whether to announce an upcoming version of a policy before it
 * applies — UU PDP 27/2022 Pasal 21(2) has a controller notify data subjects
 * *before* a change to the processing takes effect — or whether it already
 * applies. A version takes effect at the start of its `effectiveDate` in
 * `timeZone`; until then it is `upcoming`.
 *
 * Throws {@link PolicyChangeNoticeError} when `upcoming` is another policy
 * (different `id`) or has no `effectiveDate` — a configuration mistake that
 * should be loud rather than silently never announced.
 *
 * @example
 * const notice = policyChangeNotice({ policy, upcoming, now: new Date(), timeZone: 'Asia/Jakarta' });
 * if (notice.status === 'upcoming') showBanner(notice.effectiveDate, diffPolicies(policy, notice.upcoming!));
 * else showDialogFor(notice.current, notice.previous);
 */
export function policyChangeNotice(input: PolicyChangeNoticeInput): PolicyChangeNotice {
  const { policy, upcoming, now } = input;
  const timeZone = input.timeZone ?? 'UTC';
  if (!upcoming) return { status: 'none', current: policy };
  if (upcoming.id !== policy.id) {
    throw new PolicyChangeNoticeError(
      `upcoming is policy "${upcoming.id}", not a next version of "${policy.id}"`,
    );
  }
  if (upcoming.version === policy.version) return { status: 'none', current: policy };
  const effectiveDate = upcoming.effectiveDate;
  if (!effectiveDate) {
    throw new PolicyChangeNoticeError(
      `upcoming version "${upcoming.version}" of "${upcoming.id}" has no effectiveDate, so it cannot be announced before it applies`,
    );
  }
  const effectiveDay = calendarDay(effectiveDate, 'UTC');
  const daysUntil = Math.round((effectiveDay - dayIn(now, timeZone)) / DAY);
  const takesEffectAt = new Date(startOfDay(effectiveDay, timeZone)).toISOString();
  if (daysUntil > 0) {
    return {
      status: 'upcoming',
      current: policy,
      upcoming,
      effectiveDate,
      takesEffectAt,
      daysUntil,
    };
  }
  return {
    status: 'in-effect',
    current: upcoming,
    previous: policy,
    effectiveDate,
    takesEffectAt,
    daysUntil,
  };
}

/**
 * The UTC instant at which calendar day `day` (a UTC-midnight timestamp)
 * begins in `timeZone`, daylight-saving changes included.
 */
function startOfDay(day: number, timeZone: string): number {
  if (timeZone === 'UTC') return day;
  const offset = (t: number) => zoneOffsetAt(t, timeZone);
  // Local midnight is `day` minus the zone's offset at that moment; the offset
  // at UTC midnight and the one found from it bracket it. Where clocks skip
  // midnight (America/Santiago springs forward at 24:00), only the later
  // candidate is on the right day: the day starts when the clocks jump.
  const first = day - offset(day);
  const second = day - offset(first);
  const onDay = [first, second].filter((t) => dayIn(new Date(t), timeZone) === day);
  return onDay.length > 0 ? Math.min(...onDay) : first;
}

/**
 * The id under which the acknowledgement of an upcoming-change *notice* is
 * kept — apart from the policy's own record, so acknowledging the notice for
 * the next version does not count as acknowledging the current one (and the
 * other way round). `:` cannot occur in a policy id (a slug), so it never
 * collides with a real policy.
 *
 * @example
 * noticeRecordId('ctt-privacy'); // 'ctt-privacy:notice' → stored under 'policykit:ack:ctt-privacy:notice'
 */
export function noticeRecordId(policyId: string): string {
  return `${policyId}:notice`;
}

/**
 * Records that the person saw the notice of `upcoming` (its id, version,
 * locale and time, with a receipt id), in any `AcknowledgementStore`.
 *
 * @example
 * const record = acknowledgeUpcomingNotice(store, upcoming);
 * // { policyId: 'ctt-privacy:notice', version: '2027-01-01', locale: 'id-ID', … }
 */
export function acknowledgeUpcomingNotice(
  store: AcknowledgementStore,
  upcoming: PolicyDocument,
): AcknowledgementRecord {
  return store.acknowledge({ ...upcoming, id: noticeRecordId(upcoming.id) });
}

/**
 * True while there is an upcoming version to announce that the person has
 * neither acknowledged as a notice nor (say, on another device) as the policy.
 *
 * @example
 * const notice = policyChangeNotice({ policy, upcoming, now });
 * if (needsUpcomingNotice(store, notice)) showBanner();
 */
export function needsUpcomingNotice(
  store: AcknowledgementStore,
  notice: PolicyChangeNotice,
): boolean {
  const upcoming = notice.upcoming;
  if (notice.status !== 'upcoming' || !upcoming) return false;
  return (
    store.get(noticeRecordId(upcoming.id))?.version !== upcoming.version &&
    store.get(upcoming.id)?.version !== upcoming.version
  );
}

/**
 * Whether the version in force needs acknowledging: `store.needsAcknowledgement`,
 * except that a person who acknowledged this version's notice *before* it took
 * effect was already told (Pasal 21(2)) and is not asked again.
 *
 * @example
 * const notice = policyChangeNotice({ policy, upcoming, now });
 * if (acknowledgementDue(store, notice.current)) openDialog(notice.current, notice.previous);
 */
export function acknowledgementDue(store: AcknowledgementStore, current: PolicyDocument): boolean {
  return (
    store.needsAcknowledgement(current) &&
    store.get(noticeRecordId(current.id))?.version !== current.version
  );
}

/**
 * Reads both records of a policy — its own and its notice's — from the
 * storage (`store.load` for each), for async storages before deciding.
 *
 * @example
 * await loadAcknowledgements(store, policy.id);
 * const due = acknowledgementDue(store, policy);
 */
export async function loadAcknowledgements(
  store: AcknowledgementStore,
  policyId: string,
): Promise<{ policy: AcknowledgementRecord | null; notice: AcknowledgementRecord | null }> {
  const [policy, notice] = await Promise.all([
    store.load(policyId),
    store.load(noticeRecordId(policyId)),
  ]);
  return { policy, notice };
}
