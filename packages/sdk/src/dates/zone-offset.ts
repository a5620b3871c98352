/**
 * Time-zone offsets from `Intl` alone (no time-zone database shipped): the one
 * place that turns an instant into a zone's wall-clock offset, for calendar
 * arithmetic (`add-calendar-period.ts`) and the start of a local day
 * (`policy-change-notice.ts`).
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

/**
 * The zone's offset from UTC at `instant`, in milliseconds (whole seconds).
 * Throws a `RangeError` naming the zone when it is not a known IANA name.
 *
 * @example
 * zoneOffsetAt(Date.UTC(2026, 0, 1), 'Asia/Jakarta'); // 25_200_000 (UTC+7)
 */
export function zoneOffsetAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}
