import type { PolicyKitT } from '../i18n/use-policykit-translation';

/** How the inbox writes dates and hours: one `Intl` formatter per locale and zone, not one per cell. */
export interface InboxFormat {
  t: PolicyKitT;
  date: (iso: string) => string;
  hours: (hoursLeft: number) => string;
}

export function dateFormatter(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  if (timeZone) options.timeZone = timeZone;
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat('en', options);
  }
}

export function hourFormatter(locale: string): Intl.NumberFormat {
  const options: Intl.NumberFormatOptions = { style: 'unit', unit: 'hour', unitDisplay: 'long' };
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    return new Intl.NumberFormat('en', options);
  }
}
