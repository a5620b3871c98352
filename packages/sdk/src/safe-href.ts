import { HREF_PATTERN } from './policy-schema';

/**
 * The format's link rule: the very `HREF_PATTERN` the schema validates links with,
 * under the name a renderer looks for. Importing it costs a regular expression, not
 * the schema (policy-schema.ts builds its valibot schemas only when a document is
 * first parsed), so a renderer can check every link it is about to render.
 *
 * Allowed: `https:`, `http:`, `mailto:`, `tel:` (scheme letters in any case),
 * with no white space or control characters, or `#section-id`.
 *
 * @example
 * SAFE_HREF_PATTERN.test('tel:+62211234'); // true
 */
export const SAFE_HREF_PATTERN: RegExp = HREF_PATTERN;

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
