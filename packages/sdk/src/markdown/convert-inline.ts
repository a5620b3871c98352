import type { Link, LinkReference, PhrasingContent } from 'mdast';
import type { EmphasisSpan, Inline, InlineSpan, LinkSpan } from '../document/policy-types';
import { lineOf, type ConvertContext } from './convert-context';
import { checkLinkTarget } from './link-targets';

type Style = EmphasisSpan['type'] | undefined;

/**
 * Converts Markdown phrasing content to the format's `Inline`: a plain string
 * when there is no markup, else strings and `link` / `strong` / `em` spans.
 *
 * The format's spans do not nest, so nested Markdown is flattened without
 * losing text: `**a *b***` is one strong span "a b" (strong outranks em), and
 * a link keeps its target while formatting inside its text is dropped. Raw
 * HTML and `code` spans are kept as literal text — text is never interpreted.
 * Soft line breaks become spaces, hard breaks `\n`. Images are refused.
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

  const visit = (node: PhrasingContent, style: Style): void => {
    switch (node.type) {
      case 'text':
        pushText(node.value.replace(/\n/g, ' '), style);
        return;
      case 'break':
        pushText('\n', style);
        return;
      case 'inlineCode':
      case 'html':
        pushText(node.value, style);
        return;
      case 'strong':
        for (const child of node.children) visit(child, 'strong');
        return;
      case 'emphasis':
        for (const child of node.children) visit(child, style ?? 'em');
        return;
      case 'link':
      case 'linkReference': {
        const link = convertLink(node, path, ctx);
        if (link) spans.push(link);
        return;
      }
      case 'image':
      case 'imageReference':
        ctx.issues.add(
          lineOf(node),
          path,
          'images are not supported: a policy is text (describe the image in words, or link to it)',
        );
        return;
      default:
        ctx.issues.add(lineOf(node), path, `unsupported Markdown: ${node.type}`);
    }
  };
  for (const node of nodes) visit(node, undefined);

  if (spans.length === 0) return '';
  if (spans.length === 1 && typeof spans[0] === 'string') return spans[0];
  return spans;
}

function convertLink(
  node: Link | LinkReference,
  path: string,
  ctx: ConvertContext,
): LinkSpan | undefined {
  let url: string;
  if (node.type === 'link') {
    url = node.url;
  } else {
    const definition = ctx.definitions.get(node.identifier);
    if (!definition) {
      // micromark only makes a reference when the label is defined; be safe anyway.
      ctx.issues.add(
        lineOf(node),
        path,
        `link reference [${node.label ?? node.identifier}] is not defined`,
      );
      return undefined;
    }
    url = definition.url;
  }
  const target = checkLinkTarget(url);
  if (!target.ok) {
    ctx.issues.add(lineOf(node), path, target.reason);
    return undefined;
  }
  const text = convertPlainText(node.children, path, ctx, 'link text').trim();
  // `<https://…>` autolinks and `[](…)` have no separate text: show the target.
  const link: LinkSpan = {
    type: 'link',
    href: target.href,
    text: text || url.replace(/^mailto:/, ''),
  };
  return ctx.lines.mark(link, lineOf(node));
}

/**
 * Phrasing content as one plain string, for headings, link texts, list and
 * callout titles: formatting is flattened into the text; links and images
 * cannot be kept in a plain string and are reported.
 *
 * @param what names the place in error messages ("heading", "list title"…)
 */
export function convertPlainText(
  nodes: PhrasingContent[],
  path: string,
  ctx: ConvertContext,
  what: string,
): string {
  let text = '';
  const visit = (node: PhrasingContent): void => {
    switch (node.type) {
      case 'text':
        text += node.value.replace(/\n/g, ' ');
        return;
      case 'break':
        text += ' ';
        return;
      case 'inlineCode':
      case 'html':
        text += node.value;
        return;
      case 'strong':
      case 'emphasis':
      case 'delete':
        for (const child of node.children) visit(child);
        return;
      case 'link':
      case 'linkReference':
        ctx.issues.add(lineOf(node), path, `a ${what} cannot contain a link`);
        return;
      case 'image':
      case 'imageReference':
        ctx.issues.add(lineOf(node), path, `images are not supported (in a ${what})`);
        return;
      default:
        ctx.issues.add(lineOf(node), path, `unsupported Markdown in a ${what}: ${node.type}`);
    }
  };
  for (const node of nodes) visit(node);
  return text;
}
