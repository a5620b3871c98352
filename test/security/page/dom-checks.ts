/**
 * What the DOM may look like after PolicyKit rendered hostile text: only the
 * elements the components render, no event-handler attributes, links only to
 * https/http/mailto/tel or a fragment, nothing that loads or runs a URL
 * (`src` but an `https:` image's, `action`, `formaction`, `srcdoc`, …), no style that can run code —
 * and every string of the document on the screen exactly as written.
 */

/** Elements the three components render (and Radix's focus guards, which are spans). */
const RENDERED_TAGS = new Set([
  'a',
  'address',
  'br',
  'button',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'img',
  'input',
  'label',
  'legend',
  'li',
  'mark',
  'nav',
  'ol',
  'option',
  'output',
  'p',
  'section',
  'select',
  'span',
  'strong',
  'summary',
  'table',
  'tbody',
  'td',
  'textarea',
  'th',
  'thead',
  'time',
  'tr',
  'ul',
]);

/**
 * Attributes that load, submit to or run a URL; PolicyKit renders none of them but an image
 * block's `<img src>`, which must be `https:` (the format's rule, checked again by the viewer).
 */
const URL_ATTRIBUTES = [
  'src',
  'srcset',
  'srcdoc',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'ping',
  'xlink:href',
  'codebase',
  'manifest',
];

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * Whether a browser following `href` would stay on a web, e-mail or phone link.
 * Decided by the browser's own URL parser (which drops tabs and newlines and
 * leading control characters, decodes nothing else), not by PolicyKit's rule.
 */
export function isAllowedLink(href: string): boolean {
  if (href.startsWith('#')) return true;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(href, document.baseURI).protocol);
  } catch {
    return false;
  }
}

import type { Shown } from '../xss-documents';

const XHTML = 'http://www.w3.org/1999/xhtml';

/** Problems with the elements and attributes under `root` (each named with its element). */
export function domProblems(root: Element): string[] {
  const problems: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName;
    if (element.namespaceURI !== XHTML)
      problems.push(`foreign element <${tag}> (${element.namespaceURI})`);
    else if (!RENDERED_TAGS.has(tag)) problems.push(`unexpected element <${tag}>`);
    for (const { name, value } of element.attributes) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on'))
        problems.push(`<${tag}> has an event-handler attribute ${name}="${value}"`);
      const httpsImage = tag === 'img' && lower === 'src' && /^https:\/\//.test(value);
      if (URL_ATTRIBUTES.includes(lower) && !httpsImage)
        problems.push(`<${tag}> has ${name}="${value}"`);
      if (lower === 'href' && !isAllowedLink(value))
        problems.push(`<${tag}> links to a forbidden URL: ${JSON.stringify(value)}`);
      if (lower === 'style' && /expression\s*\(|url\s*\(|javascript:|behavior|binding/i.test(value))
        problems.push(`<${tag}> has a style that can run code: ${value}`);
    }
  }
  return problems;
}

/** Where a string of the document is not shown exactly as written (see {@link Shown}). */
export function missingTexts(expected: readonly Shown[]): string[] {
  const problems: string[] = [];
  for (const { within, text, attribute } of expected) {
    const elements = [...document.querySelectorAll(within)];
    if (elements.length === 0) {
      problems.push(`nothing matches ${within}`);
      continue;
    }
    const found = elements.some((element) =>
      (attribute ? (element.getAttribute(attribute) ?? '') : (element.textContent ?? '')).includes(
        text,
      ),
    );
    if (!found)
      problems.push(
        `${within}${attribute ? ` [${attribute}]` : ''} does not show ${JSON.stringify(text)} as written`,
      );
  }
  return problems;
}

// i18next's default escaping (escapeValue: true), which would show `&lt;` to the reader.
const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '/': '&#x2F;',
};

/** Where `payload` shows up HTML-escaped (as entities the reader would see) in text or attributes. */
export function escapedCopies(root: Element, payload: string): string[] {
  const escaped = payload.replace(/[&<>"'/]/g, (char) => HTML_ESCAPES[char] ?? char);
  if (escaped === payload || payload.includes(escaped)) return [];
  const problems: string[] = [];
  if ((root.textContent ?? '').includes(escaped))
    problems.push(`text shows the payload HTML-escaped: ${JSON.stringify(escaped)}`);
  for (const element of root.querySelectorAll('*'))
    for (const { name, value } of element.attributes)
      if (value.includes(escaped))
        problems.push(`<${element.localName} ${name}> holds the payload HTML-escaped`);
  return problems;
}
