import type { Html, Link, LinkReference, PhrasingContent } from 'mdast';
import { LIMITS } from '../document/policy-schema';
import type { EmphasisSpan, Inline, InlineSpan, LinkSpan } from '../document/policy-types';
import { isEmptyAnchorHtml } from './anchors';
import { lineOf, type ConvertContext } from './convert-context';
import { checkLinkTarget } from './link-targets';

type Style = EmphasisSpan['type'] | undefined;

/** kramdown's inline attribute lists: `{: .class}`, `{: datetime="…"}`. */
const KRAMDOWN_ATTRIBUTES = /[ \t]*\{:[^{}\n]*\}/g;
const LINE_BREAK_TAG = /^<br\s*\/?>$/i;

/**
 * Converts Markdown phrasing content to the format's `Inline`: a plain string
 * when there is no markup, else strings and `link` / `strong` / `em` / `break` spans.
 *
 * The format's spans do not nest, so nested Markdown is flattened without
 * losing text: `**a *b***` is one strong span "a b" (strong outranks em), and
 * a link keeps its target and title while formatting inside its text is dropped.
 * Raw HTML and `code` spans are kept as literal text — text is never interpreted.
 * Soft line breaks become spaces; hard breaks and `<br>` are `break` spans (a
 * break at either end shows nothing and is left out). What the format has no span
 * for is converted with a warning: an image inside text becomes its alt text
 * (an image on its own is an `image` block, see images.ts), strikethrough plain
 * text, a link that leads nowhere its text.
 *
 * @example
 * // `See **our [terms](https://example.com)**` →
 * // ['See ', { type: 'link', href: 'https://example.com', text: 'terms' }]
 */
export function convertInline(nodes: PhrasingContent[], path: string, ctx: ConvertContext): Inline {
  const spans: InlineSpan[] = [];
  const pushBreak = () => {
    spans.push({ type: 'break' });
  };
  const pushText = (text: string, style: Style) => {
    if (text === '') return;
    const last = spans[spans.length - 1];
    if (style === undefined) {
      if (typeof last === 'string') spans[spans.length - 1] = last + text;
      else spans.push(text);
    } else if (typeof last === 'object' && last.type === style) {
      spans[spans.length - 1] = { type: style, text: last.text + text };
    } else {
      spans.push({ type: style, text });
    }
  };
  const html = new HtmlTags(path, ctx);

  const visit = (node: PhrasingContent, style: Style): void => {
    switch (node.type) {
      case 'text':
        pushText(stripKramdown(node.value, lineOf(node), path, ctx).replace(/\n/g, ' '), style);
        return;
      case 'break':
        pushBreak();
        return;
      case 'inlineCode':
        pushText(node.value, style);
        return;
      case 'html': {
        const text = html.convert(node);
        if (text === LINE_BREAK) pushBreak();
        else pushText(text, style);
        return;
      }
      case 'strong':
        for (const child of node.children) visit(child, 'strong');
        return;
      case 'emphasis':
        for (const child of node.children) visit(child, style ?? 'em');
        return;
      case 'delete':
        ctx.warnings.add(
          lineOf(node),
          path,
          'strikethrough (~~…~~) has no place in the format: its text is kept as plain text',
        );
        for (const child of node.children) visit(child, style);
        return;
      case 'link':
      case 'linkReference':
        for (const span of convertLink(node, path, ctx)) {
          if (typeof span === 'string') pushText(span, style);
          else spans.push(span);
        }
        return;
      case 'image':
      case 'imageReference':
        pushText(imageText(node, path, ctx), style);
        return;
      default:
        ctx.warnings.add(lineOf(node), path, `unsupported Markdown (${node.type}): kept as text`);
        if ('value' in node && typeof node.value === 'string') pushText(node.value, style);
        if ('children' in node)
          for (const child of node.children as PhrasingContent[]) visit(child, style);
    }
  };
  for (const node of nodes) visit(node, undefined);

  // A break before all text or after it shows nothing: `cell<br>` is common in tables.
  while (isBreak(spans[spans.length - 1])) spans.pop();
  while (isBreak(spans[0])) spans.shift();
  if (spans.length === 0) return '';
  if (spans.length === 1 && typeof spans[0] === 'string') return spans[0];
  return spans;
}

function isBreak(span: InlineSpan | undefined): boolean {
  return typeof span === 'object' && span.type === 'break';
}

/** What {@link HtmlTags} returns for `<br>`: a marker no text can be (it holds a NUL). */
const LINE_BREAK = '\u0000br';

