import type { Html, Link, LinkReference, PhrasingContent } from 'mdast';
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
 * when there is no markup, else strings and `link` / `strong` / `em` spans.
 *
 * The format's spans do not nest, so nested Markdown is flattened without
 * losing text: `**a *b***` is one strong span "a b" (strong outranks em), and
 * a link keeps its target while formatting inside its text is dropped. Raw
 * HTML and `code` spans are kept as literal text — text is never interpreted.
 * Soft line breaks become spaces, hard breaks `\n`. What the format has no
 * span for is converted with a warning: an image becomes its alt text, `<br>`
 * a line break, strikethrough plain text, a link that leads nowhere its text.
 *
 * @example
 * // `See **our [terms](https://example.com)**` →
 * // ['See ', { type: 'link', href: 'https://example.com', text: 'terms' }]
 */
export function convertInline(nodes: PhrasingContent[], path: string, ctx: ConvertContext): Inline {
  const spans: InlineSpan[] = [];
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
        pushText('\n', style);
        return;
      case 'inlineCode':
        pushText(node.value, style);
        return;
      case 'html':
        pushText(html.convert(node), style);
        return;
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

  if (spans.length === 0) return '';
  if (spans.length === 1 && typeof spans[0] === 'string') return spans[0];
  return spans;
}

/**
 * A link span. The one place links are made, so giving them the `title` the
 * format lacks today is a change here (and in the warning below) only.
 */
export function makeLink(href: string, text: string): LinkSpan {
  return { type: 'link', href, text };
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
  const asText = (message: string): string[] => {
    ctx.warnings.add(line, path, message);
    return text === '' ? [] : [text];
  };
  if (node.type === 'link' && node.title) {
    ctx.warnings.add(
      line,
      path,
      `the link title (tooltip) ${JSON.stringify(node.title)} of "${text || url}" is not kept: the format has no link titles yet`,
    );
  }
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
    const link = makeLink(`#${id}`, text || id);
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
  const link = makeLink(target.href, text || url.replace(/^mailto:/, ''));
  return [ctx.lines.mark(link, line)];
}

function isRelative(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers skip these inside a scheme
  return !/^[a-z][a-z0-9+.-]*:/i.test(url.replace(/[\s\u0000-\u001f]/g, ''));
}

function resolveUrl(url: string, base: URL): string | undefined {
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
 * An image as text: its alt text (the model has no image block yet), with a
 * warning naming the image. When image blocks come, a paragraph that is only an
 * image becomes one in `convertBlocks`; this stays for images inside text.
 */
function imageText(
  node: PhrasingContent & { type: 'image' | 'imageReference' },
  path: string,
  ctx: ConvertContext,
): string {
  const alt = (node.alt ?? '').trim();
  const src = node.type === 'image' ? node.url : node.identifier;
  ctx.warnings.add(
    lineOf(node),
    path,
    alt === ''
      ? `an image without alt text (${src}) was dropped: the format has no images yet`
      : `an image (${src}) became its alt text "${alt}": the format has no images yet`,
  );
  return alt;
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
 * except what shows nothing or only a break: `<br>` is a line break, and an
 * empty anchor (`<a name="x"></a>`) is dropped (its id already leads to the
 * section). Each is reported.
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
    if (LINE_BREAK_TAG.test(value.trim())) {
      this.ctx.warnings.add(line, this.path, 'HTML <br> became a line break');
      return '\n';
    }
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
  const visit = (node: PhrasingContent): void => {
    switch (node.type) {
      case 'text':
        text += stripKramdown(node.value, lineOf(node), path, ctx).replace(/\n/g, ' ');
        return;
      case 'break':
        text += ' ';
        return;
      case 'inlineCode':
        text += node.value;
        return;
      case 'html': {
        const converted = html.convert(node);
        text += converted === '\n' ? ' ' : converted;
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
        ctx.warnings.add(
          lineOf(node),
          path,
          `a ${what} cannot hold a link: the link to ${url} was removed, its text "${linkText || url}" kept`,
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
