import { HREF_PATTERN, SLUG_PATTERN } from '../document/policy-schema';

const ALLOWED_SCHEMES = new Set(['https', 'http', 'mailto', 'tel']);

/** A link target after checking: the href to keep, or why it is refused. */
export type LinkTarget = { ok: true; href: string } | { ok: false; reason: string };

/**
 * Checks a link target against the format's rule: `https:`, `http:`,
 * `mailto:`, `tel:` or `#section-id`, nothing else. The scheme is read the
 * way a browser would — ignoring case and any white space or control
 * characters hidden in it — so `JaVaScRiPt:` and `java\tscript:` are named as
 * the `javascript:` links they are. Allowed schemes written in capitals
 * (`HTTPS://`) are lower-cased rather than refused.
 *
 * @example
 * checkLinkTarget('JavaScript:alert(1)'); // { ok: false, reason: 'link scheme javascript: is not allowed…' }
 */
export function checkLinkTarget(url: string): LinkTarget {
  if (url.startsWith('#')) {
    const id = url.slice(1);
    return SLUG_PATTERN.test(id)
      ? { ok: true, href: url }
      : { ok: false, reason: `link ${url} is not a section id (lower-case a-z, 0-9 and hyphens)` };
  }
  // eslint-disable-next-line no-control-regex -- browsers skip these inside a scheme, so must we
  const squashed = url.replace(/[\s\u0000-\u001f\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squashed)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return {
      ok: false,
      reason: `link target ${JSON.stringify(url)} is not allowed: use a full https:, http:, mailto: or tel: URL, or #section-id`,
    };
  }
  if (!ALLOWED_SCHEMES.has(scheme)) {
    return {
      ok: false,
      reason: `link scheme ${scheme}: is not allowed (only https:, http:, mailto:, tel: and #section-id)`,
    };
  }
  const colon = url.indexOf(':');
  const href = scheme + url.slice(colon);
  if (url.slice(0, colon).toLowerCase() !== scheme || !HREF_PATTERN.test(href)) {
    return {
      ok: false,
      reason: `link target ${JSON.stringify(url)} is not allowed: it contains white space or control characters, or nothing after the scheme`,
    };
  }
  return { ok: true, href };
}
