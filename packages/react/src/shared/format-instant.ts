/**
 * An ISO instant as the person reads dates: `5 Maret 2026 pukul 16.00` (`id-ID`),
 * `5 March 2026 at 16:00` (`en-GB`), in the browser's own time zone — a reply-by
 * moment counted in hours (UU PDP's 3×24 h) needs the time as well as the day.
 * A locale `Intl` rejects falls back to English; an unreadable instant is shown as given
 * (it came from a server, and the person is better served by seeing it than by a blank).
 *
 * @example
 * formatInstant('2026-03-05T09:00:00Z', 'id-ID', 'Asia/Jakarta'); // '5 Maret 2026 pukul 16.00'
 */
export function formatInstant(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
  if (timeZone) options.timeZone = timeZone;
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}
