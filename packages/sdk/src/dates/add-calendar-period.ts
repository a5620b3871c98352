/**
 * Calendar arithmetic on instants, in UTC or in an IANA time zone (internal helper
 * of `responseDeadline` and the clients' service levels; not exported publicly).
 *
 * Months follow the rule of EU Regulation 1182/71 Art. 3(2)(c), which the GDPR's
 * "one month" uses: the same day of the month, or the month's last day when that
 * day does not exist (31 Jan + 1 month → 28 Feb, or 29 Feb in a leap year).
 * The time of day stays the same wall-clock time in the chosen zone.
 */
import { zoneOffsetAt as offsetAt } from './zone-offset';

/**
 * The instant at which the wall clock in `timeZone` shows `wall` (a UTC-encoded
 * wall time). Ambiguous times (clocks going back) take the earlier instant; times
 * skipped by a forward jump move forward by the jump — Temporal's "compatible" rule.
 */
function instantOfWallTime(wall: number, timeZone: string): number {
  const day = 86_400_000;
  const before = offsetAt(wall - day, timeZone);
  const after = offsetAt(wall + day, timeZone);
  const earlier = wall - before;
  if (offsetAt(earlier, timeZone) === before) return earlier;
  const later = wall - after;
  if (offsetAt(later, timeZone) === after) return later;
  return earlier; // in a gap: `before` still applies, which lands after the jump
}

/** `instant` plus whole `months` and `days` on the calendar of `timeZone` (default UTC). */
export function addCalendarPeriod(
  instant: Date,
  period: { months?: number; days?: number },
  timeZone?: string,
): Date {
  const time = instant.getTime();
  const offset = timeZone ? offsetAt(time, timeZone) : 0;
  const local = new Date(time + offset);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + (period.months ?? 0);
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const wall = Date.UTC(
    year,
    month,
    Math.min(local.getUTCDate(), lastDay) + (period.days ?? 0),
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
    local.getUTCMilliseconds(),
  );
  return new Date(timeZone ? instantOfWallTime(wall, timeZone) : wall);
}
