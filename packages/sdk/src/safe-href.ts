/**
 * The format's link rule (`HREF_PATTERN` in policy-schema.ts) in a module of
 * its own, without the schema and its validator library, so a renderer can
 * check every link it is about to render at almost no bundle cost. A test
 * keeps the two patterns identical; the schema stays the format's definition.
 *
 * Allowed: `https:`, `http:`, `mailto:`, `tel:` (scheme letters in any case),
 * with no white space or control characters, or `#section-id`.
 */
export const SAFE_HREF_PATTERN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not pass
  /^(?:(?:[hH][tT][tT][pP][sS]?:\/\/|[mM][aA][iI][lL][tT][oO]:|[tT][eE][lL]:)[^\s\u0000-\u001f\u007f]+|#[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Whether a link target may be rendered as a link. A document that skipped
 * validation can still hold `javascript:` or `data:` URLs; a renderer shows
 * such a link's text without the link.
 *
 * @example
 * isSafeHref('https://ctt.id/privasi'); // true
 * isSafeHref('#hak-anda'); // true
 * isSafeHref('javascript:alert(1)'); // false
 */
export function isSafeHref(href: unknown): href is string {
  return typeof href === 'string' && SAFE_HREF_PATTERN.test(href);
}

/**
 * Whether a (safe) link leads to another site — `https:` or `http:` — and so
 * opens in a new tab, rather than to a section, a mail client or a phone.
 *
 * @example
 * isWebHref('HTTPS://example.com'); // true
 * isWebHref('mailto:dpo@ctt.id'); // false
 */
export function isWebHref(href: string): boolean {
  return /^https?:/i.test(href);
}
