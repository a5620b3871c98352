import { isSafeHref, isWebHref, type Inline, type InlineSpan } from '@policykit/sdk';
import { type TextRange } from '@policykit/sdk/text';
import { Fragment, type ReactNode } from 'react';
import { markText } from './mark-text';

/**
 * Paragraph text as nodes: strings, `strong`, `em`, links and line breaks. Text is always
 * text. A link renders only when its `href` passes the format's own rule
 * (`isSafeHref`: `https:`, `http:`, `mailto:`, `tel:`, `#section-id`) — a
 * document that skipped validation cannot smuggle in `javascript:` — and web
 * links open in a new tab, safely (`noopener noreferrer`) and announced.
 *
 * `ranges` are search matches in the spans' text laid end to end (`inlineText`, where a line
 * break counts as one `\n`).
 */
export function inlineNodes(
  inline: Inline,
  ranges: readonly TextRange[] | undefined,
  opensInNewTab: string,
  lang?: string,
): ReactNode {
  if (typeof inline === 'string') return markText(inline, ranges);
  const nodes: ReactNode[] = [];
  let offset = 0;
  for (const [index, span] of inline.entries()) {
    if (typeof span !== 'string' && span.type === 'break') {
      nodes.push(<br key={index} />);
      offset += 1;
      continue;
    }
    const text = typeof span === 'string' ? span : span.text;
    nodes.push(spanNode(span, markText(text, ranges, offset), index, opensInNewTab, lang));
    offset += text.length;
  }
  return nodes;
}

function spanNode(
  span: Exclude<InlineSpan, { type: 'break' }>,
  text: ReactNode,
  key: number,
  opensInNewTab: string,
  lang: string | undefined,
): ReactNode {
  if (typeof span === 'string')
    return typeof text === 'string' ? text : <Fragment key={key}>{text}</Fragment>;
  switch (span.type) {
    case 'strong':
      return <strong key={key}>{text}</strong>;
    case 'em':
      return <em key={key}>{text}</em>;
    case 'link':
      return linkNode(span.href, text, key, opensInNewTab, lang, span.title);
    default:
      return span satisfies never;
  }
}

/**
 * A link as the viewer shows every link (in paragraphs and contact blocks alike):
 * text only unless `href` is safe, web links in a new tab, safely and announced.
 */
export function linkNode(
  href: string,
  text: ReactNode,
  key: number,
  opensInNewTab: string,
  lang: string | undefined,
  title?: string,
): ReactNode {
  if (!isSafeHref(href)) return <Fragment key={key}>{text}</Fragment>;
  if (isWebHref(href)) {
    return (
      <a
        key={key}
        href={href}
        title={title}
        target="_blank"
        rel="noopener noreferrer"
        className="pk-PolicyViewer-link"
      >
        {text}
        <span className="pk-PolicyViewer-visuallyHidden" lang={lang}>
          {` ${opensInNewTab}`}
        </span>
      </a>
    );
  }
  return (
    <a key={key} href={href} title={title} className="pk-PolicyViewer-link">
      {text}
    </a>
  );
}
