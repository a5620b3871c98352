import { contactLinks, findMatches, type ContactBlock } from '@policykit/sdk';
import type { ReactNode } from 'react';
import { wholeBlockMarks, type BlockMarks } from './block-view';
import { markText } from './marked-text';
import type { RenderEnv } from './render-env';

/**
 * Contact details in an `<address>`: e-mail as `mailto:`, phone as `tel:`
 * (digits only in the link, as written in the text), postal address, web
 * address. A detail that cannot be a safe link (the seed's mangled
 * `[email protected]`) is shown as text — see `contactLinks` in the SDK.
 */
export function contactBlock(
  block: ContactBlock,
  path: string,
  marks: BlockMarks,
  env: RenderEnv,
): ReactNode {
  const { labels } = env;
  const links = contactLinks(block);
  const inner = wholeBlockMarks(marks);
  const mark = (text: string) => markText(text, inner ? findMatches(text, inner.query) : undefined);
  const rows: [key: string, label: string, value: ReactNode][] = [];
  if (block.email) rows.push(['email', labels.email, link(links.email, mark(block.email))]);
  if (block.phone) rows.push(['phone', labels.phone, link(links.phone, mark(block.phone))]);
  if (block.address) rows.push(['address', labels.address, mark(block.address)]);
  if (block.url) {
    const text = mark(block.url);
    rows.push([
      'url',
      labels.website,
      links.url ? (
        <a
          className="pk-PolicyViewer-link"
          href={links.url}
          target="_blank"
          rel="noopener noreferrer"
        >
          {text}
          <span className="pk-PolicyViewer-visuallyHidden" lang={labels.lang}>
            {` ${labels.opensInNewTab}`}
          </span>
        </a>
      ) : (
        text
      ),
    ]);
  }
  return (
    <address key={path} className="pk-PolicyViewer-contact">
      {block.title && <p className="pk-PolicyViewer-contactTitle">{mark(block.title)}</p>}
      {rows.length > 0 && (
        <dl className="pk-PolicyViewer-contactList">
          {rows.map(([key, label, value]) => (
            <div key={key} className="pk-PolicyViewer-contactRow">
              <dt lang={labels.lang}>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </address>
  );
}

function link(href: string | undefined, text: ReactNode): ReactNode {
  return href ? (
    <a className="pk-PolicyViewer-link" href={href}>
      {text}
    </a>
  ) : (
    text
  );
}
