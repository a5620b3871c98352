import { HREF_PATTERN, IMAGE_SRC_PATTERN } from './policy-schema';

/**
 * Whether a link target may be rendered as a link: the format's own `HREF_PATTERN`
 * (`https:`, `http:`, `mailto:`, `tel:` or `#section-id`), which costs a regular
 * expression, not the schema — so a renderer can check every link it renders. A document that skipped
 * validation can still hold `javascript:` or `data:` URLs; a renderer shows
 * such a link's text without the link.
 *
 * @example
 * isSafeHref('https://ctt.id/privasi'); // true
 * isSafeHref('#hak-anda'); // true
 * isSafeHref('javascript:alert(1)'); // false
 */
export function isSafeHref(href: unknown): href is string {
  return typeof href === 'string' && HREF_PATTERN.test(href);
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

/**
 * Whether an image source may be loaded: `https:` only, the format's own rule. A renderer of a
 * document that skipped validation shows the image's text alternative instead of loading it.
 *
 * @example
 * isSafeImageSrc('https://ctt.id/logo.png'); // true
 * isSafeImageSrc('data:image/svg+xml,<svg onload=alert(1)>'); // false
 */
export function isSafeImageSrc(src: unknown): src is string {
  return typeof src === 'string' && IMAGE_SRC_PATTERN.test(src);
}