/** A link span, with its advisory title (tooltip) when it has one. */
export function makeLink(href: string, text: string, title?: string): LinkSpan {
  return title === undefined ? { type: 'link', href, text } : { type: 'link', href, text, title };
}

/**
 * A link's or image's title as the format holds it (at most `LIMITS.maxTitleLength`
 * characters, not blank), or `undefined` with a warning when it cannot be kept.
 */
export function keptTitle(
  title: string | null | undefined,
  what: string,
  line: number | undefined,
  path: string,
  ctx: ConvertContext,
): string | undefined {
  if (title === null || title === undefined) return undefined;
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return undefined;
  if (trimmed.length > LIMITS.maxTitleLength) {
    ctx.warnings.add(
      line,
      path,
      `the title (tooltip) of ${what} is ${trimmed.length} characters long, over the ${LIMITS.maxTitleLength} a title may hold: it was dropped ("${shorten(trimmed)}")`,
    );
    return undefined;
  }
  return trimmed;
}

/**
 * A link as spans: the link itself, or — where the target cannot be kept — its
 * text, with a warning that names the target. A forbidden scheme is an error in
 * Markdown (`ctx.unsafeLinks`).
 */
function convertLink(
  node: Link | LinkReference,
  path: string,
  ctx: ConvertContext,
): (LinkSpan | string)[] {
  const line = lineOf(node);
  const url = node.type === 'link' ? node.url : '';
  const text = convertPlainText(node.children, path, ctx, 'link text').trim();
  const title = node.type === 'link' ? node.title : undefined;
  const asText = (message: string): string[] => {
    // Kept as text, the link's title goes with it (after its text), so no word is lost.
    const tooltip = title?.trim() ? ` (${title.trim()})` : '';
    ctx.warnings.add(line, path, tooltip ? `${message}, its title after it` : message);
    return text === '' && tooltip === '' ? [] : [`${text}${tooltip}`.trim()];
  };
  if (url === '' || url === '#') {
    return asText(
      `the link "${text}" leads nowhere (${url === '' ? 'no target' : '#'}): kept as text`,
    );
  }
  if (url.startsWith('#')) {
    const id = ctx.anchors.resolve(url.slice(1));
    if (id === undefined) {
      return asText(`the link "${text}" to ${url} matches no section: kept as text`);
    }
    const link = makeLink(`#${id}`, text || id, keptTitle(title, `"${text}"`, line, path, ctx));
    return [ctx.lines.mark(link, line)];
  }
  let target = checkLinkTarget(url);
  if (!target.ok && isRelative(url)) {
    const absolute = ctx.baseUrl ? resolveUrl(url, ctx.baseUrl) : undefined;
    if (absolute === undefined) {
      return asText(
        `the relative link "${text}" to ${url} cannot be kept (a policy is shown inside other apps; give the page's address as baseUrl): kept as text`,
      );
    }
    ctx.warnings.add(line, path, `the relative link ${url} was resolved to ${absolute}`);
    target = checkLinkTarget(absolute);
  }
  if (!target.ok) {
    if (ctx.unsafeLinks === 'text')
      return asText(`${target.reason}: the link "${text}" is kept as text`);
    ctx.issues.add(line, path, target.reason);
    return [];
  }
  // `<https://…>` autolinks and `[](…)` have no separate text: show the target.
  const link = makeLink(
    target.href,
    text || url.replace(/^mailto:/, ''),
    keptTitle(title, `"${text || url}"`, line, path, ctx),
  );
  return [ctx.lines.mark(link, line)];
}

/** True for a URL without a scheme (`/privacy`, `logo.png`, `//cdn.example/x`). */
export function isRelative(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers skip these inside a scheme
  return !/^[a-z][a-z0-9+.-]*:/i.test(url.replace(/[\s\u0000-\u001f]/g, ''));
}

