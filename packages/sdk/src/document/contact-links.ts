import type { ContactDetails } from './policy-types';
import { isSafeHref, isWebHref } from './safe-href';

/** Link targets for a contact's details; a field is absent when it cannot be a safe link. */
export interface ContactLinks {
  /** `mailto:` address, when `email` looks like one address (no spaces, one `@`, no `?`/`&`). */
  email?: string;
  /** `tel:` number in RFC 3966 global or local form: digits and a leading `+` only. */
  phone?: string;
  /** The `https:`/`http:` address itself. */
  url?: string;
}

// One address, nothing a mail client would read as extra headers (`?cc=`, `&body=`).
const EMAIL = /^[^\s@?&#<>"]+@[^\s@?&#<>"]+\.[^\s@?&#<>"]+$/;

/**
 * Where a contact block's e-mail, phone and web address should link to, given
 * what a reader sees. Only safe schemes come out (`mailto:`, `tel:`, `https:`,
 * `http:`, checked against the format's link rule, {@link isSafeHref}); anything else —
 * a mangled address such as `[email protected]`, a phone with no digits — is
 * left out so the viewer shows it as plain text rather than a broken link.
 *
 * @example
 * contactLinks({ email: 'privacy@ctt.id', phone: '+62 21 1234 5678' });
 * // { email: 'mailto:privacy@ctt.id', phone: 'tel:+622112345678' }
 */
export function contactLinks(contact: ContactDetails): ContactLinks {
  const links: ContactLinks = {};
  const email = contact.email?.trim();
  if (email && EMAIL.test(email)) links.email = safe(`mailto:${email}`);
  const phone = contact.phone?.trim();
  if (phone) {
    // RFC 3966: visual separators (spaces, dots, dashes, brackets) are not part of the number.
    const digits = phone.replace(/[^\d]/g, '');
    if (digits.length >= 3) links.phone = safe(`tel:${phone.startsWith('+') ? '+' : ''}${digits}`);
  }
  const url = contact.url?.trim();
  if (url && isWebHref(url)) links.url = safe(url);
  for (const key of Object.keys(links) as (keyof ContactLinks)[]) {
    if (links[key] === undefined) delete links[key];
  }
  return links;
}

function safe(href: string): string | undefined {
  return isSafeHref(href) ? href : undefined;
}
