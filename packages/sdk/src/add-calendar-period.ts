/**
 * Calendar arithmetic on instants, in UTC or in an IANA time zone (internal helper
 * of `responseDeadline` and the clients' service levels; not exported publicly).
 *
 * Months follow the rule of EU Regulation 1182/71 Art. 3(2)(c), which the GDPR's
 * "one month" uses: the same day of the month, or the month's last day when that
 * day does not exist (31 Jan + 1 month → 28 Feb, or 29 Feb in a leap year).
 * The time of day stays the same wall-clock time in the chosen zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (cause) {
      throw new RangeError(
        `Unknown time zone "${timeZone}": expected an IANA name like "Asia/Jakarta"`,
        {
          cause,
        },
      );
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at `instant`, in milliseconds (whole seconds). */
function offsetAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

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