/** `url` resolved against `base`, when that gives an `https:` or `http:` URL. */
export function resolveUrl(url: string, base: URL): string | undefined {
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:'
      ? resolved.href
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An image inside text as text: its alt text (and title), with a warning naming
 * the image. The format's images are blocks of their own — a paragraph that is
 * only images becomes `image` blocks (images.ts) — and text cannot hold one.
 */
function imageText(
  node: PhrasingContent & { type: 'image' | 'imageReference' },
  path: string,
  ctx: ConvertContext,
): string {
  const alt = (node.alt ?? '').trim();
  const title = (node.type === 'image' ? (node.title ?? '') : '').trim();
  const src = node.type === 'image' ? node.url : node.identifier;
  const text = title === '' ? alt : alt === '' ? title : `${alt} (${title})`;
  ctx.warnings.add(
    lineOf(node),
    path,
    text === ''
      ? `an image without alt text (${shorten(src)}) inside text was dropped: an image must stand on its own line to be kept as an image`
      : `an image (${shorten(src)}) inside text became its alt text "${text}": an image must stand on its own line to be kept as an image`,
  );
  return text;
}

function stripKramdown(
  value: string,
  line: number | undefined,
  path: string,
  ctx: ConvertContext,
): string {
  if (!value.includes('{:')) return value;
  return value.replace(KRAMDOWN_ATTRIBUTES, (attributes) => {
    ctx.warnings.add(line, path, `the kramdown attributes ${attributes.trim()} were removed`);
    return '';
  });
}

/**
 * Raw HTML inside text is kept as the literal text it is, never interpreted —
 * except what shows nothing or only a break: `<br>` is a line break (returned as
 * {@link LINE_BREAK}, which the caller turns into a `break` span or, in plain
 * text, a space), and an empty anchor (`<a name="x"></a>`) is dropped (its id
 * already leads to the section), with a warning.
 */
class HtmlTags {
  #afterAnchor = false;
  constructor(
    readonly path: string,
    readonly ctx: ConvertContext,
  ) {}

  convert(node: Html): string {
    const value = node.value;
    const line = lineOf(node);
    if (LINE_BREAK_TAG.test(value.trim())) return LINE_BREAK;
    if (this.#afterAnchor && /^<\/a\s*>$/i.test(value.trim())) {
      this.#afterAnchor = false;
      return '';
    }
    if (isEmptyAnchorHtml(value)) {
      this.#afterAnchor = /^<a\b/i.test(value.trim()) && !/<\/a\s*>$/i.test(value.trim());
      this.ctx.warnings.add(
        line,
        this.path,
        `the HTML anchor ${value.trim()} was removed (links to it lead to its section)`,
      );
      return '';
    }
    this.#afterAnchor = false;
    this.ctx.warnings.add(
      line,
      this.path,
      `raw HTML ${shorten(value)} is kept as literal text (HTML is never interpreted)`,
    );
    return value;
  }
}

/** At most 60 characters of a piece of source, for a message. */
export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/**
 * Phrasing content as one plain string, for headings, link texts, list and
 * callout titles: formatting is flattened into the text. A link keeps its text
 * (its target is named in a warning) and an image its alt text.
 *
 * @param what names the place in warnings ("heading", "list title"…)
 */
export function convertPlainText(
  nodes: PhrasingContent[],
  path: string,
  ctx: ConvertContext,
  what: string,
): string {
  let text = '';
  const html = new HtmlTags(path, ctx);
  // A title is one line: a break in it (`<br>`, a hard break) becomes a space.
  const lineBreak = (line: number | undefined) => {
    ctx.warnings.add(
      line,
      path,
      `a line break in a ${what} became a space (a ${what} is one line)`,
    );
    text += ' ';
  };
  const visit = (node: PhrasingContent): void => {
    switch (node.type) {
      case 'text':
        text += stripKramdown(node.value, lineOf(node), path, ctx).replace(/\n/g, ' ');
        return;
      case 'break':
        lineBreak(lineOf(node));
        return;
      case 'inlineCode':
        text += node.value;
        return;
      case 'html': {
        const converted = html.convert(node);
        if (converted === LINE_BREAK) lineBreak(lineOf(node));
        else text += converted;
        return;
      }
      case 'strong':
      case 'emphasis':
      case 'delete':
        for (const child of node.children) visit(child);
        return;
      case 'link':
      case 'linkReference': {
        const before = text.length;
        for (const child of node.children) visit(child);
        const linkText = text.slice(before).trim();
        const url = node.type === 'link' ? node.url : node.identifier;
        if (linkText === '' && node.type === 'link') text += url;
        const title = node.type === 'link' ? node.title?.trim() : undefined;
        ctx.warnings.add(
          lineOf(node),
          path,
          `a ${what} cannot hold a link: the link to ${url} was removed, its text "${linkText || url}" kept${title ? ` (its title "${title}" dropped)` : ''}`,
        );
        return;
      }
      case 'image':
      case 'imageReference':
        text += imageText(node, path, ctx);
        return;
      default:
        ctx.warnings.add(
          lineOf(node),
          path,
          `unsupported Markdown in a ${what} (${node.type}): kept as text`,
        );
        if ('value' in node && typeof node.value === 'string') text += node.value;
        if ('children' in node)
          for (const child of node.children as PhrasingContent[]) visit(child);
    }
  };
  for (const node of nodes) visit(node);
  return text;
}
