/**
 * Thrown for a date that is not an ISO date (`YYYY-MM-DD`) or instant, or not
 * on the calendar (`2023-02-29`). `value` is what was given.
 *
 * @example
 * try {
 *   formatPolicyDate(input, 'en');
 * } catch (error) {
 *   if (error instanceof PolicyDateError) console.warn('bad date', error.value);
 * }
 */
export class PolicyDateError extends RangeError {
  override readonly name = 'PolicyDateError';
  constructor(readonly value: unknown) {
    super(`Not an ISO 8601 date or instant: ${JSON.stringify(value)}`);
  }
}

/**
 * Options shared by the date helpers.
 *
 * @example
 * formatPolicyDate(record.acknowledgedAt, 'id-ID', { timeZone: 'Asia/Jakarta' });
 */
export interface PolicyDateOptions {
  /**
   * IANA time zone (e.g. `Asia/Jakarta`) in which an *instant* is read as a
   * calendar date, and in which "now" is read by {@link relativeTimeFromNow}.
   * Default `UTC`: the same answer on the server and in the browser, so a
   * server-rendered page hydrates without a mismatch. Date-only values
   * (`2024-06-12`) are calendar dates and never shift, whatever the zone.
   */
  timeZone?: string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const DAY = 86_400_000;

/** A calendar day as a UTC midnight timestamp, so days can be subtracted (internal; not in the barrel). */
export function calendarDay(iso: string, timeZone: string): number {
  const date = DATE_ONLY.exec(iso);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const time = Date.UTC(y, m - 1, d);
    // Date.UTC rolls 2024-02-30 over to March: a date that does not round-trip is not real.
    if (new Date(time).getUTCDate() !== d || new Date(time).getUTCMonth() !== m - 1) {
      throw new PolicyDateError(iso);
    }
    return time;
  }
  if (typeof iso === 'string' && INSTANT.test(iso)) {
    const time = Date.parse(iso);
    if (!Number.isNaN(time)) return dayIn(new Date(time), timeZone);
  }
  throw new PolicyDateError(iso);
}

/** The calendar day (as UTC midnight) that `date` falls on in `timeZone` (internal; not in the barrel). */
export function dayIn(date: Date, timeZone: string): number {
  if (timeZone === 'UTC') {
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'));
}

/** A locale Intl accepts: `_` read as `-`, anything invalid replaced by `en`. */
function intlLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale.trim().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * A policy date as a reader writes it: `12 Juni 2024` (`id-ID`), `30 September
 * 2025` (`en-GB`), `June 12, 2024` (`en-US`). A date-only value is formatted
 * as that very calendar date (no off-by-one in zones west of UTC); an instant
 * is shown as its date in `timeZone` (default UTC). An invalid locale falls
 * back to English; an invalid date throws {@link PolicyDateError}.
 *
 * @example
 * formatPolicyDate('2024-06-12', 'id-ID'); // '12 Juni 2024'
 * formatPolicyDate('2025-09-30', 'en-GB'); // '30 September 2025'
 * formatPolicyDate('2024-06-11T20:00:00Z', 'id-ID', { timeZone: 'Asia/Jakarta' }); // '12 Juni 2024'
 */
export function formatPolicyDate(
  isoDate: string,
  locale: string,
  options: PolicyDateOptions = {},
): string {
  const day = calendarDay(isoDate, options.timeZone ?? 'UTC');
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);
}

/**
 * A signed distance in one unit, as `Intl.RelativeTimeFormat` takes it.
 *
 * @example
 * const { value, unit } = relativeTime('2024-06-12', now);
 * new Intl.RelativeTimeFormat('id', { numeric: 'always' }).format(value, unit); // '2 tahun yang lalu'
 */
export interface RelativeTime {
  value: number;
  unit: 'day' | 'week' | 'month' | 'year';
}

/**
 * How far a date is from `now` in whole calendar units, negative in the past:
 * days under a week, weeks under a month, months under a year, then years —
 * always rounded toward zero (23 months is `-1 year`, never "2 years").
 *
 * @example
 * relativeTime('2024-06-12', new Date('2026-06-12T08:00:00Z')); // { value: -2, unit: 'year' }
 * relativeTime('2026-06-02', new Date('2026-06-12T08:00:00Z')); // { value: -1, unit: 'week' }
 */
export function relativeTime(
  isoDate: string,
  now: Date = new Date(),
  options: PolicyDateOptions = {},
): RelativeTime {
  const timeZone = options.timeZone ?? 'UTC';
  const target = new Date(calendarDay(isoDate, timeZone));
  const today = new Date(dayIn(now, timeZone));
  const days = Math.round((target.getTime() - today.getTime()) / DAY);
  if (Math.abs(days) < 7) return { value: days, unit: 'day' };
  let months =
    (target.getUTCFullYear() - today.getUTCFullYear()) * 12 +
    (target.getUTCMonth() - today.getUTCMonth());
  // Only whole months count: 12 May → 11 June is not yet a month.
  if (days < 0 && target.getUTCDate() > today.getUTCDate()) months += 1;
  if (days > 0 && target.getUTCDate() < today.getUTCDate()) months -= 1;
  if (months === 0) return { value: Math.trunc(days / 7), unit: 'week' };
  if (Math.abs(months) < 12) return { value: months, unit: 'month' };
  return { value: Math.trunc(months / 12), unit: 'year' };
}

/**
 * "2 years ago" / "2 tahun yang lalu" — how long ago (or until) a policy date
 * is, in the reader's language, through `Intl.RelativeTimeFormat`, in whole
 * calendar units ({@link relativeTime}); "today" / "yesterday" for the last
 * days. Pass the same `now` and `timeZone` on the server and in the browser to
 * hydrate without a mismatch.
 *
 * @example
 * relativeTimeFromNow('2024-06-12', 'en', new Date('2026-07-01T00:00:00Z')); // '2 years ago'
 * relativeTimeFromNow('2024-06-12', 'id-ID', new Date('2026-07-01T00:00:00Z')); // '2 tahun yang lalu'
 */
export function relativeTimeFromNow(
  isoDate: string,
  locale: string,
  now: Date = new Date(),
  options: PolicyDateOptions = {},
): string {
  const { value, unit } = relativeTime(isoDate, now, options);
  return new Intl.RelativeTimeFormat(intlLocale(locale), {
    numeric: unit === 'day' ? 'auto' : 'always',
  }).format(value, unit);
}
