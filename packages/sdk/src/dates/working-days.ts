import { zoneOffsetAt } from './zone-offset';

/**
 * The days a host's team works: its zone, its weekend and its holidays. PolicyKit ships no holiday
 * list and asserts no regulator's rule: the host names its service level and supplies the days
 * (for Indonesia, the government's yearly joint decree on national holidays and collective leave).
 */
export interface WorkingCalendar {
  /** IANA zone whose calendar days count, e.g. `Asia/Jakarta` (WIB). Default UTC. */
  timeZone?: string;
  /** Days of the week off, 0 = Sunday … 6 = Saturday. Default Saturday and Sunday. */
  weekend?: readonly number[];
  /** Dates off, `YYYY-MM-DD` in the calendar's zone. */
  holidays?: readonly string[];
}

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date (`YYYY-MM-DD`) of `instant` in `timeZone`. */
function localDate(instant: number, timeZone: string | undefined): string {
  const offset = timeZone ? zoneOffsetAt(instant, timeZone) : 0;
  return new Date(instant + offset).toISOString().slice(0, 10);
}

function checkCalendar(calendar: WorkingCalendar): { weekend: Set<number>; holidays: Set<string> } {
  const weekend = new Set(calendar.weekend ?? [0, 6]);
  for (const day of weekend) {
    if (!Number.isInteger(day) || day < 0 || day > 6) {
      throw new RangeError(`weekend day ${String(day)} is not 0 (Sunday) … 6 (Saturday)`);
    }
  }
  if (weekend.size === 7) throw new RangeError('a calendar with no working day has no deadline');
  for (const holiday of calendar.holidays ?? []) {
    if (!DATE.test(holiday)) throw new RangeError(`holiday "${holiday}" is not a YYYY-MM-DD date`);
  }
  return { weekend, holidays: new Set(calendar.holidays ?? []) };
}

/**
 * Whether the calendar day of `date` (in the calendar's zone) is a working day.
 *
 * @example
 * isWorkingDay('2026-08-17T03:00:00Z', { timeZone: 'Asia/Jakarta', holidays: ['2026-08-17'] }); // false
 */
export function isWorkingDay(date: string | Date, calendar: WorkingCalendar = {}): boolean {
  const { weekend, holidays } = checkCalendar(calendar);
  const day = localDate(new Date(date).getTime(), calendar.timeZone);
  return !weekend.has(new Date(`${day}T00:00:00Z`).getUTCDay()) && !holidays.has(day);
}

/**
 * The end of the `days`-th working day after the day `start` falls on (that day itself does not
 * count, as "within N working days of receipt" is commonly read), as an ISO instant: the last
 * millisecond of that day in the calendar's zone. `days` 0 gives the end of the first working
 * day from `start` on.
 *
 * @example
 * // Received Friday 14 Aug 2026, 16:00 WIB; 17 Aug is Independence Day:
 * addWorkingDays('2026-08-14T09:00:00Z', 2, { timeZone: 'Asia/Jakarta', holidays: ['2026-08-17'] });
 * // → '2026-08-19T16:59:59.999Z' (end of Wednesday 19 Aug, WIB)
 */
export function addWorkingDays(
  start: string | Date,
  days: number,
  calendar: WorkingCalendar = {},
): string {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`days must be a whole number ≥ 0 (got ${String(days)})`);
  }
  const instant = new Date(start).getTime();
  if (Number.isNaN(instant)) throw new RangeError(`start "${String(start)}" is not a valid date`);
  const { weekend, holidays } = checkCalendar(calendar);
  const isWorking = (day: string) =>
    !weekend.has(new Date(`${day}T00:00:00Z`).getUTCDay()) && !holidays.has(day);
  let day = localDate(instant, calendar.timeZone);
  let counted = 0;
  // Day by day on the calendar; a year of holidays cannot make this loop long.
  if (days === 0) {
    while (!isWorking(day)) day = nextDay(day);
  } else {
    while (counted < days) {
      day = nextDay(day);
      if (isWorking(day)) counted++;
    }
  }
  return endOfDay(day, calendar.timeZone);
}

/**
 * Working days from the day after `start` up to and including the day of `end` (0 when `end` is
 * on or before `start`'s day) — "how many working days has this request been open".
 */
export function workingDaysBetween(
  start: string | Date,
  end: string | Date,
  calendar: WorkingCalendar = {},
): number {
  const { weekend, holidays } = checkCalendar(calendar);
  const from = localDate(new Date(start).getTime(), calendar.timeZone);
  const to = localDate(new Date(end).getTime(), calendar.timeZone);
  let count = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) {
    if (!weekend.has(new Date(`${day}T00:00:00Z`).getUTCDay()) && !holidays.has(day)) count++;
  }
  return count;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

/** The last millisecond of calendar day `day` in `timeZone`. */
function endOfDay(day: string, timeZone: string | undefined): string {
  const midnight = Date.parse(`${nextDay(day)}T00:00:00Z`); // next day's midnight, as a UTC wall time
  if (!timeZone) return new Date(midnight - 1).toISOString();
  // The instant the zone's clock shows that midnight: the offset read once near it, then at it.
  const guess = midnight - zoneOffsetAt(midnight, timeZone);
  return new Date(midnight - zoneOffsetAt(guess, timeZone) - 1).toISOString();
}
